/** One column of the board: its heading, its notes and groups (a drop target for the mouse), and its entry field. */
import { Fragment, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardColumn as Column } from '../../../shared/workshop-board';
import { ColumnEntry } from './ColumnEntry';
import { GroupCard } from './GroupCard';
import { NoteCard, type CardEnv } from './NoteCard';

interface Props {
  column: Column;
  col: number;
  env: CardEnv;
  /** Where a note being moved (by keys or mouse) would land, among the items other than itself. */
  markerAt: number | null;
  entryRef(el: HTMLTextAreaElement | null): void;
  add(text: string): Promise<string | null>;
  leaveEntry(): void;
  /** Focus a note's card. */
  focusNote(id: number): void;
  onDragOver(e: DragEvent<HTMLElement>, col: number): void;
  onDrop(e: DragEvent<HTMLElement>, col: number): void;
}

export function BoardColumn({
  column,
  col,
  env,
  markerAt,
  entryRef,
  add,
  leaveEntry,
  focusNote,
  onDragOver,
  onDrop,
}: Props) {
  const { t } = useTranslation('review');
  const headingId = `workshop-col-${col}`;
  const others = column.items.filter((i) => i.note.id !== env.movingId);
  const marker = <li className="drop-marker" aria-hidden="true" />;
  const noteCount = column.items.reduce((n, i) => n + (i.note.kind === 'group' ? i.members.length : 1), 0);
  return (
    <section
      className={`board-column${column.perspectiveId === null ? ' parking-lot' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="board-column-title">
        {column.title}
        <span className="board-column-count">
          <span className="visually-hidden">, </span>
          {noteCount}
          <span className="visually-hidden"> {t('board.notes', { count: noteCount })}</span>
        </span>
      </h3>
      <ul
        className="board-notes"
        aria-label={t('board.notesIn', { title: column.title })}
        onDragOver={(e) => onDragOver(e, col)}
        onDrop={(e) => onDrop(e, col)}
      >
        {column.items.map((item) => {
          const at = others.indexOf(item);
          return (
            <Fragment key={item.note.id}>
              {markerAt !== null && at === markerAt ? marker : null}
              {item.note.kind === 'group' ? (
                <GroupCard item={item} env={env} />
              ) : (
                <NoteCard note={item.note} env={env} />
              )}
            </Fragment>
          );
        })}
        {markerAt !== null && markerAt >= others.length ? marker : null}
      </ul>
      <ColumnEntry
        ref={entryRef}
        id={`workshop-entry-${col}`}
        title={column.title}
        add={add}
        leave={leaveEntry}
        up={() => {
          const last = column.items[column.items.length - 1];
          const id = last ? (last.members[last.members.length - 1] ?? last.note).id : null;
          if (id !== null) focusNote(id);
        }}
      />
    </section>
  );
}
