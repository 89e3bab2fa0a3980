/** Period comparison: being built (issue 13). */
export function CompareView() {
  return <section aria-label="Period comparison" />;
}
