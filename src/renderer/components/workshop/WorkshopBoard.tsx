/**
 * A workshop's board: a column per perspective and the parking lot, typed into fast, rearranged by keyboard
 * (use-board-keys) and mouse (use-board-drag), voted on (VotingBar, NoteVotes) and promoted (PromotedBadge). Present
 * shows it full screen in large, high-contrast type for the projector, with the timer; Escape leaves.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/initiative-schedule';
import type { WorkshopBoard as Board, WorkshopNote } from '../../../shared/workshop';
import { boardColumns, voteTotals } from '../../../shared/workshop-board';
import { errorMessage } from '../../api';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import { useWorkshopStore } from '../../stores/workshop-store';
import { boardActions } from './board-actions';
import { columnKey, flatten } from './board-model';
import { BoardColumn } from './BoardColumn';
import type { CardEnv } from './NoteCard';
import { handleCardKey, type BoardKeyContext, type MoveState } from './use-board-keys';
import { useBoardDrag } from './use-board-drag';
import { VotingBar } from './VotingBar';
import { WorkshopTimer } from './WorkshopTimer';
import { useProjector } from './use-projector';

export function WorkshopBoard({ board, onBack }: { board: Board; onBack(): void }) {
  const { t } = useTranslation('review');
  const perspectives = useDocumentStore((s) => s.tree?.perspectives);
  const voter = useWorkshopStore((s) => s.voterByWorkshop[board.workshop.id]);
  const root = useRef<HTMLElement>(null);
  const entries = useRef<(HTMLTextAreaElement | null)[]>([]);
  /** A card to focus once the board read after `since` shows it (a move re-makes the card elsewhere). */
  const pendingFocus = useRef<{ id: number; since: Board } | null>(null);
  const addQueue = useRef<Promise<unknown>>(Promise.resolve());
  const [active, setActive] = useState<Record<string, number>>({});
  const [editingId, setEditing] = useState<number | null>(null);
  const [moving, setMoving] = useState<MoveState | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const { projector, present, leave } = useProjector(root);

  const revealed = board.workshop.votesRevealed;
  const columns = useMemo(() => boardColumns(perspectives ?? [], board, revealed), [perspectives, board, revealed]);
  const totals = useMemo(() => voteTotals(board.votes), [board.votes]);
  const announce = useCallback((text: string, error = false) => setStatus({ text, error }), []);
  const focusNote = useCallback((id: number) => {
    const el = root.current?.querySelector<HTMLElement>(`[data-note-id="${id}"]`);
    el?.focus();
  }, []);
  const actions = useMemo(
    () => boardActions(board, columns, { announce, focusLater: (id) => (pendingFocus.current = { id, since: board }) }),
    [board, columns, announce],
  );
  const drag = useBoardDrag(columns, actions);

  // A card that moved or was re-made by an edit takes the focus back once the board shows it.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || pending.since === board) return;
    pendingFocus.current = null;
    const el = root.current?.querySelector<HTMLElement>(`[data-note-id="${pending.id}"]`);
    // Not away from a field the user has gone on typing in meanwhile.
    const typing = document.activeElement?.matches('textarea, input') ?? false;
    if (el && document.activeElement !== el && !typing) el.focus();
  }, [board]);
  // A note deleted (or undone) under a move cancels it.
  useEffect(() => {
    if (moving && !board.notes.some((n) => n.id === moving.id)) setMoving(null);
  }, [board, moving]);

  const focusEntry = (col: number) => entries.current[col]?.focus();
  const ctx: BoardKeyContext = {
    columns,
    moving,
    setMoving,
    setEditing,
    voter,
    actions,
    announce: (m) => announce(m),
    focusNote,
    focusEntry,
    promote: (note, from) =>
      useUiStore
        .getState()
        .openDialog({ kind: 'workshopPromote', workshopId: board.workshop.id, noteId: note.id }, from),
    present: () => void present(),
  };
  const env: CardEnv = {
    board,
    totals,
    tabbableId: null,
    editingId,
    movingId: moving?.id ?? drag.dragging,
    dropOntoId: drag.dropOntoId,
    onKeyDown: (e, note) => handleCardKey(e, ctx, note),
    onFocusCard: (note) => {
      const at = columns.find((c) => flatten(c).some((x) => x.note.id === note.id));
      if (at) setActive((a) => (a[columnKey(at)] === note.id ? a : { ...a, [columnKey(at)]: note.id }));
    },
    onBlurCard: (note) => {
      if (moving?.id === note.id) {
        setMoving(null);
        announce(t('board.moveCancelled'));
      }
    },
    onEditDone: (note: WorkshopNote, text) => {
      setEditing(null);
      focusNote(note.id);
      if (text !== null) void actions.edit(note.id, text);
    },
    onDragStart: drag.onDragStart,
    onDragEnd: drag.onDragEnd,
  };

  function add(col: number, text: string): Promise<string | null> {
    // One after the other, so notes typed quickly keep the order they were typed in.
    const job = addQueue.current.then(async () => {
      try {
        await useDocumentStore.getState().run('workshop.addNote', {
          workshopId: board.workshop.id,
          perspectiveId: columns[col]!.perspectiveId,
          text,
        });
        announce(t('board.added', { text: text.split('\n')[0], column: columns[col]!.title }));
        return null;
      } catch (err) {
        return errorMessage(err);
      }
    });
    addQueue.current = job;
    return job;
  }

  function onRootKey(e: KeyboardEvent<HTMLElement>): void {
    if (e.defaultPrevented) return;
    if (e.key === 'F5') {
      e.preventDefault();
      void present();
    } else if (e.key === 'Escape' && projector) {
      e.preventDefault();
      leave();
    }
  }

  const { workshop } = board;
  const people = workshop.participants.length;
  return (
    <section
      ref={root}
      className="workshop-board"
      data-projector={projector ? 'on' : undefined}
      aria-label={t('board.label', { name: workshop.name })}
      tabIndex={-1}
      onKeyDown={onRootKey}
    >
      <header className="board-header">
        <button type="button" className="small board-back" onClick={onBack}>
          {t('workshops.all')}
        </button>
        <div className="board-title">
          <h2>{workshop.name}</h2>
          <p className="meta">
            <time dateTime={workshop.date}>{formatDay(workshop.date)}</time> ·{' '}
            {t('board.participants', { count: people })} · {t('board.dotsEach', { count: workshop.dotsPerParticipant })}
          </p>
          <p
            className={`board-status${status.error ? ' form-error' : ''}`}
            role="status"
            aria-live="polite"
            aria-label={t('board.activity')}
          >
            {status.text}
          </p>
        </div>
        <WorkshopTimer />
        <button
          type="button"
          className="small board-present"
          onClick={() => void present()}
          title={t('board.presentTitle')}
        >
          {t('board.present')}
        </button>
        {projector ? (
          <button type="button" className="small board-leave" onClick={leave}>
            {t('board.leave')}
          </button>
        ) : null}
      </header>
      <VotingBar board={board} />
      <div className="board-columns" style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` }}>
        {columns.map((column, col) => {
          const cards = flatten(column);
          const wanted = active[columnKey(column)];
          const tabbableId = cards.some((c) => c.note.id === wanted) ? wanted! : (cards[0]?.note.id ?? null);
          return (
            <BoardColumn
              key={columnKey(column)}
              column={column}
              col={col}
              env={{ ...env, tabbableId }}
              markerAt={moving && moving.col === col ? moving.index : drag.markerFor(col)}
              entryRef={(el) => {
                entries.current[col] = el;
              }}
              add={(text) => add(col, text)}
              leaveEntry={() => (tabbableId !== null ? focusNote(tabbableId) : root.current?.focus())}
              focusNote={focusNote}
              onDragOver={drag.onDragOver}
              onDrop={drag.onDrop}
            />
          );
        })}
      </div>
      <p className="board-help">{t('board.help')}</p>
    </section>
  );
}
