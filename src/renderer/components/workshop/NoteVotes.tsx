/**
 * A note's or group's dots. While someone votes: their own dots on it, with + and − (nobody else's show until the
 * votes are revealed). Once revealed: the total from everyone. A refused dot says why beside the buttons.
 * The buttons are for the mouse: from the keyboard, + and − on the focused card do the same (use-board-keys.ts), so a
 * column stays one tab stop however many notes it holds.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api';
import type { WorkshopBoard } from '../../../shared/workshop';
import type { BoardItem } from '../../../shared/workshop-board';
import { useDocumentStore } from '../../stores/document-store';
import { useWorkshopStore } from '../../stores/workshop-store';
import { dots, quoted } from './voting-text';
import '../../styles/workshop-voting.css';

/** Dots drawn up to this many; more are counted in the number beside them. */
const DRAWN = 5;

export function NoteVotes({ board, item }: { board: WorkshopBoard; item: BoardItem }) {
  const { t } = useTranslation('review');
  const { workshop } = board;
  const note = item.note;
  const run = useDocumentStore((s) => s.run);
  const chosen = useWorkshopStore((s) => s.voterByWorkshop[workshop.id]);
  // A refusal belongs to the voter who met it: the next voter starts without it.
  const [error, setError] = useState<{ voter: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const voter = chosen !== undefined && workshop.participants.includes(chosen) ? chosen : undefined;
  const mine =
    voter === undefined ? 0 : (board.votes.find((v) => v.noteId === note.id && v.participant === voter)?.dots ?? 0);
  const total = board.votes.filter((v) => v.noteId === note.id).reduce((sum, v) => sum + v.dots, 0);
  // A group's heading is often one of its notes' text: the word "group" tells their buttons apart.
  const name = note.kind === 'group' ? t('voting.groupName', { note: quoted(note.text) }) : quoted(note.text);
  if (voter === undefined && !workshop.votesRevealed) return null;

  async function vote(delta: 1 | -1): Promise<void> {
    if (voter === undefined) return;
    setBusy(true);
    setError(null);
    try {
      await run('workshop.vote', { workshopId: workshop.id, participant: voter, noteId: note.id, delta });
    } catch (err) {
      setError({ voter, message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="note-votes">
      {voter !== undefined ? (
        <span className="note-votes-mine" role="group" aria-label={t('voting.mine', { voter, name })}>
          <button
            type="button"
            className="dot-button"
            aria-label={t('voting.takeBack', { name })}
            aria-keyshortcuts="-"
            tabIndex={-1}
            disabled={busy || mine === 0}
            onClick={() => void vote(-1)}
          >
            −
          </button>
          <span className="dot-row">
            {Array.from({ length: Math.min(mine, DRAWN) }, (_, i) => (
              <span key={i} className="dot" aria-hidden="true" />
            ))}
            <span className={mine > DRAWN ? 'dot-count' : 'visually-hidden'}>{dots(mine)}</span>
          </span>
          <button
            type="button"
            className="dot-button"
            aria-label={t('voting.addDot', { name })}
            aria-keyshortcuts="+"
            tabIndex={-1}
            disabled={busy}
            onClick={() => void vote(1)}
          >
            +
          </button>
        </span>
      ) : null}
      {workshop.votesRevealed ? (
        <span className={`vote-total ${total > 0 ? 'has-votes' : ''}`}>
          <span aria-hidden="true">● </span>
          {total}
          <span className="visually-hidden"> {t('voting.votes', { count: total })}</span>
        </span>
      ) : null}
      {error && error.voter === voter ? (
        <p className="vote-error" role="alert">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}
