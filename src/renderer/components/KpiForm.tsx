/**
 * Create or edit a KPI: every field of KpiFields, with range fields only for target-range KPIs. A new KPI can start
 * from the KPI library ("Add from library…", a step inside this dialog: one modal at a time); the user still reviews
 * the filled fields and saves.
 */
import { useState } from 'react';
import { AGGREGATION_LABELS, aggregationExplained, defaultAggregation } from '../../shared/aggregation';
import { contract } from '../../shared/contract';
import { kpiDefaults } from '../../shared/defaults';
import type { Aggregation, Kpi } from '../../shared/domain';
import type { LibraryKpi } from '../../shared/templates';
import { libraryDescription } from '../library-entry';
import { numberText, PayloadBuilder } from '../form-kit';
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

const POLARITIES = [
  { value: 'increase', label: 'Higher is better' },
  { value: 'decrease', label: 'Lower is better' },
  { value: 'range', label: 'Within a target range' },
];
const FREQUENCIES = [
  { value: 'month', label: 'Monthly' },
  { value: 'quarter', label: 'Quarterly' },
  { value: 'year', label: 'Yearly' },
];
const AGGREGATIONS = (['sum', 'average', 'last'] as const).map((value) => ({
  value,
  label: AGGREGATION_LABELS[value],
}));

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
  const run = useDocumentStore((s) => s.run);
  const tree = useDocumentStore((s) => s.tree);
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
    baseline: numberText(base.baseline),
    target: numberText(base.target),
    rangeLow: numberText(base.rangeLow),
    rangeHigh: numberText(base.rangeHigh),
    tolerance: numberText(base.tolerance),
    greenThreshold: numberText(base.greenThreshold),
    amberThreshold: numberText(base.amberThreshold),
    frequency: base.frequency as string,
    aggregation: base.aggregation as string,
    weight: numberText(base.weight),
    owner: base.owner,
    dataSource: base.dataSource,
    isKey: base.isKey,
    dataDueDays: numberText(base.dataDueDays),
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
      title={kpi ? 'Edit KPI' : 'Add KPI'}
      subtitle={kpi ? undefined : objectiveTitle ? `For “${objectiveTitle}”` : undefined}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={kpi ? 'Save' : 'Add KPI'}
      onSubmit={save}
      onClose={onClose}
      size="large"
      onDelete={kpi ? async () => (await run('kpi.delete', { id: kpi.id }), onClose()) : undefined}
      deleteWhat={kpi ? `the KPI “${kpi.name}”` : undefined}
      deleteWarning="Its measurements are deleted with it. This cannot be undone."
    >
      {kpi ? null : (
        <div className="library-start">
          <button type="button" className="small" onClick={() => setPicking(true)}>
            Add from library…
          </button>
          <p className="field-hint" role="status">
            {filledFrom
              ? `Filled from the library’s “${filledFrom}”. Review the fields, set a target, then add it.`
              : 'Start from a defined KPI: name, definition, unit, direction and how values combine.'}
          </p>
        </div>
      )}
      <FieldRow>
        <TextField
          {...form.field('name')}
          onChange={(name) => (form.set('name', name), follow(name, v.unit))}
          label="Name"
          required
          autoFocus
          className="grow"
        />
        <TextField
          {...form.field('unit')}
          onChange={(unit) => (form.set('unit', unit), follow(v.name, unit))}
          label="Unit"
          placeholder="€, %, days"
          maxLength={40}
          className="narrow"
        />
      </FieldRow>
      <TextField {...form.field('description')} label="Description" multiline rows={2} />
      <SelectField {...form.field('objectiveId')} label="Objective" groups={objectiveGroups} />
      <fieldset className="fieldset">
        <legend>Scoring</legend>
        <FieldRow>
          <SelectField {...form.field('polarity')} label="Direction" options={POLARITIES} />
          <NumberField
            {...form.field('baseline')}
            label="Baseline"
            hint="Where you started; progress counts from here."
          />
          <NumberField {...form.field('target')} label="Target" />
        </FieldRow>
        {isRange ? (
          <FieldRow>
            <NumberField {...form.field('rangeLow')} label="Range from" />
            <NumberField {...form.field('rangeHigh')} label="Range to" />
            <NumberField
              {...form.field('tolerance')}
              label="Tolerance"
              hint="How far outside the range progress falls to zero."
            />
          </FieldRow>
        ) : null}
        <FieldRow>
          <NumberField
            {...form.field('greenThreshold')}
            label="Green from"
            suffix="%"
            placeholder={String(green)}
            hint="Empty: the scorecard's."
          />
          <NumberField
            {...form.field('amberThreshold')}
            label="Amber from"
            suffix="%"
            placeholder={String(amber)}
            hint="Empty: the scorecard's."
          />
        </FieldRow>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Measurement</legend>
        <FieldRow>
          <SelectField {...form.field('frequency')} label="Measured" options={FREQUENCIES} />
          <SelectField
            {...form.field('aggregation')}
            onChange={chooseAggregation}
            label="Combine values by"
            options={AGGREGATIONS}
            className="grow"
            hint={aggregationExplained(v.aggregation as Aggregation, v.unit.trim())}
          />
          <NumberField {...form.field('weight')} label="Weight" required />
        </FieldRow>
        <AggregationHint
          kpi={{ name: v.name, unit: v.unit.trim(), aggregation: v.aggregation as Aggregation }}
          onFix={chooseAggregation}
        />
        <FieldRow>
          <TextField {...form.field('owner')} label="Owner" />
          <TextField {...form.field('dataSource')} label="Data source" placeholder="Accounting system, CRM…" />
          <NumberField
            {...form.field('dataDueDays')}
            label="Data due, days after the period ends"
            suffix="days"
            placeholder={String(dueDays)}
            hint={`Blank: the scorecard’s default, ${dueDays} ${dueDays === 1 ? 'day' : 'days'}.`}
          />
        </FieldRow>
      </fieldset>
      <CheckboxField {...form.field('isKey')} label="Key KPI (★): one of the few that matter most" />
    </FormDialog>
  );
}

/** "Add from library…": the library in place of the form (one modal at a time); Escape and Back return to the form. */
function LibraryStep({ objectiveTitle, onPick, onBack }: { objectiveTitle?: string; onPick(kpi: LibraryKpi): void; onBack(): void }) {
  const { library, error } = useLibrary();
  return (
    <Modal
      title="Add KPI from the library"
      subtitle={objectiveTitle ? `For “${objectiveTitle}”` : undefined}
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
          <KpiLibraryPicker library={library} onPick={onPick} pickLabel="Use this KPI" />
        ) : error ? null : (
          <p className="library-loading" role="status">
            Reading the library…
          </p>
        )}
      </div>
      <div className="dialog-footer">
        <p className="field-hint">Enter or “Use this KPI” fills the form; nothing is added until you save it.</p>
        <span className="spacer" />
        <button type="button" onClick={onBack}>
          Back to the form
        </button>
      </div>
    </Modal>
  );
}
