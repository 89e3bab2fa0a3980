/** The Workshops view: the scorecard's workshops and the board of the one open (docs/workshops.md). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('review');
  const scorecardId = useDocumentStore((s) => s.tree?.scorecard.id);
  const openId = useWorkshopStore((s) => (scorecardId === undefined ? undefined : s.openByScorecard[scorecardId]));
  const { board, error } = useWorkshopBoard(openId);
  if (scorecardId === undefined) return null;
  const back = () => useWorkshopStore.getState().open(scorecardId, undefined);
  if (openId !== undefined) {
    if (board) return <WorkshopBoard board={board} onBack={back} />;
    return (
      <section aria-label={t('workshops.boardLabel')} className="workshops">
        {error ? (
          <>
            <p className="form-error" role="alert">
              {t('workshops.couldNotOpen', { error })}
            </p>
            <button type="button" onClick={back}>
              {t('workshops.all')}
            </button>
          </>
        ) : (
          <p className="meta">{t('workshops.opening')}</p>
        )}
      </section>
    );
  }
  return <WorkshopList scorecardId={scorecardId} />;
}

function WorkshopList({ scorecardId }: { scorecardId: number }) {
  const { t } = useTranslation('review');
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
      setError(t('workshops.couldNotDelete', { name: w.name, error: errorMessage(err) }));
    }
  }

  const workshops =
    list?.scorecardId === scorecardId
      ? [...list.workshops].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id)
      : null;
  return (
    <section aria-label={t('workshops.title')} className="view workshops" aria-busy={workshops === null}>
      <header className="view-header workshops-header">
        <div>
          <h2>{t('workshops.title')}</h2>
          <p className="meta">{t('workshops.intro')}</p>
        </div>
        <button type="button" className="primary" onClick={(e) => openDialog({ kind: 'workshop' }, e.currentTarget)}>
          {t('workshops.new')}
        </button>
      </header>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {workshops && workshops.length === 0 ? <p className="workshops-empty">{t('workshops.empty')}</p> : null}
      {workshops && workshops.length > 0 ? (
        <ul className="workshop-list" aria-label={t('workshops.listLabel')}>
          {workshops.map((w) => (
            <li key={w.id} className="workshop-row" aria-label={w.name}>
              <div className="workshop-row-text">
                <h3>{w.name}</h3>
                <p className="meta">
                  <time dateTime={w.date}>{formatDay(w.date)}</time> ·{' '}
                  {w.participants.length === 0 ? t('workshops.noParticipants') : w.participants.join(', ')}
                </p>
              </div>
              <div className="workshop-row-actions">
                <button
                  type="button"
                  className="primary small"
                  aria-label={t('workshops.openLabel', { name: w.name })}
                  onClick={() => useWorkshopStore.getState().open(scorecardId, w.id)}
                >
                  {t('workshops.open')}
                </button>
                <button
                  type="button"
                  className="small"
                  aria-label={t('workshops.editLabel', { name: w.name })}
                  onClick={(e) => openDialog({ kind: 'workshop', workshop: w }, e.currentTarget)}
                >
                  {t('workshops.edit')}
                </button>
                {confirmId === w.id ? (
                  <span
                    className="workshop-confirm"
                    role="group"
                    aria-label={t('workshops.deleteGroup', { name: w.name })}
                  >
                    {t('workshops.deleteQuestion')}
                    <button type="button" className="danger small" onClick={() => void remove(w)}>
                      {t('workshops.deleteWorkshop')}
                    </button>
                    <button type="button" className="small" onClick={() => setConfirmId(null)}>
                      {t('workshops.keep')}
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="danger-quiet small"
                    aria-label={t('workshops.deleteLabel', { name: w.name })}
                    onClick={() => setConfirmId(w.id)}
                  >
                    {t('workshops.delete')}
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
