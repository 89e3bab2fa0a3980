/** Placeholder: see /work/wt/ISSUE17-PLAN.md. */
export function SensitivityPanel({ scorecardId }: { scorecardId: number }) {
  return <p className="meta">Scorecard {scorecardId}</p>;
}
