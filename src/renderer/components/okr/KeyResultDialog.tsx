/**
 * Create or edit a key result: a metric (start → target, with a unit and direction; current value from check-ins or
 * from a KPI of the scorecard) or a milestone (done or not), in a quarterly cycle, with a weight and an owner.
 */
import { contract } from '../../../shared/contract';
import { localIsoDate } from '../../../shared/initiative-schedule';
import { keyResultDefaults, type KeyResult } from '../../../shared/okr';
import { cycleChoices, shownCycle } from '../../../shared/okr-view';
import { editText } from '../../../shared/number-input';
import { PayloadBuilder } from '../../form-kit';
import { useDocumentStore } from '../../stores/document-store';
import { useForm } from '../../use-form';
import { FieldRow, NumberField, SelectField, TextField } from '../FormFields';
import { FormDialog } from '../FormDialog';
import { typedNumber } from './number-fields';
import '../../styles/okr.css';

interface Props {
  objectiveId: number;
  keyResult?: KeyResult;
  onClose(): void;
}

export function KeyResultDialog({ objectiveId, keyResult, onClose }: Props) {
  const run = useDocumentStore((s) => s.run);
  const tree = useDocumentStore((s) => s.tree);
  const period = useDocumentStore((s) => s.period);
  const fy = tree?.scorecard.fiscalYearStartMonth ?? 1;
  const objective = tree?.objectives.find((o) => o.id === objectiveId);
  const kpis = [...(tree?.kpis ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const startCycle = shownCycle(period, fy, localIsoDate(new Date()));
  const base = keyResult ?? { ...keyResultDefaults, title: '', cycle: startCycle };
  const form = useForm({
    title: base.title,
    kind: base.kind as string,
    unit: base.unit,
    direction: base.direction as string,
    startValue: editText(base.startValue),
    target: editText(base.target),
    kpiId: base.kpiId === null ? '' : String(base.kpiId),
    cycle: base.cycle,
    weight: editText(base.weight),
    owner: base.owner,
  });
  const v = form.values;
  const metric = v.kind === 'metric';
  const linked = metric && v.kpiId !== '' ? kpis.find((k) => String(k.id) === v.kpiId) : undefined;

  async function save(): Promise<void> {
    const ok = await form.submit({
      schema: keyResult ? contract['okr.updateKeyResult'].input : contract['okr.createKeyResult'].input,
      build: () => {
        const b = new PayloadBuilder()
          .set('title', v.title)
          .set('kind', v.kind)
          .set('unit', metric ? v.unit : '')
          .set('direction', v.direction)
          .set('kpiId', metric && v.kpiId ? Number(v.kpiId) : null)
          .set('cycle', v.cycle)
          .set('owner', v.owner);
        typedNumber(b, 'weight', v.weight, true);
        if (metric) {
          typedNumber(b, 'startValue', v.startValue);
          typedNumber(b, 'target', v.target, true);
        } else {
          b.set('startValue', null).set('target', null);
        }
        return keyResult ? b.set('id', keyResult.id) : b.set('objectiveId', objectiveId);
      },
      send: (payload) =>
        keyResult
          ? run('okr.updateKeyResult', payload as { id: number })
          : run('okr.createKeyResult', payload as { objectiveId: number; title: string; cycle: string }),
    });
    if (ok) onClose();
  }

  /** Linking a KPI brings its unit and direction along, unless the user already chose them. */
  function link(kpiId: string): void {
    form.set('kpiId', kpiId);
    const kpi = kpis.find((k) => String(k.id) === kpiId);
    if (!kpi) return;
    if (v.unit === '') form.set('unit', kpi.unit);
    if (kpi.polarity === 'decrease') form.set('direction', 'decrease');
  }

  return (
    <FormDialog
      title={keyResult ? 'Edit key result' : 'Add key result'}
      subtitle={objective ? `For “${objective.title}”` : undefined}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={keyResult ? 'Save' : 'Add key result'}
      onSubmit={save}
      onClose={onClose}
      onDelete={keyResult ? async () => (await run('okr.deleteKeyResult', { id: keyResult.id }), onClose()) : undefined}
      deleteWhat={keyResult ? `the key result “${keyResult.title}”` : undefined}
      deleteWarning="Its check-ins are deleted with it. Undo brings both back."
    >
      <TextField
        {...form.field('title')}
        label="Key result"
        required
        autoFocus
        hint="A measurable outcome: “Win 20 new wholesale accounts”."
      />
      <FieldRow>
        <SelectField
          {...form.field('kind')}
          label="Kind"
          options={[
            { value: 'metric', label: 'Metric: from a start value to a target' },
            { value: 'milestone', label: 'Milestone: done or not' },
          ]}
        />
        <SelectField
          {...form.field('cycle')}
          label="Cycle"
          options={cycleChoices(startCycle, fy, keyResult ? [keyResult.cycle] : [])}
          hint="The quarter it is scored in."
        />
      </FieldRow>
      {metric ? (
        <>
          <SelectField
            {...form.field('kpiId')}
            onChange={link}
            label="Linked KPI"
            options={[
              { value: '', label: 'None: values come from check-ins' },
              ...kpis.map((k) => ({ value: String(k.id), label: k.name })),
            ]}
            hint={
              linked
                ? `The current value comes from the measurements of “${linked.name}”; check-ins record confidence and comments.`
                : 'Link a KPI of this scorecard to take the current value from its measurements.'
            }
          />
          <FieldRow>
            <NumberField {...form.field('startValue')} label="Start value" hint="Empty: measured from 0." />
            <NumberField {...form.field('target')} label="Target" required />
          </FieldRow>
          <FieldRow>
            <TextField {...form.field('unit')} label="Unit" maxLength={40} placeholder="€, %, accounts…" />
            <SelectField
              {...form.field('direction')}
              label="Direction"
              options={[
                { value: 'increase', label: 'Increase to the target' },
                { value: 'decrease', label: 'Decrease to the target' },
              ]}
            />
          </FieldRow>
        </>
      ) : (
        <p className="field-hint okr-kind-note">
          A milestone scores 1.0 once a check-in marks it done, 0.0 until then.
        </p>
      )}
      <FieldRow>
        <NumberField {...form.field('weight')} label="Weight" required hint="Its share of the objective’s OKR score." />
        <TextField
          {...form.field('owner')}
          label="Owner"
          hint={objective?.owner ? `Empty: ${objective.owner}, the objective’s owner.` : undefined}
        />
      </FieldRow>
    </FormDialog>
  );
}
