/**
 * A cell's note, in a small non-modal panel beside the cell. As a prompt (a value just turned the KPI red) it
 * opens without taking focus, so typing in the grid goes on undisturbed; Shift+F2 moves into it.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export interface NoteTarget {
  kpiId: number;
  period: string;
  /** Row and column in the grid, to anchor the panel and to return focus to. */
  r: number;
  c: number;
  prompt: boolean;
  /** Below the cell (the cursor moved on to the right) rather than beside it. */
  below: boolean;
  /** Bumped to move focus into the panel (Shift+F2 while a prompt shows). */
  focusNonce: number;
}

interface Props {
  target: NoteTarget;
  /** "Total revenue, Q3 2026". */
  cellName: string;
  kpiName: string;
  periodLabel: string;
  note: string;
  /** The cell's top and bottom, and the panel's left, in the scroller's content coordinates. */
  cellTop: number;
  cellBottom: number;
  left: number;
  scroller: RefObject<HTMLDivElement | null>;
  /** Height of the sticky column headers, which cover the top of the scroller. */
  headerHeight: number;
  onSave(note: string): Promise<void>;
  onClose(): void;
}

export function NotePopover(props: Props) {
  const { target, cellName, kpiName, periodLabel, note, left, onSave, onClose } = props;
  const { t } = useTranslation('grid');
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(target.below ? props.cellBottom + 4 : props.cellTop);

  // Keep the whole panel inside the grid's visible area: beside the cell it slides up, below it flips above.
  useLayoutEffect(() => {
    const el = panel.current;
    const view = props.scroller.current;
    if (!el || !view) return;
    const h = el.offsetHeight;
    const viewTop = view.scrollTop + props.headerHeight;
    const viewBottom = view.scrollTop + view.clientHeight;
    let next = target.below ? props.cellBottom + 4 : props.cellTop;
    if (next + h > viewBottom) next = target.below ? props.cellTop - h - 4 : viewBottom - h - 4;
    setTop(Math.max(viewTop + 4, next));
  }, [props.cellTop, props.cellBottom, props.scroller, props.headerHeight, target.below]);
  const [text, setText] = useState(note);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!target.prompt || target.focusNonce > 0) box.current?.focus();
  }, [target.prompt, target.focusNonce]);

  async function save(body: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await onSave(body.trim());
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save(text);
    }
  }

  return (
    <div
      className={target.prompt ? 'note-popover is-prompt' : 'note-popover'}
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      aria-describedby={target.prompt ? `${id}-why` : undefined}
      ref={panel}
      style={{ top, left }}
      onKeyDown={onKeyDown}
    >
      <p className="note-popover-title" id={`${id}-title`}>
        {target.prompt ? t('note.promptTitle', { kpi: kpiName }) : t('note.title', { cell: cellName })}
      </p>
      {target.prompt ? (
        <p className="note-popover-why" id={`${id}-why`}>
          <span className="status-icon-inline" aria-hidden="true">
            ✕
          </span>{' '}
          {t('note.why', { kpi: kpiName, period: periodLabel })}{' '}
          <span className="note-popover-keys">{t('note.keys')}</span>
        </p>
      ) : null}
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {t('note.label', { cell: cellName })}
      </label>
      <textarea
        id={`${id}-text`}
        ref={box}
        rows={3}
        value={text}
        placeholder={t('note.placeholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <div className="note-popover-actions">
        <button
          type="button"
          className="small primary"
          disabled={busy || text.trim() === ''}
          onClick={() => void save(text)}
        >
          {t('note.save')}
        </button>
        {note ? (
          <button type="button" className="small danger-quiet" disabled={busy} onClick={() => void save('')}>
            {t('note.remove')}
          </button>
        ) : null}
        <button type="button" className="small quiet" onClick={onClose}>
          {target.prompt ? t('note.notNow') : t('note.cancel')}
        </button>
      </div>
    </div>
  );
}
