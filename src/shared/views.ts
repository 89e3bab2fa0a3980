/**
 * The views of an open scorecard, in tab order, with their names: one list for the renderer's tabs and for the
 * Electron View menu, so the two cannot drift apart. Ctrl/Cmd+1…9 follow this order in both.
 */
import { t } from './i18n';

/** A view's name is read when shown, so it follows a change of language. */
function view<const Id extends string>(id: Id): { readonly id: Id; readonly label: string } {
  return {
    id,
    get label() {
      return t(`panels:views.${id as ViewId}`);
    },
  };
}

export const VIEW_LIST = [
  view('overview'),
  view('grid'),
  view('map'),
  view('dashboard'),
  view('initiatives'),
  view('owners'),
  view('report'),
  view('reviews'),
  view('actions'),
  view('compare'),
  view('alignment'),
  view('okrs'),
  view('incentives'),
  view('workshops'),
  view('strategy'),
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
