/**
 * Check in on a key result (or edit a check-in): the date, the value reached (a metric not linked to a KPI) or
 * whether a milestone is done, the confidence 0–10 and a comment. Below the form, the key result's score and its
 * history (chart and timeline), whose entries open here for editing or deleting.
 */
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { formatDay, localIsoDate } from '../../../shared/initiative-schedule';
import { editText } from '../../../shared/number-input';
import type { CheckIn } from '../../../shared/okr';
import { okrScoreText } from '../../../shared/okr-view';
import { periodEndDate, periodLabel, periodStartDate } from '../../../shared/periods';
import { PayloadBuilder } from '../../form-kit';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import { useForm } from '../../use-form';
import { CheckboxField, FieldRow, NumberField, TextField } from '../FormFields';
import { FormDialog } from '../FormDialog';
import { Modal } from '../Modal';
import { KeyResultHistory } from './KeyResultHistory';
import { typedNumber } from './number-fields';
import '../../styles/okr.css';

interface Props {
  keyResultId: number;
  checkIn?: CheckIn;
  onClose(): void;
}

/** Today, or the cycle's nearest end when today lies outside it: a check-in after the cycle does not count in it. */
function defaultDate(cycle: string, fy: number): string {
  const today = localIsoDate(new Date());
  const start = periodStartDate(cycle, fy);
  const end = periodEndDate(cycle, fy);
  return today < start ? start : today > end ? end : today;
}

export function CheckInDialog({ keyResultId, checkIn, onClose }: Props) {
  const { t } = useTranslation('plans');
  const tree = useDocumentStore((s) => s.tree);
  const keyResult = tree?.keyResults.find((k) => k.id === keyResultId);
  if (!tree || !keyResult) {
    return (
      <Modal title={t('checkIn.missingTitle')} onClose={onClose} size="small">
        <div className="dialog-body">
          <p>{t('checkIn.missing')}</p>
        </div>
      </Modal>
    );
  }
  return <CheckInForm key={checkIn?.id ?? 'new'} keyResultId={keyResultId} checkIn={checkIn} onClose={onClose} />;
}

function CheckInForm({ keyResultId, checkIn, onClose }: Props) {
  const { t } = useTranslation('plans');
  const run = useDocumentStore((s) => s.run);
  const tree = useDocumentStore((s) => s.tree)!;
  const score = useDocumentStore((s) => s.evaluation?.keyResults.find((k) => k.keyResultId === keyResultId));
  const openDialog = useUiStore((s) => s.openDialog);
  const keyResult = tree.keyResults.find((k) => k.id === keyResultId)!;
  const fy = tree.scorecard.fiscalYearStartMonth;
  const checkIns = tree.checkIns.filter((c) => c.keyResultId === keyResultId);
  const kpi = keyResult.kpiId === null ? undefined : tree.kpis.find((k) => k.id === keyResult.kpiId);
  const milestone = keyResult.kind === 'milestone';
  const form = useForm({
    date: checkIn?.date ?? defaultDate(keyResult.cycle, fy),
    value: editText(checkIn?.value),
    done: checkIn ? checkIn.value === 1 : false,
    confidence: editText(checkIn ? checkIn.confidence : (score?.confidence ?? null)),
    comment: checkIn?.comment ?? '',
  });
  const v = form.values;

  async function save(): Promise<void> {
    const ok = await form.submit({
      schema: checkIn ? contract['okr.updateCheckIn'].input : contract['okr.addCheckIn'].input,
      build: () => {
        const b = new PayloadBuilder().set('date', v.date.trim()).set('comment', v.comment);
        if (milestone) b.set('value', v.done ? 1 : 0);
        else if (kpi) b.set('value', null);
        else typedNumber(b, 'value', v.value, true);
        typedNumber(b, 'confidence', v.confidence);
        return checkIn ? b.set('id', checkIn.id) : b.set('keyResultId', keyResultId);
      },
      send: (payload) =>
        checkIn
          ? run('okr.updateCheckIn', payload as { id: number })
          : run('okr.addCheckIn', payload as { keyResultId: number; date: string }),
    });
    if (ok) onClose();
  }

  const edit = (c: CheckIn) => openDialog({ kind: 'checkIn', keyResultId, checkIn: c });
  const confidenceField = form.field('confidence');
  const cycleLabel = periodLabel(keyResult.cycle, fy);

  return (
    <FormDialog
      title={checkIn ? t('checkIn.editTitle') : t('okr.checkIn')}
      subtitle={`${keyResult.title} · ${cycleLabel}`}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      size="large"
      submitLabel={checkIn ? t('words.save') : t('okr.checkIn')}
      onSubmit={save}
      onClose={onClose}
      onDelete={checkIn ? async () => (await run('okr.deleteCheckIn', { id: checkIn.id }), onClose()) : undefined}
      deleteWhat={t('checkIn.deleteWhat')}
      deleteWarning={t('checkIn.deleteWarning')}
    >
      <FieldRow>
        <TextField
          {...form.field('date')}
          label={t('checkIn.date')}
          type="date"
          required
          hint={t('checkIn.dateHint', {
            cycle: cycleLabel,
            start: formatDay(periodStartDate(keyResult.cycle, fy)),
            end: formatDay(periodEndDate(keyResult.cycle, fy)),
          })}
        />
        {milestone ? (
          <CheckboxField {...form.field('done')} label={t('checkIn.done')} hint={t('checkIn.doneHint')} />
        ) : kpi ? (
          <p className="field-hint kr-linked-note">{t('checkIn.fromKpi', { kpi: kpi.name })}</p>
        ) : (
          <NumberField
            {...form.field('value')}
            label={t('checkIn.value')}
            required
            suffix={keyResult.unit || undefined}
            autoFocus
          />
        )}
      </FieldRow>
      <div className="field confidence-field">
        <label htmlFor={confidenceField.id}>{t('checkIn.confidence')}</label>
        <div className="confidence-controls">
          <input
            type="range"
            min={0}
            max={10}
            step={1}
            aria-label={t('checkIn.confidenceSlider')}
            value={
              confidenceField.value === '' || Number.isNaN(Number(confidenceField.value))
                ? 5
                : Number(confidenceField.value)
            }
            onChange={(e) => confidenceField.onChange(e.target.value)}
          />
          <input
            id={confidenceField.id}
            name="confidence"
            className="confidence-number"
            inputMode="numeric"
            autoComplete="off"
            value={confidenceField.value}
            aria-invalid={confidenceField.error ? true : undefined}
            aria-describedby={`${confidenceField.id}-hint${confidenceField.error ? ` ${confidenceField.id}-error` : ''}`}
            onChange={(e) => confidenceField.onChange(e.target.value)}
          />
        </div>
        <p className="field-hint" id={`${confidenceField.id}-hint`}>
          {t('checkIn.confidenceHint')}
        </p>
        {confidenceField.error ? (
          <p className="field-error" id={`${confidenceField.id}-error`}>
            <span aria-hidden="true">✕ </span>
            {confidenceField.error}
          </p>
        ) : null}
      </div>
      <TextField {...form.field('comment')} label={t('checkIn.comment')} multiline rows={2} />
      <section className="kr-history-section" aria-label={t('checkIn.historyOf', { title: keyResult.title })}>
        <h3 className="panel-section-title">{t('checkIn.historyScore', { score: okrScoreText(score?.score) })}</h3>
        {score ? <p className="formula-text">{score.formula.text}</p> : null}
        <KeyResultHistory keyResult={keyResult} checkIns={checkIns} editingId={checkIn?.id} onEdit={edit} />
      </section>
    </FormDialog>
  );
}
