/** The Workshops view: the scorecard's workshops and the board of the one open (docs/workshops.md). */
import { useEffect, useState } from 'react';
import { formatDay } from '../../../shared/initiative-schedule';
import type { Workshop } from '../../../shared/workshop';
import { call, errorMessage } from '../../api';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import { useWorkshopBoard, useWorkshopStore } from '../../stores/workshop-store';
import { WorkshopBoard } from './WorkshopBoard';
import '../../styles/workshop.css';
import '../../styles/workshop-projector.css';

export function WorkshopView() {
  const scorecardId = useDocumentStore((s) => s.tree?.scorecard.id);
  const openId = useWorkshopStore((s) => (scorecardId === undefined ? undefined : s.openByScorecard[scorecardId]));
  const { board, error } = useWorkshopBoard(openId);
  if (scorecardId === undefined) return null;
  const back = () => useWorkshopStore.getState().open(scorecardId, undefined);
  if (openId !== undefined) {
    if (board) return <WorkshopBoard board={board} onBack={back} />;
    return (
      <section aria-label="Workshop board" className="workshops">
        {error ? (
          <>
            <p className="form-error" role="alert">
              Could not open the workshop: {error}
            </p>
            <button type="button" onClick={back}>
              ← All workshops
            </button>
          </>
        ) : (
          <p className="meta">Opening the workshop…</p>
        )}
      </section>
    );
  }
  return <WorkshopList scorecardId={scorecardId} />;
}

function WorkshopList({ scorecardId }: { scorecardId: number }) {
  const revision = useDocumentStore((s) => s.revision?.revision);
  const [list, setList] = useState<{ scorecardId: number; workshops: Workshop[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmId, setConfirmId] = useState<number | null>(null);
  const openDialog = useUiStore((s) => s.openDialog);

  useEffect(() => {
    let live = true;
    call('workshop.list', { scorecardId })
      .then((workshops) => {
        if (!live) return;
        setList({ scorecardId, workshops });
        setError(null);
      })
      .catch((err: unknown) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [scorecardId, revision]);

  async function remove(w: Workshop): Promise<void> {
    setConfirmId(null);
    try {
      await useDocumentStore.getState().run('workshop.delete', { id: w.id });
    } catch (err) {
      setError(`Could not delete “${w.name}”: ${errorMessage(err)}`);
    }
  }

  const workshops =
    list?.scorecardId === scorecardId
      ? [...list.workshops].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id)
      : null;
  return (
    <section aria-label="Workshops" className="view workshops" aria-busy={workshops === null}>
      <header className="view-header workshops-header">
        <div>
          <h2>Workshops</h2>
          <p className="meta">Brainstorm per perspective with the team, vote, and turn the winners into objectives.</p>
        </div>
        <button type="button" className="primary" onClick={(e) => openDialog({ kind: 'workshop' }, e.currentTarget)}>
          New workshop…
        </button>
      </header>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {workshops && workshops.length === 0 ? (
        <p className="workshops-empty">No workshops yet. Start one for the next session with the team.</p>
      ) : null}
      {workshops && workshops.length > 0 ? (
        <ul className="workshop-list" aria-label="Workshops of this scorecard">
          {workshops.map((w) => (
            <li key={w.id} className="workshop-row" aria-label={w.name}>
              <div className="workshop-row-text">
                <h3>{w.name}</h3>
                <p className="meta">
                  <time dateTime={w.date}>{formatDay(w.date)}</time> ·{' '}
                  {w.participants.length === 0 ? 'no participants yet' : w.participants.join(', ')}
                </p>
              </div>
              <div className="workshop-row-actions">
                <button
                  type="button"
                  className="primary small"
                  aria-label={`Open ${w.name}`}
                  onClick={() => useWorkshopStore.getState().open(scorecardId, w.id)}
                >
                  Open
                </button>
                <button
                  type="button"
                  className="small"
                  aria-label={`Edit ${w.name}…`}
                  onClick={(e) => openDialog({ kind: 'workshop', workshop: w }, e.currentTarget)}
                >
                  Edit…
                </button>
                {confirmId === w.id ? (
                  <span className="workshop-confirm" role="group" aria-label={`Delete ${w.name}?`}>
                    Delete it with its notes and votes?
                    <button type="button" className="danger small" onClick={() => void remove(w)}>
                      Delete workshop
                    </button>
                    <button type="button" className="small" onClick={() => setConfirmId(null)}>
                      Keep it
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="danger-quiet small"
                    aria-label={`Delete ${w.name}…`}
                    onClick={() => setConfirmId(w.id)}
                  >
                    Delete…
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
