/** Placeholder until issue 15's Alignment view lands. */
export function AlignmentView() {
  return (
    <section className="view" aria-label="Alignment">
      <p>Alignment</p>
    </section>
  );
}
