/** Placeholder: see /work/wt/ISSUE17-PLAN.md. */
export function CauseEffectPanel({ scorecardId }: { scorecardId: number }) {
  return <p className="meta">Scorecard {scorecardId}</p>;
}
