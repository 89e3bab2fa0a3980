/**
 * Period comparison: what changed between two periods of the scorecard — scores and statuses (improved, worsened,
 * new, gone), objectives and KPIs added, removed, re-targeted or re-weighted, and action items opened and closed in
 * between. Each period is read with the structure it is scored with, so a closed quarter shows as it was closed.
 * The core computes the comparison (period.compare); the report's "What changed" section and `quadrant diff` show
 * the same model.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api';
import { closedPeriodOf } from '../../shared/closed-periods';
import type { Change, PeriodComparison, ScoreChange } from '../../shared/period-compare';
import { CHANGE_WORDS, changesTitle, KIND_WORDS, scoreWords, STRUCTURE_WORDS } from '../../shared/period-compare-words';
import { formatDay } from '../../shared/initiative-schedule';
import { nextPeriod, periodLabel, previousPeriod } from '../../shared/periods';
import type { ActionItem } from '../../shared/review';
import { t as i18nT } from '../../shared/i18n';
import { LockIcon } from '../components/LockIcon';
import { StatusBadge } from '../components/StatusBadge';
import { useDocumentStore } from '../stores/document-store';
import '../styles/compare.css';

/** One end of the comparison: the period with steppers, and a padlock when it is closed. */
function PeriodStep(p: { label: string; value: string; fy: number; closed: boolean; onChange(period: string): void }) {
  const { t } = useTranslation('panels');
  const id = useId();
  return (
    <div className="compare-period" role="group" aria-labelledby={id}>
      <span id={id} className="compare-period-label">
        {p.label}
      </span>
      <div className="stepper">
        <button
          type="button"
          className="icon-button"
          aria-label={t('compare.previous', { label: p.label })}
          onClick={() => p.onChange(previousPeriod(p.value))}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <output className="period-label" aria-live="polite">
          {periodLabel(p.value, p.fy)}
          {p.closed ? (
            <span className="compare-closed" title={t('compare.closedTitle')}>
              <LockIcon />
              <span className="visually-hidden">{t('compare.closedSuffix')}</span>
            </span>
          ) : null}
        </output>
        <button
          type="button"
          className="icon-button"
          aria-label={t('compare.next', { label: p.label })}
          onClick={() => p.onChange(nextPeriod(p.value))}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
    </div>
  );
}

function ChangeMark({ change }: { change: Change }) {
  const w = CHANGE_WORDS[change];
  return (
    <span className={`change-mark change-${change}`}>
      <span aria-hidden="true">{w.glyph}</span> {w.label}
    </span>
  );
}

function Side({ side }: { side: ScoreChange['from'] }) {
  const { t } = useTranslation('panels');
  if (side === null) return <span className="compare-absent">{t('compare.notInPeriod')}</span>;
  return (
    <span className="compare-side">
      <StatusBadge status={side.status} />
      <span className="compare-score">{scoreWords(side)}</span>
    </span>
  );
}

const SUMMARY: readonly Change[] = ['improved', 'worsened', 'new', 'gone', 'no-data', 'unchanged'];

function closedText(a: ActionItem): string {
  const date = a.closedOn ? formatDay(a.closedOn) : '';
  return a.status === 'done' ? i18nT('panels:compare.doneOn', { date }) : i18nT('panels:compare.droppedOn', { date });
}

function ActionList({ title, actions, closed }: { title: string; actions: readonly ActionItem[]; closed: boolean }) {
  const { t } = useTranslation('panels');
  const id = useId();
  return (
    <section className="compare-card" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="compare-count">{actions.length}</span>
      </h3>
      {actions.length === 0 ? (
        <p className="compare-none">{t('compare.noneBetween')}</p>
      ) : (
        <ul className="compare-list">
          {actions.map((a) => (
            <li key={a.id}>
              <span>{a.title}</span>
              <span className="meta">
                {a.owner ? `${a.owner} · ` : ''}
                {closed ? closedText(a) : t('compare.openedOn', { date: formatDay(a.createdOn) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CompareView() {
  const { t } = useTranslation('panels');
  const tree = useDocumentStore((s) => s.tree);
  const period = useDocumentStore((s) => s.period);
  const closed = useDocumentStore((s) => s.closed);
  const revision = useDocumentStore((s) => s.revision?.revision);
  const scorecardId = tree?.scorecard.id;
  const fy = tree?.scorecard.fiscalYearStartMonth ?? 1;
  // The shown period against the one before it, until the user picks others; a new period in the header resets both.
  const [picked, setPicked] = useState<{ base: string | null; from: string; to: string } | null>(null);
  const range =
    picked && picked.base === period
      ? picked
      : period
        ? { base: period, from: previousPeriod(period), to: period }
        : null;
  const [result, setResult] = useState<{
    key: string;
    comparison: PeriodComparison | null;
    error: string | null;
  } | null>(null);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const showId = useId();
  const key = range && scorecardId !== undefined ? `${scorecardId}|${range.from}|${range.to}|${revision}` : null;

  useEffect(() => {
    if (!key || !range || scorecardId === undefined) return;
    let live = true;
    call('period.compare', { scorecardId, from: range.from, to: range.to })
      .then((comparison) => live && setResult({ key, comparison, error: null }))
      .catch((err: unknown) => live && setResult({ key, comparison: null, error: errorMessage(err) }));
    return () => {
      live = false;
    };
    // The key holds the scorecard, both periods and the document's revision: nothing else changes the answer.
  }, [key]);

  if (!tree || !range) return <section aria-label={t('compare.label')} />;
  const set = (patch: Partial<{ from: string; to: string }>) => setPicked({ ...range, ...patch });
  const isClosed = (p: string) => closedPeriodOf(p, closed.keys(), fy) !== undefined;
  const current = result && result.key === key ? result : null;
  const c = current?.comparison ?? null;
  const rows = c ? c.scores.filter((s) => showUnchanged || s.change !== 'unchanged' || s.kind === 'scorecard') : [];

  return (
    <section aria-label={t('compare.label')} className="compare-view">
      <header className="view-header compare-header">
        <div>
          <h2>{c ? changesTitle(c) : t('compare.heading')}</h2>
          <p className="meta">{t('compare.meta')}</p>
        </div>
        <div className="compare-periods">
          <PeriodStep
            label={t('compare.from')}
            value={range.from}
            fy={fy}
            closed={isClosed(range.from)}
            onChange={(from) => set({ from })}
          />
          <span className="compare-arrow" aria-hidden="true">
            →
          </span>
          <PeriodStep label={t('compare.to')} value={range.to} fy={fy} closed={isClosed(range.to)} onChange={(to) => set({ to })} />
        </div>
      </header>
      {current?.error ? (
        <div className="form-error" role="alert">
          {current.error}
        </div>
      ) : null}
      {!c ? (
        current ? null : (
          <p role="status">{t('compare.comparing')}</p>
        )
      ) : (
        <>
          <ul className="compare-summary" aria-label={t('compare.summary')}>
            {SUMMARY.map((k) => (
              <li key={k} className={`change-${k}`}>
                <span className="compare-summary-count">{c.summary[k]}</span>
                <span>
                  <span aria-hidden="true">{CHANGE_WORDS[k].glyph} </span>
                  {CHANGE_WORDS[k].label.toLowerCase()}
                </span>
              </li>
            ))}
          </ul>
          <section className="compare-card" aria-labelledby={`${showId}-scores`}>
            <div className="compare-card-head">
              <h3 id={`${showId}-scores`}>{t('compare.scores')}</h3>
              <label className="checkbox-inline">
                <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} />{' '}
                {t('compare.showUnchanged')}
              </label>
            </div>
            <table className="compare-table">
              <thead>
                <tr>
                  <th scope="col">{t('compare.what')}</th>
                  <th scope="col">{c.fromLabel}</th>
                  <th scope="col">{c.toLabel}</th>
                  <th scope="col">{t('compare.change')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((s) => (
                  <tr key={`${s.kind}${s.id}`} className={`compare-row compare-${s.kind}`}>
                    <th scope="row">
                      <span className="compare-kind">{KIND_WORDS[s.kind]}</span> {s.name}
                    </th>
                    <td>
                      <Side side={s.from} />
                    </td>
                    <td>
                      <Side side={s.to} />
                    </td>
                    <td>
                      <ChangeMark change={s.change} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {rows.length === 1 && !showUnchanged ? (
              <p className="compare-none">{t('compare.noneMoved')}</p>
            ) : null}
          </section>
          <section className="compare-card" aria-labelledby={`${showId}-structure`}>
            <h3 id={`${showId}-structure`}>
              {t('compare.structure')} <span className="compare-count">{c.structure.length}</span>
            </h3>
            {c.structure.length === 0 ? (
              <p className="compare-none">{t('compare.noStructure')}</p>
            ) : (
              <ul className="compare-list">
                {c.structure.map((s) => (
                  <li key={`${s.kind}${s.id}${s.change}`}>
                    <span className={`structure-tag structure-${s.change}`}>{STRUCTURE_WORDS[s.change]}</span>
                    <span>
                      {KIND_WORDS[s.kind]} <strong>{s.name}</strong>
                    </span>
                    {s.detail ? <span className="meta">{s.detail}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <div className="compare-actions">
            <ActionList title={t('compare.opened')} actions={c.actionsOpened} closed={false} />
            <ActionList title={t('compare.closed')} actions={c.actionsClosed} closed />
          </div>
        </>
      )}
    </section>
  );
}
