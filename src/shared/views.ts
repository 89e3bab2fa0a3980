/**
 * The views of an open scorecard, in tab order, with their names: one list for the renderer's tabs and for the
 * Electron View menu, so the two cannot drift apart. Ctrl/Cmd+1…9 follow this order in both.
 */
export const VIEW_LIST = [
  { id: 'overview', label: 'Scorecard' },
  { id: 'grid', label: 'Enter data' },
  { id: 'map', label: 'Strategy map' },
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'initiatives', label: 'Initiatives' },
  { id: 'owners', label: 'Owners' },
  { id: 'report', label: 'Report' },
  { id: 'reviews', label: 'Reviews' },
  { id: 'actions', label: 'Actions' },
  { id: 'compare', label: 'Compare periods' },
  { id: 'alignment', label: 'Alignment' },
  { id: 'okrs', label: 'OKRs' },
  { id: 'incentives', label: 'Incentives' },
  { id: 'workshops', label: 'Workshops' },
  { id: 'strategy', label: 'Strategy check' },
] as const;

export type ViewId = (typeof VIEW_LIST)[number]['id'];

export function isViewId(value: unknown): value is ViewId {
  return VIEW_LIST.some((v) => v.id === value);
}

export function viewLabel(id: ViewId): string {
  return VIEW_LIST.find((v) => v.id === id)!.label;
}

/** The digit of the view's Ctrl/Cmd shortcut (1…9), or null past the ninth. */
export function viewShortcut(id: ViewId): number | null {
  const n = VIEW_LIST.findIndex((v) => v.id === id) + 1;
  return n >= 1 && n <= 9 ? n : null;
}
