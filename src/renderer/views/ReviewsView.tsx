/**
 * Reviews (issue 13): the scorecard's review meetings, the review editor and meeting mode. Their code loads when
 * the view is first shown, so the first screen does not wait for it; the region is there at once.
 */
import { useTranslation } from 'react-i18next';
import { t } from '../../shared/i18n';
import { lazyPart, PartLoading } from '../lazy-part';

export const ReviewsPage = lazyPart(
  () => import('../components/review/ReviewsPage').then((m) => m.ReviewsPage),
  () => <PartLoading label={t('panels:loading.reviews')} />,
);

export function ReviewsView() {
  const { t: tr } = useTranslation('panels');
  return (
    <section className="reviews-view" aria-label={tr('reviewsView.label')}>
      <ReviewsPage.Component />
    </section>
  );
}
