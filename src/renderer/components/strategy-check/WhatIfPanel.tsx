/** Placeholder: see /work/wt/ISSUE17-PLAN.md. */
export function WhatIfPanel({ scorecardId }: { scorecardId: number }) {
  return <p className="meta">Scorecard {scorecardId}</p>;
}
