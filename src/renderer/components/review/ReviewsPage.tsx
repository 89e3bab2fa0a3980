/**
 * The Reviews view's content: the scorecard's review meetings, newest first, and "Start a review"; choosing one
 * opens the review editor (agenda, notes, decisions, action items) with its meeting mode.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/initiative-schedule';
import { periodLabel } from '../../../shared/periods';
import { ReviewEditor } from './ReviewEditor';
import { StartReviewDialog } from './StartReviewDialog';
import { TemplateEditor } from './TemplateEditor';
import { useDocumentStore } from '../../stores/document-store';
import { useReviewStore } from '../../stores/review-store';
import { useUiStore } from '../../stores/ui-store';
import '../../styles/reviews.css';

type Dialog = 'start' | 'templates' | null;

export function ReviewsPage() {
  const { t } = useTranslation('review');
  const tree = useDocumentStore((s) => s.tree);
  const reviews = useReviewStore((s) => s.reviews);
  const detail = useReviewStore((s) => s.detail);
  const loading = useReviewStore((s) => s.loading);
  const error = useReviewStore((s) => s.error);
  const { load, open, close } = useReviewStore.getState();
  const [dialog, setDialog] = useState<Dialog>(null);
  const scorecardId = tree?.scorecard.id ?? null;

  useEffect(() => {
    if (scorecardId !== null) void load(scorecardId);
  }, [scorecardId, load]);

  const show = (which: Dialog, opener: HTMLElement | null) => {
    if (opener) useUiStore.setState({ returnFocus: opener });
    setDialog(which);
  };

  if (!tree) return null;
  const fy = tree.scorecard.fiscalYearStartMonth;
  const dialogs = (
    <>
      {dialog === 'start' ? (
        <StartReviewDialog
          onClose={() => setDialog(null)}
          onStarted={() => setDialog(null)}
          onEditTemplates={() => setDialog('templates')}
        />
      ) : null}
      {dialog === 'templates' ? <TemplateEditor onClose={() => setDialog(null)} /> : null}
    </>
  );

  if (detail) {
    return (
      <>
        <ReviewEditor
          onBack={() => {
            close();
            requestAnimationFrame(() => document.querySelector<HTMLElement>('#reviews-title')?.focus());
          }}
        />
        {dialogs}
      </>
    );
  }

  return (
    <>
      <header className="view-header">
        <div>
          <h2 id="reviews-title" tabIndex={-1}>
            {t('reviews.title')}
          </h2>
          <p className="meta">
            <span>{t('reviews.count', { count: reviews.length, scorecard: tree.scorecard.name })}</span>
          </p>
        </div>
        <div className="view-header-buttons">
          <button type="button" className="quiet" onClick={(e) => show('templates', e.currentTarget)}>
            {t('reviews.templates')}
          </button>
          <button type="button" className="primary" onClick={(e) => show('start', e.currentTarget)}>
            {t('reviews.start')}
          </button>
        </div>
      </header>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {reviews.length === 0 ? (
        <div className="empty-card">
          <h3>{loading ? t('reviews.reading') : t('reviews.none')}</h3>
          <p>{t('reviews.emptyText')}</p>
        </div>
      ) : (
        <ul className="review-list" aria-label={t('reviews.listLabel')}>
          {reviews.map((r) => (
            <li key={r.id}>
              <button type="button" className="review-card" onClick={() => void open(r.id)}>
                <span className="review-card-title">{r.title}</span>
                <span className="review-card-meta">
                  <span>{formatDay(r.heldOn)}</span>
                  <span>{periodLabel(r.period, fy)}</span>
                  <span>{r.attendees.length === 0 ? t('reviews.noAttendees') : r.attendees.join(', ')}</span>
                  {r.rating !== null ? <span>{t('reviews.rated', { rating: r.rating })}</span> : null}
                </span>
                <span className={`chip review-status review-${r.status}`}>
                  {r.status === 'open' ? t('reviews.open') : t('reviews.concluded')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {dialogs}
    </>
  );
}
