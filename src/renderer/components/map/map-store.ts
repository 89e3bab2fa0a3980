/** What the strategy map shows besides the document: selection, theme focus, link mode, zoom, menus, presenter. */
import { create } from 'zustand';

export type MapTarget =
  { kind: 'box'; id: number } | { kind: 'link'; id: number } | { kind: 'lane'; id: number } | { kind: 'background' };

export interface Viewport {
  /** Scale, and where the map's origin sits in the canvas, px. */
  k: number;
  x: number;
  y: number;
}

export interface PendingAdd {
  perspectiveId: number;
  mapX: number;
  mapY: number;
  /** Where the input goes, in map units (the slot's top-left corner). */
  x: number;
  y: number;
}

interface MapState {
  selected: MapTarget | null;
  /** The theme whose objectives and links stand out; the rest fades. */
  themeId: number | null;
  /** The objective a new link starts from while the user picks its target by keyboard or menu. */
  linkFrom: number | null;
  viewport: Viewport;
  /** The view was fitted to the window and follows its size until the user zooms or pans. */
  fitted: boolean;
  menu: { target: MapTarget; clientX: number; clientY: number } | null;
  adding: PendingAdd | null;
  hintsOpen: boolean;
  presenting: boolean;
  /** Objectives of other scorecards that contribute, drawn under the objectives they support; kept for the session. */
  showContributions: boolean;
  /** The strategy check drawn over the links (their style by verdict); kept while the app runs. */
  showCheck: boolean;
  select(target: MapTarget | null): void;
  setTheme(themeId: number | null): void;
  setLinkFrom(id: number | null): void;
  setViewport(viewport: Viewport, fitted?: boolean): void;
  openMenu(target: MapTarget, clientX: number, clientY: number): void;
  closeMenu(): void;
  setAdding(adding: PendingAdd | null): void;
  toggleHints(): void;
  setPresenting(presenting: boolean): void;
  toggleContributions(): void;
  toggleCheck(): void;
}

const CONTRIBUTIONS_KEY = 'quadrant.map.contributions';

function recallContributions(): boolean {
  try {
    return window.sessionStorage.getItem(CONTRIBUTIONS_KEY) === 'on';
  } catch {
    return false;
  }
}

export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 3;

export const useMapStore = create<MapState>()((set) => ({
  selected: null,
  themeId: null,
  linkFrom: null,
  viewport: { k: 1, x: 0, y: 0 },
  fitted: true,
  menu: null,
  adding: null,
  hintsOpen: false,
  presenting: false,
  showContributions: recallContributions(),
  showCheck: false,
  select: (selected) => set({ selected }),
  setTheme: (themeId) => set({ themeId }),
  setLinkFrom: (linkFrom) => set({ linkFrom }),
  setViewport: (viewport, fitted = false) =>
    set((s) => {
      const same =
        s.fitted === fitted &&
        s.viewport.k === viewport.k &&
        s.viewport.x === viewport.x &&
        s.viewport.y === viewport.y;
      return same ? s : { viewport, fitted };
    }),
  openMenu: (target, clientX, clientY) => set({ menu: { target, clientX, clientY } }),
  closeMenu: () => set({ menu: null }),
  setAdding: (adding) => set({ adding }),
  toggleHints: () => set((s) => ({ hintsOpen: !s.hintsOpen })),
  setPresenting: (presenting) => set({ presenting }),
  toggleContributions: () =>
    set((s) => {
      try {
        window.sessionStorage.setItem(CONTRIBUTIONS_KEY, s.showContributions ? 'off' : 'on');
      } catch {
        // Without session storage the choice lasts until the page reloads.
      }
      return { showContributions: !s.showContributions };
    }),
  toggleCheck: () => set((s) => ({ showCheck: !s.showCheck })),
}));

/** Zoom by `factor` keeping the canvas point (cx, cy) still. */
export function zoomAround(v: Viewport, factor: number, cx: number, cy: number): Viewport {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.k * factor));
  const f = k / v.k;
  return { k, x: cx - (cx - v.x) * f, y: cy - (cy - v.y) * f };
}

/** The whole map centred in a canvas of width × height, at most `max` times (a small map must not look inflated). */
export function fitViewport(
  mapWidth: number,
  mapHeight: number,
  width: number,
  height: number,
  pad = 16,
  max = 1.6,
): Viewport {
  const k = Math.max(
    MIN_ZOOM,
    Math.min(max, (width - 2 * pad) / Math.max(1, mapWidth), (height - 2 * pad) / Math.max(1, mapHeight)),
  );
  return { k, x: (width - mapWidth * k) / 2, y: (height - mapHeight * k) / 2 };
}
