/**
 * Create or edit a key result: a metric (start → target, with a unit and direction; current value from check-ins or
 * from a KPI of the scorecard) or a milestone (done or not), in a quarterly cycle, with a weight and an owner.
 */
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('plans');
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
      title={keyResult ? t('keyResult.editTitle') : t('keyResult.addTitle')}
      subtitle={objective ? t('keyResult.forObjective', { title: objective.title }) : undefined}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={keyResult ? t('words.save') : t('keyResult.addTitle')}
      onSubmit={save}
      onClose={onClose}
      onDelete={keyResult ? async () => (await run('okr.deleteKeyResult', { id: keyResult.id }), onClose()) : undefined}
      deleteWhat={keyResult ? t('keyResult.deleteWhat', { title: keyResult.title }) : undefined}
      deleteWarning={t('keyResult.deleteWarning')}
    >
      <TextField
        {...form.field('title')}
        label={t('keyResult.title')}
        required
        autoFocus
        hint={t('keyResult.titleHint')}
      />
      <FieldRow>
        <SelectField
          {...form.field('kind')}
          label={t('keyResult.kind')}
          options={[
            { value: 'metric', label: t('keyResult.metric') },
            { value: 'milestone', label: t('keyResult.milestone') },
          ]}
        />
        <SelectField
          {...form.field('cycle')}
          label={t('okr.cycle')}
          options={cycleChoices(startCycle, fy, keyResult ? [keyResult.cycle] : [])}
          hint={t('keyResult.cycleHint')}
        />
      </FieldRow>
      {metric ? (
        <>
          <SelectField
            {...form.field('kpiId')}
            onChange={link}
            label={t('keyResult.linkedKpi')}
            options={[
              { value: '', label: t('keyResult.noKpi') },
              ...kpis.map((k) => ({ value: String(k.id), label: k.name })),
            ]}
            hint={linked ? t('keyResult.linkedHint', { kpi: linked.name }) : t('keyResult.linkHint')}
          />
          <FieldRow>
            <NumberField
              {...form.field('startValue')}
              label={t('keyResult.startValue')}
              hint={t('keyResult.startValueHint')}
            />
            <NumberField {...form.field('target')} label={t('keyResult.target')} required />
          </FieldRow>
          <FieldRow>
            <TextField
              {...form.field('unit')}
              label={t('keyResult.unit')}
              maxLength={40}
              placeholder={t('keyResult.unitPlaceholder')}
            />
            <SelectField
              {...form.field('direction')}
              label={t('keyResult.direction')}
              options={[
                { value: 'increase', label: t('keyResult.increase') },
                { value: 'decrease', label: t('keyResult.decrease') },
              ]}
            />
          </FieldRow>
        </>
      ) : (
        <p className="field-hint okr-kind-note">{t('keyResult.milestoneNote')}</p>
      )}
      <FieldRow>
        <NumberField
          {...form.field('weight')}
          label={t('keyResult.weight')}
          required
          hint={t('keyResult.weightHint')}
        />
        <TextField
          {...form.field('owner')}
          label={t('words.owner')}
          hint={objective?.owner ? t('keyResult.ownerHint', { owner: objective.owner }) : undefined}
        />
      </FieldRow>
    </FormDialog>
  );
}
