/**
 * Dot voting above the board. The participants take the laptop in turn: whoever is voting sees only their own dots
 * (the others' stay hidden until the facilitator reveals them, which also sorts each column by votes).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api';
import type { WorkshopBoard } from '../../../shared/workshop';
import { dotsOf } from '../../../shared/workshop-board';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import { useWorkshopStore } from '../../stores/workshop-store';
import { Modal } from '../Modal';
import { dots } from './voting-text';
import '../../styles/workshop-voting.css';

export function VotingBar({ board }: { board: WorkshopBoard }) {
  const { t } = useTranslation('review');
  const { workshop } = board;
  const run = useDocumentStore((s) => s.run);
  const openDialog = useUiStore((s) => s.openDialog);
  const chosen = useWorkshopStore((s) => s.voterByWorkshop[workshop.id]);
  const setVoter = useWorkshopStore((s) => s.setVoter);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const people = workshop.participants;
  // A participant renamed or removed since they were chosen is nobody now.
  const voter = chosen !== undefined && people.includes(chosen) ? chosen : undefined;
  const placed = board.votes.reduce((sum, v) => sum + v.dots, 0);
  const per = workshop.dotsPerParticipant;
  const state = people.map((name) => ({ name, ...dotsOf(board, name) }));
  const done = state.filter((p) => p.left === 0).length;

  async function write(action: () => Promise<unknown>): Promise<boolean> {
    setError(null);
    setBusy(true);
    try {
      await action();
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    } finally {
      setBusy(false);
    }
  }

  function confirmClear(e: React.MouseEvent<HTMLButtonElement>): void {
    // The confirmation gives focus back to this button when it closes.
    useUiStore.setState({ returnFocus: e.currentTarget });
    setConfirming(true);
  }

  const choose = (name: string | undefined) => (setError(null), setVoter(workshop.id, name));
  const next = voter !== undefined ? people[people.indexOf(voter) + 1] : undefined;
  const firstToVote = state.find((p) => p.left > 0)?.name ?? people[0];
  const primary =
    voter === undefined
      ? { label: t('voting.start'), to: firstToVote }
      : next !== undefined
        ? { label: t('voting.next'), to: next }
        : { label: t('voting.done'), to: undefined };

  let status: string;
  if (people.length === 0) status = t('voting.noPeople');
  else if (voter !== undefined) {
    const { left } = dotsOf(board, voter);
    status = t('voting.voting', { voter, left, dots: dots(per) });
  } else if (workshop.votesRevealed) status = t('voting.revealed', { dots: dots(placed) });
  else status = t('voting.progress', { done, people: people.length });

  return (
    <section className="voting-bar" aria-label={t('voting.label')}>
      {/* Polite and atomic, not a second role="status": the board's own status line says what the keys did. */}
      <p className="voting-status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
      {people.length === 0 ? (
        <button type="button" onClick={(e) => openDialog({ kind: 'workshop', workshop }, e.currentTarget)}>
          {t('voting.addParticipants')}
        </button>
      ) : (
        <>
          <ul className="voting-people" aria-label={t('voting.participants')}>
            {state.map((p) => (
              <li key={p.name}>
                <button
                  type="button"
                  className={`voting-person ${p.left === 0 ? 'voted' : p.used > 0 ? 'voting-partly' : ''}`}
                  aria-pressed={voter === p.name}
                  onClick={() => choose(voter === p.name ? undefined : p.name)}
                >
                  <span className="voting-name">{p.name}</span>
                  <span className="voting-count" aria-hidden="true">
                    {p.left === 0 ? '✓ ' : ''}
                    {p.used}/{per}
                  </span>
                  <span className="visually-hidden">{t('voting.placed', { used: p.used, dots: dots(per) })}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="voting-actions">
            {/* One button that changes its word (Start voting, Next participant, Done for the last one), so the
                focus stays on it as the turns go round. */}
            <button key="turn" type="button" className="primary" onClick={() => choose(primary.to)}>
              {primary.label}
            </button>
            {voter !== undefined && next !== undefined ? (
              <button key="done" type="button" onClick={() => choose(undefined)}>
                {t('voting.done')}
              </button>
            ) : null}
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void write(() => run('workshop.update', { id: workshop.id, votesRevealed: !workshop.votesRevealed }))
              }
            >
              {workshop.votesRevealed ? t('voting.hide') : t('voting.reveal')}
            </button>
            <button type="button" className="danger-quiet" disabled={placed === 0} onClick={confirmClear}>
              {t('voting.clear')}
            </button>
          </div>
        </>
      )}
      {error ? (
        <p className="voting-error" role="alert">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      ) : null}
      {confirming ? (
        <Modal title={t('voting.clearTitle')} onClose={() => setConfirming(false)} size="small">
          <div className="dialog-body">
            <p>{t('voting.clearText', { dots: dots(placed), name: workshop.name })}</p>
          </div>
          <div className="dialog-footer">
            <span className="spacer" />
            <button type="button" data-autofocus onClick={() => setConfirming(false)}>
              {t('voting.keep')}
            </button>
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() =>
                void write(() => run('workshop.clearVotes', { workshopId: workshop.id })).then(() =>
                  setConfirming(false),
                )
              }
            >
              {t('voting.clearConfirm')}
            </button>
          </div>
        </Modal>
      ) : null}
    </section>
  );
}
