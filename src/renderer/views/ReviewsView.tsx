/**
 * Reviews (issue 13): the scorecard's review meetings, the review editor and meeting mode. Their code loads when
 * the view is first shown, so the first screen does not wait for it; the region is there at once.
 */
import { lazyPart, PartLoading } from '../lazy-part';

export const ReviewsPage = lazyPart(
  () => import('../components/review/ReviewsPage').then((m) => m.ReviewsPage),
  () => <PartLoading label="Loading the reviews…" />,
);

export function ReviewsView() {
  return (
    <section className="reviews-view" aria-label="Reviews">
      <ReviewsPage.Component />
    </section>
  );
}
