/** Create or edit a scorecard: identity, fiscal year, granularity, rollup, thresholds and the strategy check's lags. */
import { useTranslation } from 'react-i18next';
import { contract } from '../../shared/contract';
import { scorecardDefaults } from '../../shared/defaults';
import type { Scorecard } from '../../shared/domain';
import { currentLocale } from '../../shared/i18n';
import { editText } from '../../shared/number-input';
import { PayloadBuilder } from '../form-kit';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { CheckboxField, FieldRow, NumberField, SelectField, TextField } from './FormFields';
import { FormDialog } from './FormDialog';

type SelectBinding = Omit<Parameters<typeof SelectField>[0], 'label' | 'options' | 'groups'>;

/** When the fiscal year starts and what the scorecard is reviewed by: the same two fields wherever a scorecard is made. */
/** The twelve months' names in the current language, January first. */
function monthNames(): string[] {
  const format = new Intl.DateTimeFormat(currentLocale(), { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2001, i, 1)));
}

export function CalendarFields({ fiscalYear, granularity }: { fiscalYear: SelectBinding; granularity: SelectBinding }) {
  const { t } = useTranslation(['app', 'common']);
  return (
    <>
      <SelectField
        {...fiscalYear}
        label={t('scorecardForm.fiscalYear')}
        options={monthNames().map((m, i) => ({ value: String(i + 1), label: m }))}
      />
      <SelectField
        {...granularity}
        label={t('scorecardForm.reviewBy')}
        options={[
          { value: 'quarter', label: t('periodPicker.kinds.quarter') },
          { value: 'month', label: t('periodPicker.kinds.month') },
        ]}
      />
    </>
  );
}

const CASCADE_SCORING = ['own', 'with_contributors'] as const;

/** How an objective supported from other scorecards is scored (docs/cascading.md), with what the choice means. */
function CascadeScoringField(p: { id: string; value: string; error?: string | undefined; onChange(v: string): void }) {
  const { t } = useTranslation(['app', 'common']);
  return (
    <fieldset className="field radio-group" aria-describedby={`${p.id}-hint`}>
      <legend>{t('scorecardForm.across')}</legend>
      {CASCADE_SCORING.map((o) => (
        <div className="field-checkbox" key={o}>
          <input type="radio" id={`${p.id}-${o}`} name={p.id} checked={p.value === o} onChange={() => p.onChange(o)} />
          <label htmlFor={`${p.id}-${o}`}>{t(`scorecardForm.cascade.${o}`)}</label>
        </div>
      ))}
      <p className="field-hint" id={`${p.id}-hint`}>
        {p.value === 'own' ? t('scorecardForm.cascade.ownHint') : t('scorecardForm.cascade.withContributorsHint')}
      </p>
      {p.error ? <p className="field-error">{p.error}</p> : null}
    </fieldset>
  );
}

export function ScorecardForm({ scorecard, onClose }: { scorecard?: Scorecard; onClose(): void }) {
  const { t } = useTranslation(['app', 'common']);
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
    greenThreshold: editText(base.greenThreshold),
    amberThreshold: editText(base.amberThreshold),
    parentScorecardId: base.parentScorecardId === null ? '' : String(base.parentScorecardId),
    requireNoteOnRed: base.requireNoteOnRed,
    dataDueDays: editText(base.dataDueDays),
    cascadeScoring: base.cascadeScoring as string,
    checkMaxLag: editText(base.checkMaxLag),
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
      title={scorecard ? t('scorecardForm.editTitle') : t('scorecardForm.newTitle')}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={scorecard ? t('common:save') : t('scorecardForm.create')}
      onSubmit={save}
      onClose={onClose}
      size="large"
      onDelete={scorecard ? async () => (await run('scorecard.delete', { id: scorecard.id }), onClose()) : undefined}
      deleteWhat={scorecard ? t('scorecardForm.deleteWhat', { name: scorecard.name }) : undefined}
      deleteWarning={t('scorecardForm.deleteWarning')}
    >
      <TextField {...form.field('name')} label={t('common:name')} required autoFocus />
      <TextField
        {...form.field('mission')}
        label={t('scorecardForm.mission')}
        multiline
        rows={2}
        hint={t('scorecardForm.missionHint')}
      />
      <TextField
        {...form.field('vision')}
        label={t('scorecardForm.vision')}
        multiline
        rows={2}
        hint={t('scorecardForm.visionHint')}
      />
      <FieldRow>
        <CalendarFields fiscalYear={form.field('fiscalYearStartMonth')} granularity={form.field('granularity')} />
        <SelectField
          {...form.field('rollupMethod')}
          label={t('scorecardForm.rollup')}
          options={[
            { value: 'weighted_mean', label: t('scorecardForm.weightedMean') },
            { value: 'worst_child', label: t('scorecardForm.worstChild') },
          ]}
        />
      </FieldRow>
      <FieldRow>
        <NumberField
          {...form.field('greenThreshold')}
          label={t('scorecardForm.greenFrom')}
          suffix="%"
          required
          hint={t('scorecardForm.greenHint')}
        />
        <NumberField
          {...form.field('amberThreshold')}
          label={t('scorecardForm.amberFrom')}
          suffix="%"
          required
          hint={t('scorecardForm.amberHint')}
        />
        <NumberField
          {...form.field('dataDueDays')}
          label={t('scorecardForm.dataDue')}
          suffix={t('scorecardForm.days')}
          required
          hint={t('scorecardForm.dataDueHint')}
        />
        <NumberField
          {...form.field('checkMaxLag')}
          label={t('scorecardForm.lags')}
          suffix={v.granularity === 'month' ? t('scorecardForm.months') : t('scorecardForm.quarters')}
          hint={v.granularity === 'month' ? t('scorecardForm.lagsHintMonths') : t('scorecardForm.lagsHintQuarters')}
        />
      </FieldRow>
      {others.length > 0 ? (
        <SelectField
          {...form.field('parentScorecardId')}
          label={t('scorecardForm.partOf')}
          hint={t('scorecardForm.partOfHint')}
          options={[
            { value: '', label: t('scorecardForm.topLevel') },
            ...others.map((s) => ({ value: String(s.id), label: s.name })),
          ]}
        />
      ) : null}
      <CascadeScoringField {...form.field('cascadeScoring')} />
      <CheckboxField {...form.field('requireNoteOnRed')} label={t('scorecardForm.requireNote')} />
    </FormDialog>
  );
}
