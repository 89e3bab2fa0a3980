/**
 * Meeting mode: the agenda one line at a time, in large type for a laptop on a projector, driven from the keyboard
 * (→ or Page Down next, ← or Page Up previous, A add an action, D mark decided, T start or pause the time box, Esc
 * leaves). Beside the notes, the line's KPI: its status, the formula it was scored with and its history. A modal
 * <dialog> in the top layer fills the window and keeps the page behind it inert.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { t as translate } from '../../../shared/i18n';
import { errorMessage } from '../../api';
import { evaluateWithClosed, treeFor } from '../../../shared/closed-periods';
import type { ScorecardTree } from '../../../shared/domain';
import type { Evaluation } from '../../../shared/evaluation';
import { formatPercent, formatValue } from '../../../shared/format';
import { formatDay } from '../../../shared/initiative-schedule';
import { periodKind, periodLabel } from '../../../shared/periods';
import type { ReviewItem } from '../../../shared/review';
import { useDocumentStore } from '../../stores/document-store';
import { useReviewStore } from '../../stores/review-store';
import { INITIATIVE_STATUS_LABEL } from '../../view-format';
import { historyPeriods } from '../kpi-history-periods';
import { HistoryChart } from '../KpiDetailDialog';
import { StatusBadge } from '../StatusBadge';
import { ActionForm, ActionList, DraftText, kindLabel } from './parts';

/** "4:05", or "+1:10 over" once the time is up. */
function clock(ms: number): string {
  const over = ms < 0;
  const s = Math.floor(Math.abs(ms) / 1000);
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return over ? translate('review:meeting.over', { time: text }) : text;
}

/**
 * A countdown from the line's minutes, started and paused by hand (or T). Amber in its last stretch (the last
 * minute, or the last tenth of a long box), red once over.
 */
function TimeBox({ minutes, toggleSeq }: { minutes: number | null; toggleSeq: number }) {
  const { t } = useTranslation('review');
  const [spent, setSpent] = useState(0);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const seen = useRef(toggleSeq);

  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [startedAt]);

  const toggle = () => {
    const at = Date.now();
    if (startedAt === null) {
      setStartedAt(at);
      setNow(at);
    } else {
      setSpent((s) => s + at - startedAt);
      setStartedAt(null);
    }
  };
  useEffect(() => {
    if (toggleSeq === seen.current) return;
    seen.current = toggleSeq;
    if (minutes !== null) toggle();
  });

  if (minutes === null) return <span className="timebox timebox-none">{t('meeting.noTimeBox')}</span>;
  const total = minutes * 60_000;
  const remaining = total - spent - (startedAt === null ? 0 : now - startedAt);
  const state = remaining < 0 ? 'over' : remaining <= Math.max(60_000, total / 10) ? 'warn' : 'ok';
  const running = startedAt !== null;
  return (
    <span className={`timebox timebox-${state}`}>
      <span
        role="timer"
        aria-label={t(state === 'over' ? 'meeting.timeBoxOver' : 'meeting.timeBox', { count: minutes })}
        className="timebox-clock"
      >
        {clock(remaining)}
      </span>
      <button type="button" aria-keyshortcuts="T" onClick={toggle}>
        {running ? t('meeting.pause') : spent > 0 ? t('meeting.resume') : t('meeting.start')}
      </button>
      <button
        type="button"
        className="quiet"
        disabled={spent === 0 && !running}
        onClick={() => {
          setSpent(0);
          setStartedAt(null);
        }}
      >
        {t('meeting.reset')}
      </button>
    </span>
  );
}

function KpiFacts({
  kpiId,
  tree,
  evaluation,
  period,
}: {
  kpiId: number;
  tree: ScorecardTree;
  evaluation: Evaluation;
  period: string;
}) {
  const { t } = useTranslation('review');
  const measurements = useDocumentStore((s) => s.measurements);
  const kpi = tree.kpis.find((k) => k.id === kpiId);
  const fy = tree.scorecard.fiscalYearStartMonth;
  const periods = useMemo(
    () => (kpi ? historyPeriods(kpi, measurements, period, periodKind(period), fy) : []),
    [kpi, measurements, period, fy],
  );
  if (!kpi) return <p className="meeting-aside-empty">{t('item.kpiDeleted')}</p>;
  const score = evaluation.kpis.find((k) => k.kpiId === kpiId);
  return (
    <>
      <div className="meeting-score">
        <StatusBadge status={score?.status ?? 'none'} size="large" />
        <span>
          <Trans
            t={t}
            i18nKey={score?.target != null ? 'meeting.actualTarget' : 'meeting.actual'}
            values={{
              actual: formatValue(score?.actual ?? null, kpi.unit),
              target: score?.target != null ? formatValue(score.target, kpi.unit) : '',
            }}
            components={{ strong: <strong /> }}
          />
        </span>
      </div>
      <p className="formula meeting-formula" aria-label={t('meeting.formula')}>
        {score?.formula.text ?? t('meeting.notScored')}
      </p>
      <div className="meeting-chart">
        <HistoryChart.Component kpi={kpi} scorecardId={tree.scorecard.id} fy={fy} periods={periods} />
      </div>
    </>
  );
}

function Aside({ item, period }: { item: ReviewItem; period: string }) {
  const { t } = useTranslation('review');
  const live = useDocumentStore((s) => s.tree);
  const index = useDocumentStore((s) => s.index);
  const closed = useDocumentStore((s) => s.closed);
  // The review's period, scored as the store scores it: a closed period from its snapshot.
  const evaluation = useMemo(
    () => (live ? evaluateWithClosed({ ...live, measurements: index }, closed, period) : null),
    [live, index, closed, period],
  );
  if (!live || !evaluation || item.entityId === null) return null;
  const tree = treeFor(live, closed, period);
  const fy = tree.scorecard.fiscalYearStartMonth;
  const id = item.entityId;
  let body: React.ReactNode = null;
  if (item.kind === 'kpi' || item.kind === 'missing_data') {
    body = <KpiFacts kpiId={id} tree={tree} evaluation={evaluation} period={period} />;
  } else if (item.kind === 'objective') {
    const score = evaluation.objectives.find((o) => o.objectiveId === id);
    const kpis = tree.kpis.filter((k) => k.objectiveId === id);
    body = (
      <>
        <div className="meeting-score">
          <StatusBadge status={score?.status ?? 'none'} size="large" />
        </div>
        <p className="formula meeting-formula" aria-label={t('meeting.formula')}>
          {score?.formula.text ?? t('meeting.notScored')}
        </p>
        <ul className="meeting-kpis" aria-label={t('meeting.itsKpis')}>
          {kpis.map((k) => {
            const s = evaluation.kpis.find((x) => x.kpiId === k.id);
            return (
              <li key={k.id}>
                <StatusBadge status={s?.status ?? 'none'} />
                <span>{k.name}</span>
                <span className="meeting-kpi-value">{formatValue(s?.actual ?? null, k.unit)}</span>
              </li>
            );
          })}
        </ul>
      </>
    );
  } else if (item.kind === 'initiative') {
    const i = live.initiatives.find((x) => x.id === id);
    if (!i) return null;
    body = (
      <dl className="meeting-facts">
        <div>
          <dt>{t('meeting.status')}</dt>
          <dd>{INITIATIVE_STATUS_LABEL[i.status]}</dd>
        </div>
        <div>
          <dt>{t('meeting.complete')}</dt>
          <dd>{formatPercent(i.percentComplete)}</dd>
        </div>
        <div>
          <dt>{t('meeting.dates')}</dt>
          <dd>
            {t('meeting.dateRange', {
              start: i.startDate ? formatDay(i.startDate) : '—',
              end: i.endDate ? formatDay(i.endDate) : '—',
            })}
          </dd>
        </div>
        <div>
          <dt>{t('meeting.owner')}</dt>
          <dd>{i.owner || t('meeting.nobody')}</dd>
        </div>
      </dl>
    );
  }
  if (!body) return null;
  return (
    <aside
      className="meeting-aside"
      aria-label={t('meeting.asideLabel', { kind: kindLabel(item.kind), period: periodLabel(period, fy) })}
    >
      {body}
    </aside>
  );
}

function EndOfMeeting({ onLeave }: { onLeave(): void }) {
  const { t } = useTranslation('review');
  const detail = useReviewStore((s) => s.detail);
  const updateReview = useReviewStore((s) => s.updateReview);
  const [error, setError] = useState<string | null>(null);
  // The rating clicked shows at once, while its write is on its way.
  const [pending, setPending] = useState<number | null>(null);
  if (!detail) return null;
  const { review, items, actions } = detail;
  const rating = pending ?? review.rating;
  const decided = items.filter((i) => i.decided).length;
  const agreed = actions.filter((a) => a.reviewId === review.id).length;
  const attempt = (p: Promise<void>) =>
    p.then(
      () => setError(null),
      (err: unknown) => setError(errorMessage(err)),
    );
  return (
    <div className="meeting-end">
      <h2 id="meeting-item-title" tabIndex={-1}>
        {t('meeting.end')}
      </h2>
      <p className="meeting-reason">
        {t('meeting.endSummary', {
          decided: t('meeting.linesDecided', { count: decided }),
          agreed: t('meeting.actionsAgreed', { count: agreed }),
        })}
      </p>
      {review.rateMeeting ? (
        <fieldset className="rating">
          <legend>{t('meeting.rate')}</legend>
          <div className="rating-options">
            {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
              <label key={n} className={`rating-option${rating === n ? ' chosen' : ''}`}>
                <input
                  type="radio"
                  name="meeting-rating"
                  value={n}
                  checked={rating === n}
                  onChange={() => {
                    setPending(n);
                    void attempt(updateReview({ id: review.id, rating: n })).finally(() => setPending(null));
                  }}
                />
                <span>{n}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="meeting-end-buttons">
        {review.status === 'open' ? (
          <button
            type="button"
            className="primary"
            onClick={() => void attempt(updateReview({ id: review.id, status: 'concluded' }))}
          >
            {t('meeting.conclude')}
          </button>
        ) : (
          <p className="concluded-note" role="status">
            {t('meeting.concluded')}
          </p>
        )}
        <button type="button" onClick={onLeave}>
          {t('meeting.leave')}
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const isField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.matches('input, textarea, select') || el.isContentEditable);

export function MeetingMode({ startAt, onLeave }: { startAt: number; onLeave(at: number): void }) {
  const { t } = useTranslation('review');
  const detail = useReviewStore((s) => s.detail);
  const updateItem = useReviewStore((s) => s.updateItem);
  const live = useDocumentStore((s) => s.tree);
  const ref = useRef<HTMLDialogElement>(null);
  const [at, setAt] = useState(startAt);
  const [adding, setAdding] = useState(false);
  const [toggleSeq, setToggleSeq] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const items = detail?.items ?? [];
  const count = items.length;
  const index = Math.min(at, count);
  const item = items[index] ?? null;
  const leave = () => onLeave(Math.min(index, count - 1));

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);

  // Each step starts from the dialog itself, so the next key press is a command, not a letter in a field.
  useEffect(() => {
    if (!adding) ref.current?.focus();
  }, [index, adding]);

  // A button that goes away under the focus (Mark the review concluded) would leave it on the inert page behind,
  // where the keys no longer reach meeting mode: it comes back to the dialog.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.contains(document.activeElement)) dialog.focus();
  });

  if (!detail || !live) return null;
  const { review } = detail;
  const section = [...items.slice(0, index + 1)].reverse().find((i) => i.kind === 'section');
  const mine = item
    ? detail.actions.filter((a) => a.reviewItemId === item.id || (item.kind === 'action' && a.id === item.entityId))
    : [];

  const go = (to: number) => {
    setAdding(false);
    setAt(Math.max(0, Math.min(count, to)));
  };
  const toggleDecided = () => {
    if (!item) return;
    updateItem({ id: item.id, decided: !item.decided }).then(
      () => setError(null),
      (err: unknown) => setError(errorMessage(err)),
    );
  };

  function onKeyDown(e: KeyboardEvent<HTMLDialogElement>): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (adding) {
        setAdding(false);
        ref.current?.focus();
      } else if (isField(e.target) && e.target !== ref.current) {
        // The first Escape ends typing (the text is saved as focus leaves); the next leaves meeting mode.
        (e.target as HTMLElement).blur();
        ref.current?.focus();
      } else {
        leave();
      }
      return;
    }
    if (isField(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const handled: Record<string, () => void> = {
      ArrowRight: () => go(index + 1),
      PageDown: () => go(index + 1),
      ArrowLeft: () => go(index - 1),
      PageUp: () => go(index - 1),
      Home: () => go(0),
      End: () => go(count),
      a: () => item && setAdding(true),
      d: toggleDecided,
      t: () => setToggleSeq((n) => n + 1),
    };
    const action = handled[key];
    if (!action) return;
    e.preventDefault();
    action();
  }

  return (
    <dialog
      ref={ref}
      className="meeting"
      aria-labelledby="meeting-item-title"
      aria-describedby="meeting-keys"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onCancel={(e) => e.preventDefault()}
    >
      <header className="meeting-bar">
        <span className="meeting-review" title={review.title}>
          {review.title}
        </span>
        <span className="meeting-progress">
          {item ? t('meeting.progress', { index: index + 1, total: count }) : t('meeting.allDone', { count })}
        </span>
        <span className="spacer" />
        {item ? <TimeBox key={item.id} minutes={item.minutes} toggleSeq={toggleSeq} /> : null}
        <button type="button" className="meeting-leave" onClick={leave}>
          {t('meeting.leave')}
        </button>
      </header>
      <div className="meeting-stage">
        {item ? (
          <>
            <p className="meeting-section">
              {item.kind === 'section' ? t('meeting.section') : (section?.title ?? '')}
              {item.kind !== 'section' ? <span className="agenda-kind-chip">{kindLabel(item.kind)}</span> : null}
            </p>
            <h2 id="meeting-item-title" className={item.decided ? 'decided' : undefined}>
              {item.title}
              {item.decided ? <span className="decided-mark"> {t('agenda.decided')}</span> : null}
            </h2>
            {item.reason ? <p className="meeting-reason">{item.reason}</p> : null}
            <div className="meeting-columns">
              <div className="meeting-notes">
                <DraftText
                  key={`n-${item.id}`}
                  label={t('item.notes')}
                  value={item.notes}
                  rows={5}
                  onSave={(notes) => updateItem({ id: item.id, notes })}
                />
                <DraftText
                  key={`d-${item.id}`}
                  label={t('item.decision')}
                  value={item.decision}
                  rows={2}
                  onSave={(decision) => updateItem({ id: item.id, decision })}
                />
                <h3 className="meeting-actions-title">{t('item.actions')}</h3>
                <ActionList actions={mine} tree={live} label={t('item.actionsOf', { title: item.title })} />
                {adding ? (
                  <ActionForm
                    key={item.id}
                    scorecardId={review.scorecardId}
                    item={item}
                    tree={live}
                    autoFocus
                    onDone={() => setAdding(false)}
                  />
                ) : null}
                {error ? (
                  <p className="form-error" role="alert">
                    {error}
                  </p>
                ) : null}
              </div>
              <Aside item={item} period={review.period} />
            </div>
          </>
        ) : (
          <EndOfMeeting onLeave={leave} />
        )}
      </div>
      <footer className="meeting-keys">
        <button type="button" aria-keyshortcuts="ArrowLeft PageUp" disabled={index === 0} onClick={() => go(index - 1)}>
          {t('meeting.previous')}
        </button>
        <button type="button" aria-keyshortcuts="A" disabled={!item} onClick={() => setAdding(true)}>
          {/* i18n-ignore: the letter to press, the same on every keyboard */}
          {t('meeting.addAction')} <kbd>A</kbd>
        </button>
        <button
          type="button"
          aria-keyshortcuts="D"
          aria-pressed={item?.decided ?? false}
          disabled={!item}
          onClick={toggleDecided}
        >
          {/* i18n-ignore: the letter to press */}
          {item?.decided ? t('meeting.decided') : t('meeting.markDecided')} <kbd>D</kbd>
        </button>
        <span id="meeting-keys" className="meeting-hint">
          {t('meeting.keys')}
        </span>
        <button
          type="button"
          className="primary"
          aria-keyshortcuts="ArrowRight PageDown"
          disabled={!item}
          onClick={() => go(index + 1)}
        >
          {t('meeting.next')}
        </button>
      </footer>
    </dialog>
  );
}
