/**
 * The incentive plan of the scorecard (docs/incentives.md): each owner's payout factor for the period with its
 * formula, the what-if at the period's end, and the terms of each item editable in place. The plan is shown here and
 * in its XLSX export only, never on the overview, the dashboard or the report everyone sees. The core computes the
 * factors (incentive.get); every write goes through the document's one write path, and the new revision reads them again.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call, errorMessage, isElectron } from '../../api';
import { downloadBase64 } from '../../download';
import { incentivePlanDefaults, type IncentiveLine, type IncentiveReport } from '../../../shared/incentives';
import { editText, parseNumberInput } from '../../../shared/number-input';
import { periodLabel } from '../../../shared/periods';
import { useDocumentStore } from '../../stores/document-store';
import { IncentivePersonCard, type SaveTerm } from './IncentivePersonCard';
import '../../styles/incentives.css';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A refusal as the words to show beside the field: the field's own issue when the core named one. */
function refusal(err: unknown, field: string): string {
  if (err instanceof ApiCallError) {
    const issue = err.issues.find((i) => i.path.includes(field)) ?? err.issues[0];
    if (issue) return issue.message;
  }
  return errorMessage(err);
}

/** Threshold and cap of the plan: the form that creates it, and the same two fields that edit it. */
function PlanTerms(p: { report: IncentiveReport; scorecardId: number }) {
  const { t: tr } = useTranslation('plans');
  const id = useId();
  const plan = p.report.plan;
  const [threshold, setThreshold] = useState(editText(plan?.threshold ?? incentivePlanDefaults.threshold));
  const [cap, setCap] = useState(editText(plan?.cap ?? incentivePlanDefaults.cap));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function save(e?: React.FormEvent): Promise<void> {
    e?.preventDefault();
    const t = parseNumberInput(threshold);
    const c = parseNumberInput(cap);
    const found: Record<string, string> = {};
    if (!t.ok || t.value === null) found['threshold'] = t.ok ? tr('incentives.enterPercentage') : t.reason;
    if (!c.ok || c.value === null) found['cap'] = c.ok ? tr('incentives.enterPercentage') : c.reason;
    setErrors(found);
    if (Object.keys(found).length || !t.ok || !c.ok) return;
    if (plan && plan.threshold === t.value && plan.cap === c.value) return;
    setBusy(true);
    try {
      await useDocumentStore
        .getState()
        .run('incentive.setPlan', { scorecardId: p.scorecardId, threshold: t.value!, cap: c.value! });
    } catch (err) {
      const field = err instanceof ApiCallError && err.issues[0] ? String(err.issues[0].path[0]) : 'cap';
      setErrors({ [field]: refusal(err, field) });
    } finally {
      setBusy(false);
    }
  }

  const field = (name: 'threshold' | 'cap', label: string, value: string, set: (v: string) => void, help: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type="text"
        inputMode="decimal"
        value={value}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`${id}-${name}-help${errors[name] ? ` ${id}-${name}-error` : ''}`}
        onChange={(e) => set(e.target.value)}
        onBlur={plan ? () => void save() : undefined}
        onKeyDown={plan ? (e) => e.key === 'Enter' && void save() : undefined}
      />
      <span id={`${id}-${name}-help`} className="field-hint">
        {help}
      </span>
      {errors[name] ? (
        <span id={`${id}-${name}-error`} className="field-error" role="alert">
          {errors[name]}
        </span>
      ) : null}
    </div>
  );

  return (
    <form
      className="incentive-plan-terms"
      noValidate
      onSubmit={(e) => void save(e)}
      aria-label={tr('incentives.planTerms')}
    >
      {field('threshold', tr('incentives.threshold'), threshold, setThreshold, tr('incentives.thresholdHelp'))}
      {field('cap', tr('incentives.cap'), cap, setCap, tr('incentives.capHelp'))}
      {plan ? null : (
        <button type="submit" className="primary" disabled={busy}>
          {tr('incentives.create')}
        </button>
      )}
    </form>
  );
}

function useIncentives(scorecardId: number | undefined, period: string | null, revision: number | undefined) {
  const key = scorecardId !== undefined && period ? `${scorecardId}|${period}|${revision}` : null;
  const [result, setResult] = useState<{ key: string; report: IncentiveReport | null; error: string | null } | null>(
    null,
  );
  useEffect(() => {
    if (!key || scorecardId === undefined || !period) return;
    let live = true;
    call('incentive.get', { scorecardId, period })
      .then((report) => live && setResult({ key, report, error: null }))
      .catch((err: unknown) => live && setResult({ key, report: null, error: errorMessage(err) }));
    return () => {
      live = false;
    };
    // The key holds the scorecard, the period and the document's revision: nothing else changes the answer.
  }, [key]);
  return { result, current: result?.key === key };
}

export function IncentivesView() {
  const { t } = useTranslation('plans');
  const tree = useDocumentStore((s) => s.tree);
  const period = useDocumentStore((s) => s.period);
  const revision = useDocumentStore((s) => s.revision?.revision);
  const scorecardId = tree?.scorecard.id;
  const { result, current } = useIncentives(scorecardId, period, revision);
  const [showFormulas, setShowFormulas] = useState(false);
  const [exporting, setExporting] = useState<{ busy: boolean; message: string; failed: boolean } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const formulasId = useId();

  if (!tree || !period || scorecardId === undefined)
    return <section className="view" aria-label={t('incentives.view')} />;
  const label = periodLabel(period, tree.scorecard.fiscalYearStartMonth);
  const report = result?.report ?? null;

  const save: SaveTerm = async (line: IncentiveLine, term, value) => {
    if (term === 'weight' && value === null) return t('incentives.enterWeight');
    try {
      await useDocumentStore
        .getState()
        .run('incentive.setItem', { scorecardId, entityType: line.entityType, entityId: line.entityId, [term]: value });
      return null;
    } catch (err) {
      return refusal(err, term);
    }
  };

  async function exportXlsx(): Promise<void> {
    setExporting({
      busy: true,
      failed: false,
      message: isElectron() ? t('incentives.makingChoose') : t('incentives.making'),
    });
    try {
      const file = await call('incentive.export', { scorecardId: scorecardId!, period: period! });
      if (!file) return setExporting({ busy: false, failed: false, message: t('incentives.cancelled') });
      if (file.base64 !== null) downloadBase64(file.base64, file.fileName, XLSX);
      setExporting({
        busy: false,
        failed: false,
        message: file.path
          ? t('incentives.saved', { path: file.path })
          : t('incentives.downloaded', { file: file.fileName }),
      });
    } catch (err) {
      setExporting({ busy: false, failed: true, message: errorMessage(err) });
    }
  }

  async function deletePlan(): Promise<void> {
    try {
      await useDocumentStore.getState().run('incentive.deletePlan', { scorecardId: scorecardId! });
    } catch (err) {
      setExporting({ busy: false, failed: true, message: errorMessage(err) });
    } finally {
      setConfirmDelete(false);
    }
  }

  return (
    <section className="view incentives-view" aria-label={t('incentives.view')}>
      <header className="view-header incentives-header">
        <div>
          <h2>{t('incentives.heading', { period: label })}</h2>
          <p className="meta">{t('incentives.privacy')}</p>
        </div>
        {report?.plan ? (
          <div className="incentives-actions">
            <button type="button" onClick={() => void exportXlsx()} disabled={exporting?.busy}>
              {t('incentives.export')}
            </button>
            {confirmDelete ? (
              <span className="incentives-confirm" role="group" aria-label={t('incentives.confirmLabel')}>
                {t('incentives.confirmText')}
                <button type="button" className="danger small" onClick={() => void deletePlan()}>
                  {t('incentives.deletePlan')}
                </button>
                <button type="button" className="small" onClick={() => setConfirmDelete(false)}>
                  {t('library.keep')}
                </button>
              </span>
            ) : (
              <button type="button" className="danger-quiet" onClick={() => setConfirmDelete(true)}>
                {t('incentives.deletePlanEllipsis')}
              </button>
            )}
          </div>
        ) : null}
      </header>
      {exporting ? (
        <p
          className={exporting.failed ? 'form-error' : 'incentives-status'}
          role={exporting.failed ? 'alert' : 'status'}
        >
          {exporting.message}
        </p>
      ) : null}
      {result?.error ? (
        <div className="form-error" role="alert">
          {result.error}
        </div>
      ) : null}
      {!report ? (
        result ? null : (
          <p role="status">{t('incentives.working')}</p>
        )
      ) : !report.plan ? (
        <div className="incentives-empty">
          <h3>{t('incentives.emptyTitle')}</h3>
          <p>{t('incentives.emptyExplain')}</p>
          <PlanTerms key="new" report={report} scorecardId={scorecardId} />
        </div>
      ) : (
        <>
          <div className="incentives-plan">
            <PlanTerms key={`${report.plan.threshold}|${report.plan.cap}`} report={report} scorecardId={scorecardId} />
            <p className="incentives-whatif">{report.whatIf.text}</p>
            <label className="checkbox-inline" htmlFor={formulasId}>
              <input
                id={formulasId}
                type="checkbox"
                checked={showFormulas}
                onChange={(e) => setShowFormulas(e.target.checked)}
              />{' '}
              {t('incentives.showFormulas')}
            </label>
            {current ? null : (
              <span className="meta" role="status">
                {t('incentives.updating')}
              </span>
            )}
          </div>
          {report.people.length === 0 ? (
            <p className="incentives-none">{t('incentives.nobody')}</p>
          ) : (
            report.people.map((person) => (
              <IncentivePersonCard
                key={person.person}
                person={person}
                items={report.items}
                showFormulas={showFormulas}
                save={save}
              />
            ))
          )}
        </>
      )}
    </section>
  );
}
