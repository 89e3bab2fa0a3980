/** Reviews: being built (issue 13). */
export function ReviewsView() {
  return <section aria-label="Reviews" />;
}
