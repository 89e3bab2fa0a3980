/** Placeholder until issue 15's OKRs view lands. */
export function OkrView() {
  return (
    <section className="view" aria-label="OKRs">
      <p>OKRs</p>
    </section>
  );
}
