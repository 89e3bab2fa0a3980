/** Create or edit a scorecard: identity, fiscal year, granularity, rollup, thresholds and the strategy check's lags. */
import { contract } from '../../shared/contract';
import { scorecardDefaults } from '../../shared/defaults';
import type { Scorecard } from '../../shared/domain';
import { numberText, PayloadBuilder } from '../form-kit';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { CheckboxField, FieldRow, NumberField, SelectField, TextField } from './FormFields';
import { FormDialog } from './FormDialog';
import { MONTH_LONG_NAMES } from '../../shared/periods';

type SelectBinding = Omit<Parameters<typeof SelectField>[0], 'label' | 'options' | 'groups'>;

/** When the fiscal year starts and what the scorecard is reviewed by: the same two fields wherever a scorecard is made. */
export function CalendarFields({ fiscalYear, granularity }: { fiscalYear: SelectBinding; granularity: SelectBinding }) {
  return (
    <>
      <SelectField
        {...fiscalYear}
        label="Fiscal year starts in"
        options={MONTH_LONG_NAMES.map((m, i) => ({ value: String(i + 1), label: m }))}
      />
      <SelectField
        {...granularity}
        label="Review by"
        options={[
          { value: 'quarter', label: 'Quarter' },
          { value: 'month', label: 'Month' },
        ]}
      />
    </>
  );
}

const CASCADE_SCORING = [
  { value: 'own', label: 'Score objectives from their own KPIs and key results' },
  { value: 'with_contributors', label: '…and from the objectives below that support them' },
] as const;

/** How an objective supported from other scorecards is scored (docs/cascading.md), with what the choice means. */
function CascadeScoringField(p: { id: string; value: string; error?: string | undefined; onChange(v: string): void }) {
  return (
    <fieldset className="field radio-group" aria-describedby={`${p.id}-hint`}>
      <legend>Across scorecards</legend>
      {CASCADE_SCORING.map((o) => (
        <div className="field-checkbox" key={o.value}>
          <input
            type="radio"
            id={`${p.id}-${o.value}`}
            name={p.id}
            checked={p.value === o.value}
            onChange={() => p.onChange(o.value)}
          />
          <label htmlFor={`${p.id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      <p className="field-hint" id={`${p.id}-hint`}>
        {p.value === 'own'
          ? 'Department and team objectives that support one here are shown beside it, but do not change its score.'
          : 'An objective supported from below also counts their scores, each with its contribution’s weight.'}
      </p>
      {p.error ? <p className="field-error">{p.error}</p> : null}
    </fieldset>
  );
}

export function ScorecardForm({ scorecard, onClose }: { scorecard?: Scorecard; onClose(): void }) {
  const run = useDocumentStore((s) => s.run);
  const others = useDocumentStore((s) => s.scorecards).filter((s) => s.id !== scorecard?.id);
  const base = scorecard ?? { ...scorecardDefaults, name: '' };
  const form = useForm({
    name: base.name,
    mission: base.mission,
    vision: base.vision,
    fiscalYearStartMonth: String(base.fiscalYearStartMonth),
    granularity: base.granularity as string,
    rollupMethod: base.rollupMethod as string,
    greenThreshold: numberText(base.greenThreshold),
    amberThreshold: numberText(base.amberThreshold),
    parentScorecardId: base.parentScorecardId === null ? '' : String(base.parentScorecardId),
    requireNoteOnRed: base.requireNoteOnRed,
    dataDueDays: numberText(base.dataDueDays),
    cascadeScoring: base.cascadeScoring as string,
    checkMaxLag: numberText(base.checkMaxLag),
  });
  const v = form.values;

  async function save(): Promise<void> {
    const ok = await form.submit({
      schema: scorecard ? contract['scorecard.update'].input : contract['scorecard.create'].input,
      build: () => {
        const b = new PayloadBuilder()
          .set('name', v.name)
          .set('mission', v.mission)
          .set('vision', v.vision)
          .set('fiscalYearStartMonth', Number(v.fiscalYearStartMonth))
          .set('granularity', v.granularity)
          .set('rollupMethod', v.rollupMethod)
          .number('greenThreshold', v.greenThreshold, true)
          .number('amberThreshold', v.amberThreshold, true)
          .set('parentScorecardId', v.parentScorecardId ? Number(v.parentScorecardId) : null)
          .set('requireNoteOnRed', v.requireNoteOnRed)
          .wholeNumber('dataDueDays', v.dataDueDays, true)
          .set('cascadeScoring', v.cascadeScoring)
          .wholeNumber('checkMaxLag', v.checkMaxLag);
        if (scorecard) b.set('id', scorecard.id);
        return b;
      },
      send: (payload) =>
        scorecard
          ? run('scorecard.update', payload as { id: number })
          : run('scorecard.create', payload as { name: string }),
    });
    if (ok) onClose();
  }

  return (
    <FormDialog
      title={scorecard ? 'Edit scorecard' : 'New scorecard'}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={scorecard ? 'Save' : 'Create scorecard'}
      onSubmit={save}
      onClose={onClose}
      size="large"
      onDelete={scorecard ? async () => (await run('scorecard.delete', { id: scorecard.id }), onClose()) : undefined}
      deleteWhat={scorecard ? `the scorecard “${scorecard.name}”` : undefined}
      deleteWarning="Its perspectives, objectives, KPIs, measurements and notes are deleted with it. This cannot be undone."
    >
      <TextField {...form.field('name')} label="Name" required autoFocus />
      <TextField
        {...form.field('mission')}
        label="Mission"
        multiline
        rows={2}
        hint="Why the organisation exists, in a sentence."
      />
      <TextField
        {...form.field('vision')}
        label="Vision"
        multiline
        rows={2}
        hint="Where it wants to be in a few years."
      />
      <FieldRow>
        <CalendarFields fiscalYear={form.field('fiscalYearStartMonth')} granularity={form.field('granularity')} />
        <SelectField
          {...form.field('rollupMethod')}
          label="Roll up scores by"
          options={[
            { value: 'weighted_mean', label: 'Weighted average' },
            { value: 'worst_child', label: 'Worst child' },
          ]}
        />
      </FieldRow>
      <FieldRow>
        <NumberField
          {...form.field('greenThreshold')}
          label="Green from"
          suffix="%"
          required
          hint="Progress at or above this is on track."
        />
        <NumberField
          {...form.field('amberThreshold')}
          label="Amber from"
          suffix="%"
          required
          hint="Below it is off track (red)."
        />
        <NumberField
          {...form.field('dataDueDays')}
          label="Data due, days after the period ends"
          suffix="days"
          required
          hint="A KPI can set its own."
        />
        <NumberField
          {...form.field('checkMaxLag')}
          label="Strategy check lags"
          suffix={v.granularity === 'month' ? 'months' : 'quarters'}
          hint={`Up to how many periods an effect may follow its cause, 0–12. Blank: ${
            v.granularity === 'month' ? '6 months' : '2 quarters'
          }.`}
        />
      </FieldRow>
      {others.length > 0 ? (
        <SelectField
          {...form.field('parentScorecardId')}
          label="Part of"
          hint="For a department: the company scorecard it supports."
          options={[
            { value: '', label: 'None (a top-level scorecard)' },
            ...others.map((s) => ({ value: String(s.id), label: s.name })),
          ]}
        />
      ) : null}
      <CascadeScoringField {...form.field('cascadeScoring')} />
      <CheckboxField {...form.field('requireNoteOnRed')} label="Ask for a note when a value turns a KPI red" />
    </FormDialog>
  );
}
