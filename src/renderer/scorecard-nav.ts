/**
 * Going from scorecard to scorecard: the switcher's open state, and the steps the keyboard, the native View menu and
 * the browser's menu bar share. Ctrl/Cmd+Shift+O opens the switcher ("Go to Scorecard…"); Ctrl/Cmd+Alt+Up and Down
 * step to the previous and next scorecard in the switcher's order, Ctrl/Cmd+Alt+Left to the parent, as Up, Down and
 * Left move in a tree.
 */
import { create } from 'zustand';
import { scorecardStep, type ScorecardStep } from '../shared/scorecard-hierarchy';
import { useDocumentStore } from './stores/document-store';
import { useUiStore } from './stores/ui-store';

interface SwitcherState {
  open: boolean;
  setOpen(open: boolean): void;
}

export const useScorecardSwitcher = create<SwitcherState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

/** Opens the switcher, when there is a document with more than one scorecard to go to. */
export function openScorecardSwitcher(): void {
  const { tree, scorecards } = useDocumentStore.getState();
  if (!tree || scorecards.length < 2 || useUiStore.getState().dialog) return;
  useScorecardSwitcher.getState().setOpen(true);
}

export function stepScorecard(step: ScorecardStep): void {
  const { tree, scorecards, selectScorecard } = useDocumentStore.getState();
  if (!tree || useUiStore.getState().dialog) return;
  const to = scorecardStep(scorecards, tree.scorecard.id, step);
  if (to !== null) void selectScorecard(to);
}

const STEP_KEYS: Record<string, ScorecardStep> = { ArrowUp: 'previous', ArrowDown: 'next', ArrowLeft: 'parent' };

export const isMacPlatform = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const SWITCHER_SHORTCUT = {
  // i18n-ignore: key names as printed on keyboards
  shown: isMacPlatform ? '⇧⌘O' : 'Ctrl+Shift+O',
  aria: `${isMacPlatform ? 'Meta' : 'Control'}+Shift+O`,
};
export const stepShortcut = (arrow: 'Up' | 'Down' | 'Left') => ({
  // i18n-ignore: key names as printed on keyboards
  shown: isMacPlatform ? `⌥⌘${{ Up: '↑', Down: '↓', Left: '←' }[arrow]}` : `Ctrl+Alt+${arrow}`,
  aria: `${isMacPlatform ? 'Meta' : 'Control'}+Alt+Arrow${arrow}`,
});

/**
 * The shortcuts, for browser mode and Electron alike; handling the key here (default prevented) keeps Electron from
 * running the same menu accelerator a second time.
 */
export function installScorecardKeys(): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.isComposing || !(e.ctrlKey || e.metaKey)) return;
    if (e.shiftKey && !e.altKey && e.key.toLowerCase() === 'o') {
      e.preventDefault();
      openScorecardSwitcher();
    } else if (e.altKey && !e.shiftKey && STEP_KEYS[e.key]) {
      e.preventDefault();
      stepScorecard(STEP_KEYS[e.key]!);
    }
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
