/**
 * Create or edit a KPI: every field of KpiFields, with range fields only for target-range KPIs. A new KPI can start
 * from the KPI library ("Add from library…", a step inside this dialog: one modal at a time); the user still reviews
 * the filled fields and saves.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGGREGATION_LABELS, aggregationExplained, defaultAggregation } from '../../shared/aggregation';
import { contract } from '../../shared/contract';
import { kpiDefaults } from '../../shared/defaults';
import type { Aggregation, Kpi } from '../../shared/domain';
import type { LibraryKpi } from '../../shared/templates';
import { libraryDescription } from '../library-entry';
import { editText } from '../../shared/number-input';
import { PayloadBuilder } from '../form-kit';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { AggregationHint } from './AggregationHint';
import { CheckboxField, FieldRow, NumberField, SelectField, TextField } from './FormFields';
import { FormDialog } from './FormDialog';
import { Modal } from './Modal';
import { KpiLibraryPicker } from './start/KpiLibraryPicker';
import { useLibrary } from './start/use-library';

interface Props {
  kpi?: Kpi;
  objectiveId: number;
  /** A new KPI filled from this library entry (the library dialog's "Add to scorecard…"). */
  fromLibrary?: LibraryKpi | undefined;
  onClose(): void;
}


/** The KPI form's fields a library entry fills. */
function fromEntry(entry: LibraryKpi) {
  return {
    name: entry.name,
    description: libraryDescription(entry),
    unit: entry.unit,
    polarity: entry.polarity,
    frequency: entry.frequency,
    aggregation: entry.aggregation,
  };
}

export function KpiForm({ kpi, objectiveId, fromLibrary, onClose }: Props) {
  const { t } = useTranslation('panels');
  const run = useDocumentStore((s) => s.run);
  const tree = useDocumentStore((s) => s.tree);
  const polarities = [
    { value: 'increase', label: t('kpi.higherBetter') },
    { value: 'decrease', label: t('kpi.lowerBetter') },
    { value: 'range', label: t('kpi.withinRange') },
  ];
  const frequencies = [
    { value: 'month', label: t('kpiForm.monthly') },
    { value: 'quarter', label: t('kpiForm.quarterly') },
    { value: 'year', label: t('kpiForm.yearly') },
  ];
  const aggregations = (['sum', 'average', 'last'] as const).map((value) => ({
    value,
    label: AGGREGATION_LABELS[value],
  }));
  const base = kpi ?? {
    ...kpiDefaults,
    name: '',
    objectiveId,
    frequency: tree?.scorecard.granularity ?? kpiDefaults.frequency,
    ...(fromLibrary ? fromEntry(fromLibrary) : {}),
  };
  const form = useForm({
    name: base.name,
    description: base.description,
    objectiveId: String(base.objectiveId),
    unit: base.unit,
    polarity: base.polarity as string,
    baseline: editText(base.baseline),
    target: editText(base.target),
    rangeLow: editText(base.rangeLow),
    rangeHigh: editText(base.rangeHigh),
    tolerance: editText(base.tolerance),
    greenThreshold: editText(base.greenThreshold),
    amberThreshold: editText(base.amberThreshold),
    frequency: base.frequency as string,
    aggregation: base.aggregation as string,
    weight: editText(base.weight),
    owner: base.owner,
    dataSource: base.dataSource,
    isKey: base.isKey,
    dataDueDays: editText(base.dataDueDays),
  });
  const v = form.values;
  // A new KPI's aggregation follows its name and unit until someone picks one; an existing KPI keeps its own.
  const [aggregationChosen, setAggregationChosen] = useState(kpi !== undefined || fromLibrary !== undefined);
  const [picking, setPicking] = useState(false);
  const [filledFrom, setFilledFrom] = useState<string | null>(fromLibrary?.name ?? null);
  function fill(entry: LibraryKpi): void {
    for (const [name, value] of Object.entries(fromEntry(entry))) form.set(name as 'name', value);
    // The library's aggregation follows the method (rates averaged, balances last): keep it over the name's guess.
    setAggregationChosen(true);
    setFilledFrom(entry.name);
    setPicking(false);
  }
  const follow = (name: string, unit: string) => {
    if (!aggregationChosen) form.set('aggregation', defaultAggregation({ name, unit }));
  };
  const chooseAggregation = (value: string) => {
    setAggregationChosen(true);
    form.set('aggregation', value);
  };
  const isRange = v.polarity === 'range';
  const objectiveTitle = tree?.objectives.find((o) => o.id === objectiveId)?.title;
  const green = tree?.scorecard.greenThreshold ?? 100;
  const amber = tree?.scorecard.amberThreshold ?? 80;
  const dueDays = tree?.scorecard.dataDueDays ?? 10;
  const objectiveGroups = [...(tree?.perspectives ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((p) => ({
      label: p.name,
      options: (tree?.objectives ?? [])
        .filter((o) => o.perspectiveId === p.id)
        .map((o) => ({ value: String(o.id), label: o.title })),
    }))
    .filter((g) => g.options.length > 0);

  async function save(): Promise<void> {
    const ok = await form.submit({
      schema: kpi ? contract['kpi.update'].input : contract['kpi.create'].input,
      build: () => {
        const b = new PayloadBuilder()
          .set('name', v.name)
          .set('description', v.description)
          .set('objectiveId', Number(v.objectiveId))
          .set('unit', v.unit.trim())
          .set('polarity', v.polarity)
          .number('baseline', v.baseline)
          .number('target', v.target)
          .number('rangeLow', isRange ? v.rangeLow : '')
          .number('rangeHigh', isRange ? v.rangeHigh : '')
          .number('tolerance', isRange ? v.tolerance : '')
          .number('greenThreshold', v.greenThreshold)
          .number('amberThreshold', v.amberThreshold)
          .set('frequency', v.frequency)
          .set('aggregation', v.aggregation)
          .number('weight', v.weight, true)
          .set('owner', v.owner)
          .set('dataSource', v.dataSource)
          .set('isKey', v.isKey)
          .wholeNumber('dataDueDays', v.dataDueDays);
        return kpi ? b.set('id', kpi.id) : b;
      },
      send: (payload) =>
        kpi
          ? run('kpi.update', payload as { id: number })
          : run('kpi.create', payload as { objectiveId: number; name: string }),
    });
    if (ok) onClose();
  }

  if (picking) return <LibraryStep objectiveTitle={objectiveTitle} onPick={fill} onBack={() => setPicking(false)} />;

  return (
    <FormDialog
      title={kpi ? t('kpiForm.titleEdit') : t('kpiForm.titleAdd')}
      subtitle={kpi ? undefined : objectiveTitle ? t('kpiForm.subtitleFor', { objective: objectiveTitle }) : undefined}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={kpi ? t('formDialog.save') : t('kpiForm.submitAdd')}
      onSubmit={save}
      onClose={onClose}
      size="large"
      onDelete={kpi ? async () => (await run('kpi.delete', { id: kpi.id }), onClose()) : undefined}
      deleteWhat={kpi ? t('kpiForm.deleteWhat', { name: kpi.name }) : undefined}
      deleteWarning={t('kpiForm.deleteWarning')}
    >
      {kpi ? null : (
        <div className="library-start">
          <button type="button" className="small" onClick={() => setPicking(true)}>
            {t('kpiForm.addFromLibrary')}
          </button>
          <p className="field-hint" role="status">
            {filledFrom
              ? t('kpiForm.filledFrom', { name: filledFrom })
              : t('kpiForm.startFrom')}
          </p>
        </div>
      )}
      <FieldRow>
        <TextField
          {...form.field('name')}
          onChange={(name) => (form.set('name', name), follow(name, v.unit))}
          label={t('kpiForm.name')}
          required
          autoFocus
          className="grow"
        />
        <TextField
          {...form.field('unit')}
          onChange={(unit) => (form.set('unit', unit), follow(v.name, unit))}
          label={t('kpiForm.unit')}
          placeholder={t('kpiForm.unitPlaceholder')}
          maxLength={40}
          className="narrow"
        />
      </FieldRow>
      <TextField {...form.field('description')} label={t('kpiForm.description')} multiline rows={2} />
      <SelectField {...form.field('objectiveId')} label={t('kpiForm.objective')} groups={objectiveGroups} />
      <fieldset className="fieldset">
        <legend>{t('kpiForm.scoring')}</legend>
        <FieldRow>
          <SelectField {...form.field('polarity')} label={t('kpiForm.direction')} options={polarities} />
          <NumberField
            {...form.field('baseline')}
            label={t('kpiForm.baseline')}
            hint={t('kpiForm.baselineHint')}
          />
          <NumberField {...form.field('target')} label={t('kpiForm.target')} />
        </FieldRow>
        {isRange ? (
          <FieldRow>
            <NumberField {...form.field('rangeLow')} label={t('kpiForm.rangeFrom')} />
            <NumberField {...form.field('rangeHigh')} label={t('kpiForm.rangeTo')} />
            <NumberField
              {...form.field('tolerance')}
              label={t('kpiForm.tolerance')}
              hint={t('kpiForm.toleranceHint')}
            />
          </FieldRow>
        ) : null}
        <FieldRow>
          <NumberField
            {...form.field('greenThreshold')}
            label={t('kpiForm.greenFrom')}
            suffix="%"
            placeholder={editText(green)}
            hint={t('kpiForm.thresholdHint')}
          />
          <NumberField
            {...form.field('amberThreshold')}
            label={t('kpiForm.amberFrom')}
            suffix="%"
            placeholder={editText(amber)}
            hint={t('kpiForm.thresholdHint')}
          />
        </FieldRow>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('kpiForm.measurement')}</legend>
        <FieldRow>
          <SelectField {...form.field('frequency')} label={t('kpiForm.measured')} options={frequencies} />
          <SelectField
            {...form.field('aggregation')}
            onChange={chooseAggregation}
            label={t('kpiForm.combineBy')}
            options={aggregations}
            className="grow"
            hint={aggregationExplained(v.aggregation as Aggregation, v.unit.trim())}
          />
          <NumberField {...form.field('weight')} label={t('kpiForm.weight')} required />
        </FieldRow>
        <AggregationHint
          kpi={{ name: v.name, unit: v.unit.trim(), aggregation: v.aggregation as Aggregation }}
          onFix={chooseAggregation}
        />
        <FieldRow>
          <TextField {...form.field('owner')} label={t('kpiForm.owner')} />
          <TextField {...form.field('dataSource')} label={t('kpiForm.dataSource')}
            placeholder={t('kpiForm.dataSourcePlaceholder')}
          />
          <NumberField
            {...form.field('dataDueDays')}
            label={t('kpiForm.dataDue')}
            suffix={t('kpiForm.days')}
            placeholder={editText(dueDays)}
            hint={t('kpiForm.dataDueHint', { count: dueDays })}
          />
        </FieldRow>
      </fieldset>
      <CheckboxField {...form.field('isKey')} label={t('kpiForm.isKey')} />
    </FormDialog>
  );
}

/** "Add from library…": the library in place of the form (one modal at a time); Escape and Back return to the form. */
function LibraryStep({ objectiveTitle, onPick, onBack }: { objectiveTitle?: string; onPick(kpi: LibraryKpi): void; onBack(): void }) {
  const { t } = useTranslation('panels');
  const { library, error } = useLibrary();
  return (
    <Modal
      title={t('kpiForm.libraryTitle')}
      subtitle={objectiveTitle ? t('kpiForm.subtitleFor', { objective: objectiveTitle }) : undefined}
      onClose={onBack}
      size="large"
    >
      <div className="dialog-body kpi-library">
        {error ? (
          <div className="form-error" role="alert">
            {error}
          </div>
        ) : null}
        {library ? (
          <KpiLibraryPicker library={library} onPick={onPick} pickLabel={t('kpiForm.useThis')} />
        ) : error ? null : (
          <p className="library-loading" role="status">
            {t('kpiForm.readingLibrary')}
          </p>
        )}
      </div>
      <div className="dialog-footer">
        <p className="field-hint">{t('kpiForm.libraryHint')}</p>
        <span className="spacer" />
        <button type="button" onClick={onBack}>
          {t('kpiForm.backToForm')}
        </button>
      </div>
    </Modal>
  );
}
