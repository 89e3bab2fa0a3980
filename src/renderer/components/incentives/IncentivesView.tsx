/** Placeholder until issue 15's Incentives view lands. */
export function IncentivesView() {
  return (
    <section className="view" aria-label="Incentives">
      <p>Incentives</p>
    </section>
  );
}
