/**
 * One review: its date and attendees, the agenda (generated, then reordered, added to and trimmed), and for each
 * line the discussion notes, the decision and the action items agreed. Meeting mode shows the same, one line at a
 * time, for the room.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api';
import { treeFor } from '../../../shared/closed-periods';
import { formatDay } from '../../../shared/initiative-schedule';
import { periodLabel } from '../../../shared/periods';
import type { ActionItem, ReviewItem } from '../../../shared/review';
import { useDocumentStore } from '../../stores/document-store';
import { useReviewStore } from '../../stores/review-store';
import { MeetingMode } from './MeetingMode';
import { MinutesButton } from './MinutesButton';
import { ActionForm, ActionList, AttendeesField, DraftText, kindLabel } from './parts';

/** Fixed empty lists: a selector must answer the same value while nothing changed. */
const NO_ITEMS: ReviewItem[] = [];
const NO_ACTIONS: ActionItem[] = [];

/** The time box of one line, in whole minutes, saved when the field is left; empty for none. */
function MinutesField({ item }: { item: ReviewItem }) {
  const { t } = useTranslation('review');
  const id = useId();
  const updateItem = useReviewStore((s) => s.updateItem);
  const [text, setText] = useState(item.minutes === null ? '' : String(item.minutes));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(item.minutes === null ? '' : String(item.minutes)), [item.minutes]);
  function commit(): void {
    const minutes = text.trim() === '' ? null : Number(text);
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > 600)) {
      setError(t('item.minutesInvalid'));
      return;
    }
    setError(null);
    if (minutes !== item.minutes)
      updateItem({ id: item.id, minutes }).catch((err: unknown) => setError(errorMessage(err)));
  }
  return (
    <div className="field minutes-field">
      <label htmlFor={id}>{t('item.timeBox')}</label>
      <input
        id={id}
        inputMode="numeric"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * "Decided", ticked at once: the box shows what was clicked while the write is on its way (a controlled box would
 * spring back until the answer came), then what the store holds.
 */
function DecidedBox({ item }: { item: ReviewItem }) {
  const { t } = useTranslation('review');
  const updateItem = useReviewStore((s) => s.updateItem);
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  function change(decided: boolean): void {
    setPending(decided);
    updateItem({ id: item.id, decided })
      .then(
        () => setError(null),
        (err: unknown) => setError(errorMessage(err)),
      )
      .finally(() => setPending(null));
  }
  return (
    <div className="field-checkbox">
      <label>
        <input type="checkbox" checked={pending ?? item.decided} onChange={(e) => change(e.target.checked)} />
        {t('item.decided')}
      </label>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function ItemPanel({ item, scorecardId, period }: { item: ReviewItem; scorecardId: number; period: string }) {
  const { t } = useTranslation('review');
  const headingId = useId();
  const updateItem = useReviewStore((s) => s.updateItem);
  const actions = useReviewStore((s) => s.detail?.actions ?? NO_ACTIONS);
  const live = useDocumentStore((s) => s.tree);
  const closed = useDocumentStore((s) => s.closed);
  if (!live) return null;
  // Concerns are chosen from the live structure: an action is about what exists now.
  const tree = live;
  const reviewTree = treeFor(live, closed, period);
  const mine = actions.filter((a) => a.reviewItemId === item.id || (item.kind === 'action' && a.id === item.entityId));
  const gone =
    (item.kind === 'kpi' || item.kind === 'missing_data') &&
    item.entityId !== null &&
    !reviewTree.kpis.some((k) => k.id === item.entityId);
  return (
    <section className="agenda-item-panel" aria-labelledby={headingId}>
      <p className="agenda-kind">{kindLabel(item.kind)}</p>
      <h3 id={headingId}>{item.title}</h3>
      {item.reason ? <p className="agenda-reason-full">{item.reason}</p> : null}
      {gone ? <p className="field-hint">{t('item.kpiDeleted')}</p> : null}
      <div className="item-fields">
        <DraftText
          key={`notes-${item.id}`}
          label={t('item.notes')}
          value={item.notes}
          rows={5}
          onSave={(notes) => updateItem({ id: item.id, notes })}
        />
        <DraftText
          key={`decision-${item.id}`}
          label={t('item.decision')}
          value={item.decision}
          rows={3}
          onSave={(decision) => updateItem({ id: item.id, decision })}
        />
        <div className="item-flags">
          <DecidedBox key={`decided-${item.id}`} item={item} />
          <MinutesField key={item.id} item={item} />
        </div>
      </div>
      <h4>{t('item.actions')}</h4>
      <ActionList actions={mine} tree={tree} label={t('item.actionsOf', { title: item.title })} />
      <ActionForm key={item.id} scorecardId={scorecardId} item={item} tree={tree} />
    </section>
  );
}

function AddLineForm({ afterId, onAdded }: { afterId: number | null; onAdded(id: number): void }) {
  const { t } = useTranslation('review');
  const id = useId();
  const detail = useReviewStore((s) => s.detail);
  const addItem = useReviewStore((s) => s.addItem);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<'custom' | 'section'>('custom');
  const [error, setError] = useState<string | null>(null);
  if (!detail) return null;
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!detail) return;
    if (!title.trim()) {
      setError(t('addLine.needsTitle'));
      return;
    }
    try {
      const item = await addItem({ reviewId: detail.review.id, title: title.trim(), kind, afterId });
      setTitle('');
      setError(null);
      onAdded(item.id);
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <form className="add-line" aria-label={t('addLine.label')} onSubmit={(e) => void submit(e)}>
      <div className="field grow">
        <label htmlFor={`${id}-title`}>{t('addLine.title')}</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={200}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('addLine.as')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as 'custom' | 'section')}>
          <option value="custom">{t('addLine.line')}</option>
          <option value="section">{t('addLine.section')}</option>
        </select>
      </div>
      <button type="submit">{t('addLine.add')}</button>
      <p id={`${id}-hint`} className="field-hint add-line-hint">
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : afterId === null ? (
          t('addLine.atEnd')
        ) : (
          t('addLine.afterSelected')
        )}
      </p>
    </form>
  );
}

function Agenda({ selectedId, onSelect }: { selectedId: number | null; onSelect(id: number): void }) {
  const { t } = useTranslation('review');
  const items = useReviewStore((s) => s.detail?.items ?? NO_ITEMS);
  const actions = useReviewStore((s) => s.detail?.actions ?? NO_ACTIONS);
  const { moveItem, deleteItem } = useReviewStore.getState();
  const listRef = useRef<HTMLOListElement>(null);
  const [error, setError] = useState<string | null>(null);

  const focusLine = (id: number) =>
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-item-id="${id}"]`)?.focus());

  async function move(id: number, by: -1 | 1, refocus: boolean): Promise<void> {
    try {
      await moveItem(id, by);
      setError(null);
      if (refocus) focusLine(id);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function remove(item: ReviewItem, index: number): Promise<void> {
    try {
      await deleteItem(item.id);
      setError(null);
      const next = items[index + 1] ?? items[index - 1];
      if (next) {
        onSelect(next.id);
        focusLine(next.id);
      }
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  function onKeyDown(e: KeyboardEvent, id: number): void {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      void move(id, e.key === 'ArrowUp' ? -1 : 1, true);
    }
  }

  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <ol className="agenda" aria-label={t('agenda.label')} ref={listRef}>
        {items.map((item, index) => {
          const count = actions.filter((a) => a.reviewItemId === item.id).length;
          return (
            <li key={item.id} className={`agenda-line agenda-${item.kind}${item.id === selectedId ? ' selected' : ''}`}>
              <button
                type="button"
                className="agenda-select"
                data-item-id={item.id}
                aria-current={item.id === selectedId ? 'true' : undefined}
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                onClick={() => onSelect(item.id)}
                onKeyDown={(e) => onKeyDown(e, item.id)}
              >
                <span className="agenda-title">
                  {item.kind !== 'section' ? <span className="agenda-kind-chip">{kindLabel(item.kind)}</span> : null}
                  {item.title}
                </span>
                {item.reason ? <span className="agenda-reason">{item.reason}</span> : null}
                <span className="agenda-marks">
                  {item.minutes !== null ? <span>{t('agenda.minutes', { minutes: item.minutes })}</span> : null}
                  {item.decided ? <span className="decided-mark">{t('agenda.decided')}</span> : null}
                  {count > 0 ? <span>{t('agenda.actions', { count })}</span> : null}
                  {item.notes.trim() ? <span>{t('agenda.notes')}</span> : null}
                </span>
              </button>
              <span className="agenda-line-buttons">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('agenda.moveUp', { title: item.title })}
                  title={t('agenda.moveUpTitle')}
                  disabled={index === 0}
                  onClick={() => void move(item.id, -1, false)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('agenda.moveDown', { title: item.title })}
                  title={t('agenda.moveDownTitle')}
                  disabled={index === items.length - 1}
                  onClick={() => void move(item.id, 1, false)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button danger-quiet"
                  aria-label={t('agenda.remove', { title: item.title })}
                  title={t('agenda.removeTitle')}
                  onClick={() => void remove(item, index)}
                >
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}

export function ReviewEditor({ onBack }: { onBack(): void }) {
  const { t } = useTranslation('review');
  const detail = useReviewStore((s) => s.detail);
  const { updateReview, deleteReview } = useReviewStore.getState();
  const tree = useDocumentStore((s) => s.tree);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [meeting, setMeeting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const dateId = useId();
  const ratingId = useId();
  const meetingButton = useRef<HTMLButtonElement>(null);

  const items = detail?.items ?? [];
  const selected =
    items.find((i) => i.id === selectedId) ?? items.find((i) => i.kind !== 'section') ?? items[0] ?? null;

  if (!detail || !tree) return null;
  const { review } = detail;
  const fy = tree.scorecard.fiscalYearStartMonth;
  const attempt = (p: Promise<unknown>) =>
    p.then(
      () => setError(null),
      (err: unknown) => setError(errorMessage(err)),
    );

  if (meeting) {
    return (
      <MeetingMode
        startAt={selected ? items.indexOf(selected) : 0}
        onLeave={(at) => {
          setMeeting(false);
          const item = items[at];
          if (item) setSelectedId(item.id);
          requestAnimationFrame(() => meetingButton.current?.focus());
        }}
      />
    );
  }

  return (
    <div className="review-editor">
      <div className="review-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
        <button type="button" className="quiet" onClick={onBack}>
          {t('editor.back')}
        </button>
        <span className="spacer" />
        <button type="button" className="primary" ref={meetingButton} onClick={() => setMeeting(true)}>
          {t('editor.meetingMode')}
        </button>
        <MinutesButton reviewId={review.id} />
        {review.status === 'open' ? (
          <button type="button" onClick={() => void attempt(updateReview({ id: review.id, status: 'concluded' }))}>
            {t('editor.conclude')}
          </button>
        ) : (
          <button type="button" onClick={() => void attempt(updateReview({ id: review.id, status: 'open' }))}>
            {t('editor.reopen')}
          </button>
        )}
        {confirmDelete ? (
          <span className="confirm-delete" role="group" aria-label={t('editor.confirmLabel')}>
            <span>{t('editor.confirmText')}</span>
            <button type="button" className="danger" onClick={() => void attempt(deleteReview(review.id).then(onBack))}>
              {t('editor.deleteReview')}
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('editor.keep')}
            </button>
          </span>
        ) : (
          <button type="button" className="danger-quiet" onClick={() => setConfirmDelete(true)}>
            {t('editor.delete')}
          </button>
        )}
      </div>
      <header className="review-head">
        <div>
          <h2 id="review-title">{review.title}</h2>
          <p className="meta">
            <span>{periodLabel(review.period, fy)}</span>
            <span>{review.templateName}</span>
            <span className={`chip review-status review-${review.status}`}>
              {review.status === 'open' ? t('reviews.open') : t('reviews.concluded')}
            </span>
            {review.rating !== null ? <span>{t('reviews.rated', { rating: review.rating })}</span> : null}
          </p>
        </div>
        <div className="review-head-fields">
          <div className="field">
            <label htmlFor={dateId}>{t('editor.meetingDate')}</label>
            <input
              id={dateId}
              type="date"
              value={review.heldOn}
              onChange={(e) => e.target.value && void attempt(updateReview({ id: review.id, heldOn: e.target.value }))}
            />
          </div>
          {review.rateMeeting ? (
            <div className="field">
              <label htmlFor={ratingId}>{t('editor.rating')}</label>
              <select
                id={ratingId}
                value={review.rating ?? ''}
                onChange={(e) =>
                  void attempt(
                    updateReview({ id: review.id, rating: e.target.value === '' ? null : Number(e.target.value) }),
                  )
                }
              >
                <option value="">{t('editor.notRated')}</option>
                {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <AttendeesField
            value={review.attendees}
            onChange={(attendees) => void attempt(updateReview({ id: review.id, attendees }))}
          />
        </div>
      </header>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="review-body">
        <section className="agenda-column" aria-labelledby="agenda-title">
          <h3 id="agenda-title">
            {t('editor.agenda')}{' '}
            <span className="agenda-when">{t('editor.held', { date: formatDay(review.heldOn) })}</span>
          </h3>
          <Agenda selectedId={selected?.id ?? null} onSelect={setSelectedId} />
          <AddLineForm afterId={selected?.id ?? null} onAdded={setSelectedId} />
          <DraftText
            key={`summary-${review.id}`}
            label={t('editor.generalMinutes')}
            value={review.summary}
            rows={3}
            placeholder={t('editor.generalPlaceholder')}
            onSave={(summary) => updateReview({ id: review.id, summary })}
          />
        </section>
        {selected ? <ItemPanel item={selected} scorecardId={review.scorecardId} period={review.period} /> : null}
      </div>
    </div>
  );
}
