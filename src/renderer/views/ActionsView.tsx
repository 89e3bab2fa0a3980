/** Actions: being built (issue 13). */
export function ActionsView() {
  return <section aria-label="Actions" />;
}
