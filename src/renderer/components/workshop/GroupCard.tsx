/** A group of notes under a heading: itself a card (move it, vote on it, promote it), its members below. */
import { useTranslation } from 'react-i18next';
import type { BoardItem } from '../../../shared/workshop-board';
import { cardClass, cardProps, NoteCard, type CardEnv } from './NoteCard';
import { NoteEditor } from './NoteEditor';
import { NoteVotes } from './NoteVotes';
import { PromotedBadge } from './PromotedBadge';

export function GroupCard({ item, env }: { item: BoardItem; env: CardEnv }) {
  const { t } = useTranslation('review');
  const { note, members } = item;
  const count = t('board.groupNotes', { count: members.length });
  return (
    <li
      className={cardClass('group-card', note, env)}
      aria-label={t('board.groupLabel', { heading: note.text, notes: count })}
      {...cardProps(note, env)}
    >
      <div className="group-head">
        {env.editingId === note.id ? (
          <NoteEditor text={note.text} label={t('board.editHeading')} onDone={(text) => env.onEditDone(note, text)} />
        ) : (
          <p className="group-heading">{note.text}</p>
        )}
        <span className="group-count">{count}</span>
      </div>
      <div className="note-foot">
        <NoteVotes board={env.board} item={item} />
        <PromotedBadge note={note} />
      </div>
      {members.length > 0 ? (
        <ul className="group-members" aria-label={t('board.groupMembers', { heading: note.text })}>
          {members.map((m) => (
            <NoteCard key={m.id} note={m} env={env} />
          ))}
        </ul>
      ) : (
        <p className="group-empty">{t('board.groupEmpty')}</p>
      )}
    </li>
  );
}
