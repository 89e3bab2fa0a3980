/** Where a note went: "→ Objective “…”" or "→ KPI “…”", opening it; or the Promote… button (owned by the voting part). */
import type { WorkshopNote } from '../../../shared/workshop';

export function PromotedBadge({ note }: { note: WorkshopNote }) {
  void note;
  return null;
}
