/** Small parts the review editor and meeting mode share: text saved when left, attendees, action items. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { t as translate } from '../../../shared/i18n';
import { errorMessage } from '../../api';
import type { ScorecardTree } from '../../../shared/domain';
import { formatDay } from '../../../shared/initiative-schedule';
import { isOverdue } from '../../../shared/action-stats';
import type { ActionItem, ActionStatus, ConcernType, ReviewItem } from '../../../shared/review';
import { useReviewStore } from '../../stores/review-store';

/** Today on this computer's calendar, YYYY-MM-DD. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A text area that keeps what is typed to itself and saves it when focus leaves (or the part goes away, as when
 * meeting mode moves to the next item), so typing is not one write per key and nothing typed is lost.
 */
export function DraftText({
  label,
  value,
  onSave,
  rows = 4,
  className,
  placeholder,
}: {
  label: string;
  value: string;
  onSave(value: string): Promise<void>;
  rows?: number;
  className?: string;
  placeholder?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ draft, value, onSave });
  latest.current = { draft, value, onSave };
  const editing = useRef(false);
  /** The text last sent, so leaving the field and then the part (both at once, often) saves it once. */
  const sent = useRef<string | null>(value);

  // A change from elsewhere (an undo, the other view of the same item) shows unless the user is typing here.
  useEffect(() => {
    sent.current = value;
    if (!editing.current) setDraft(value);
  }, [value]);

  useEffect(
    () => () => {
      const { draft: d, value: v, onSave: save } = latest.current;
      if (d !== v && d !== sent.current) void save(d).catch(() => undefined);
    },
    [],
  );

  function commit(): void {
    editing.current = false;
    if (draft === value || draft === sent.current) return;
    sent.current = draft;
    onSave(draft).then(
      () => setError(null),
      (err: unknown) => {
        // Not saved: leaving the field again tries again.
        sent.current = null;
        setError(errorMessage(err));
      },
    );
  }

  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={draft}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onFocus={() => (editing.current = true)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Names typed as free text, one at a time, with the names used before as suggestions. */
export function AttendeesField({
  value,
  onChange,
  label: given,
}: {
  value: string[];
  onChange(next: string[]): void;
  label?: string;
}) {
  const { t } = useTranslation('review');
  const label = given ?? t('attendees.label');
  const id = useId();
  const people = useReviewStore((s) => s.people);
  const [name, setName] = useState('');
  const suggestions = people.filter((p) => !value.includes(p));

  function add(): void {
    const n = name.trim();
    if (!n) return;
    if (!value.includes(n)) onChange([...value, n]);
    setName('');
  }

  return (
    <div className="field attendees-field">
      <label htmlFor={id}>{label}</label>
      <div className="attendee-entry">
        <input
          id={id}
          list={`${id}-people`}
          value={name}
          maxLength={100}
          autoComplete="off"
          placeholder={t('attendees.placeholder')}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="small" onClick={add} disabled={!name.trim()}>
          {t('attendees.add')}
        </button>
        <datalist id={`${id}-people`}>
          {suggestions.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      </div>
      {value.length > 0 ? (
        <ul className="attendee-list" aria-label={t('attendees.added', { label })}>
          {value.map((a) => (
            <li key={a} className="chip attendee">
              <span>{a}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('attendees.remove', { name: a })}
                onClick={() => onChange(value.filter((x) => x !== a))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">{t('attendees.nobody')}</p>
      )}
    </div>
  );
}

/** What kind of line an agenda line is, in words. */
export const kindLabel = (kind: ReviewItem['kind']): string => translate(`review:kind.${kind}`);

const concernLabel = (type: ConcernType): string => translate(`review:concern.${type}`);

/** What an agenda line is about, as an action's concern ("kpi:12"); the scorecard when it is about nothing in it. */
export function concernOf(item: ReviewItem | null, tree: ScorecardTree): string {
  if (!item || item.entityId === null) return 'scorecard';
  const id = item.entityId;
  if ((item.kind === 'kpi' || item.kind === 'missing_data') && tree.kpis.some((k) => k.id === id)) return `kpi:${id}`;
  if (item.kind === 'objective' && tree.objectives.some((o) => o.id === id)) return `objective:${id}`;
  if (item.kind === 'initiative' && tree.initiatives.some((i) => i.id === id)) return `initiative:${id}`;
  return 'scorecard';
}

function parseConcern(value: string): { concernType: ConcernType; concernId: number | null } {
  const [type, id] = value.split(':');
  return { concernType: (type as ConcernType) ?? 'scorecard', concernId: id ? Number(id) : null };
}

export function concernText(a: Pick<ActionItem, 'concernType' | 'concernId'>, tree: ScorecardTree): string {
  const name =
    a.concernType === 'kpi'
      ? tree.kpis.find((k) => k.id === a.concernId)?.name
      : a.concernType === 'objective'
        ? tree.objectives.find((o) => o.id === a.concernId)?.title
        : a.concernType === 'initiative'
          ? tree.initiatives.find((i) => i.id === a.concernId)?.title
          : undefined;
  return a.concernType === 'scorecard'
    ? concernLabel('scorecard')
    : translate('review:concern.named', {
        kind: concernLabel(a.concernType),
        name: name ?? translate('review:concern.deleted'),
      });
}

function ConcernSelect({
  id,
  value,
  onChange,
  tree,
}: {
  id: string;
  value: string;
  onChange(v: string): void;
  tree: ScorecardTree;
}) {
  const { t } = useTranslation('review');
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="scorecard">{t('concern.scorecard')}</option>
      <optgroup label={t('concern.kpis')}>
        {tree.kpis.map((k) => (
          <option key={k.id} value={`kpi:${k.id}`}>
            {k.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('concern.objectives')}>
        {tree.objectives.map((o) => (
          <option key={o.id} value={`objective:${o.id}`}>
            {o.title}
          </option>
        ))}
      </optgroup>
      {tree.initiatives.length > 0 ? (
        <optgroup label={t('concern.initiatives')}>
          {tree.initiatives.map((i) => (
            <option key={i.id} value={`initiative:${i.id}`}>
              {i.title}
            </option>
          ))}
        </optgroup>
      ) : null}
    </select>
  );
}

/** A new action item, agreed at an agenda line: what it concerns starts as what the line is about. */
export function ActionForm({
  scorecardId,
  item,
  tree,
  onDone,
  autoFocus = false,
}: {
  scorecardId: number;
  item: ReviewItem;
  tree: ScorecardTree;
  onDone?(): void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('review');
  const id = useId();
  const people = useReviewStore((s) => s.people);
  const createAction = useReviewStore((s) => s.createAction);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [concern, setConcern] = useState(() => concernOf(item, tree));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocus) titleRef.current?.focus();
  }, [autoFocus]);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!title.trim()) {
      setError(t('actionForm.needsTitle'));
      titleRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await createAction({
        scorecardId,
        title: title.trim(),
        owner: owner.trim(),
        dueDate: due || null,
        ...parseConcern(concern),
        reviewItemId: item.id,
        createdOn: todayIso(),
      });
      setTitle('');
      setOwner('');
      setDue('');
      setError(null);
      onDone?.();
      titleRef.current?.focus();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="action-form" aria-label={t('actionForm.label')} onSubmit={(e) => void submit(e)}>
      <div className="field action-title">
        <label htmlFor={`${id}-title`}>{t('actionForm.action')}</label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          value={title}
          maxLength={200}
          autoComplete="off"
          placeholder={t('actionForm.placeholder')}
          aria-invalid={error && !title.trim() ? true : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('actionForm.owner')}</label>
        <input
          id={`${id}-owner`}
          list={`${id}-people`}
          value={owner}
          maxLength={200}
          autoComplete="off"
          onChange={(e) => setOwner(e.target.value)}
        />
        <datalist id={`${id}-people`}>
          {people.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>{t('actionForm.due')}</label>
        <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-concern`}>{t('actionForm.concerns')}</label>
        <ConcernSelect id={`${id}-concern`} value={concern} onChange={setConcern} tree={tree} />
      </div>
      <div className="action-form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {t('actionForm.add')}
        </button>
        {onDone ? (
          <button type="button" className="quiet" onClick={onDone}>
            {t('cancel', { ns: 'common' })}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="form-error action-form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** The action items of one agenda line (or of the whole review): title, owner, due date, status, concern. */
export function ActionList({ actions, tree, label }: { actions: ActionItem[]; tree: ScorecardTree; label: string }) {
  const { t } = useTranslation('review');
  const updateAction = useReviewStore((s) => s.updateAction);
  const deleteAction = useReviewStore((s) => s.deleteAction);
  const [error, setError] = useState<string | null>(null);
  const today = todayIso();
  if (actions.length === 0) return <p className="empty-note">{t('actions.none')}</p>;
  const attempt = (p: Promise<void>) =>
    p.then(
      () => setError(null),
      (err: unknown) => setError(errorMessage(err)),
    );
  return (
    <>
      <ul className="action-list" aria-label={label}>
        {actions.map((a) => (
          <li key={a.id} className={`action-row action-${a.status}`}>
            <div className="action-main">
              <span className="action-title-text">{a.title}</span>
              <span className="action-meta">
                <span>{a.owner || t('actions.noOwner')}</span>
                <span className={isOverdue(a, today) ? 'overdue' : undefined}>
                  {a.dueDate
                    ? t(isOverdue(a, today) ? 'actions.dueOverdue' : 'actions.due', { date: formatDay(a.dueDate) })
                    : t('actions.noDue')}
                </span>
                <span>{concernText(a, tree)}</span>
              </span>
            </div>
            <select
              aria-label={t('actions.statusOf', { title: a.title })}
              value={a.status}
              onChange={(e) => void attempt(updateAction({ id: a.id, status: e.target.value as ActionStatus }))}
            >
              {(['open', 'done', 'dropped'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`actions.${s}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="icon-button danger-quiet"
              aria-label={t('actions.deleteLabel', { title: a.title })}
              title={t('actions.delete')}
              onClick={() => void attempt(deleteAction(a.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
