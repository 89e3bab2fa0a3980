/**
 * Projector mode: the board alone, full screen, large and high-contrast. Full screen can be refused (a kiosk, a
 * test browser): the board then fills the window instead. Leaving full screen by the browser's own Escape leaves
 * projector mode too, as the map's presenter mode does.
 */
import { useCallback, useEffect, type RefObject } from 'react';
import { useWorkshopStore } from '../../stores/workshop-store';

/** Chromium's Keyboard Lock (not in every DOM typing): in full screen it hands a short Escape to the page. */
const keyboard = (navigator as Navigator & { keyboard?: { lock?(keys: string[]): Promise<void>; unlock?(): void } })
  .keyboard;

export function useProjector(root: RefObject<HTMLElement | null>) {
  const projector = useWorkshopStore((s) => s.projector);
  const leave = useCallback(() => {
    useWorkshopStore.getState().setProjector(false);
    keyboard?.unlock?.();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);
  const present = useCallback(async () => {
    useWorkshopStore.getState().setProjector(true);
    const el = root.current;
    // The keys go on working on the board: keep the focus in it. The Present button, which projector mode hides,
    // may be what had it: a hidden button's focus falls to the body, where Escape would reach nothing of ours.
    const active = document.activeElement;
    if (el && (!el.contains(active) || (active instanceof HTMLElement && active.matches('.board-present')))) el.focus();
    try {
      await el?.requestFullscreen();
      // Escape then cancels a move or an edit on the board instead of ending full screen under it; holding it
      // down still leaves, and a short Escape on the board leaves projector mode (onRootKey).
      await keyboard?.lock?.(['Escape']).catch(() => undefined);
    } catch {
      // Refused: the board fills the window (position: fixed) instead.
    }
  }, [root]);
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && useWorkshopStore.getState().projector)
        useWorkshopStore.getState().setProjector(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  // Leaving the view (or the board) ends projector mode.
  useEffect(() => () => leave(), [leave]);
  return { projector, present, leave };
}
