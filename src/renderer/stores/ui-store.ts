/** What is on screen besides the document: the open dialog and the colour theme. */
import type { Workshop } from '../../shared/workshop';
import { create } from 'zustand';
import type {
  CauseLink,
  Initiative,
  Kpi,
  NoteEntityType,
  Objective,
  Perspective,
  Scorecard,
  Theme,
} from '../../shared/domain';
import type { ActionItem, ConcernType } from '../../shared/review';
import type { LibraryKpi } from '../../shared/templates';
import type { CheckIn, KeyResult } from '../../shared/okr';
import { findView, type ViewId } from '../views/registry';

export type FileAction = 'new' | 'open' | 'saveAs';

export type DialogSpec =
  | { kind: 'file'; action: FileAction }
  | { kind: 'scorecard'; scorecard?: Scorecard }
  | { kind: 'perspective'; perspective?: Perspective }
  | { kind: 'objective'; objective?: Objective; perspectiveId: number }
  | { kind: 'kpi'; kpi?: Kpi; objectiveId: number; fromLibrary?: LibraryKpi }
  | { kind: 'theme'; theme?: Theme }
  | { kind: 'link'; link?: CauseLink }
  | { kind: 'initiative'; initiative?: Initiative }
  | { kind: 'notes'; entityType: NoteEntityType; entityId: number; title: string; period?: string }
  | { kind: 'action'; action?: ActionItem; concern?: { type: ConcernType; id: number | null } }
  | { kind: 'backups' }
  | { kind: 'kpiDetail'; kpiId: number }
  | { kind: 'period'; action: 'close' | 'reopen'; period: string }
  | { kind: 'newScorecard' }
  | { kind: 'library' }
  | { kind: 'importValues' }
  | { kind: 'exportSheet' }
  | { kind: 'cascade'; objectiveId: number }
  | { kind: 'keyResult'; keyResult?: KeyResult; objectiveId: number }
  | { kind: 'checkIn'; keyResultId: number; checkIn?: CheckIn }
  | { kind: 'workshop'; workshop?: Workshop }
  | { kind: 'workshopPromote'; workshopId: number; noteId: number }
  | { kind: 'people' }
  | { kind: 'password' };

export type ThemeName = 'light' | 'dark';
const THEME_KEY = 'quadrant.theme';
const VIEW_KEY = 'quadrant.view';

function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Without storage the choice lasts for this session only.
  }
}

function storedTheme(): ThemeName | null {
  const v = stored(THEME_KEY);
  return v === 'light' || v === 'dark' ? v : null;
}

const darkQuery = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

function systemTheme(): ThemeName {
  return darkQuery()?.matches ? 'dark' : 'light';
}

interface UiState {
  dialog: DialogSpec | null;
  /** Where focus goes when the dialog closes, if the element that had focus is gone by then. */
  returnFocus: HTMLElement | null;
  /** The user's explicit choice; null follows the system. */
  themeChoice: ThemeName | null;
  systemTheme: ThemeName;
  /** A message about something that went wrong outside any dialog (a failed reorder, a backend error). */
  notice: string | null;
  /** The view of the open scorecard; remembered across restarts. */
  view: ViewId;
  setView(view: ViewId): void;
  showNotice(message: string | null): void;
  openDialog(spec: DialogSpec, returnFocus?: HTMLElement | null): void;
  closeDialog(): void;
  toggleTheme(): void;
}

export const useUiStore = create<UiState>()((set, get) => ({
  dialog: null,
  returnFocus: null,
  themeChoice: storedTheme(),
  systemTheme: systemTheme(),
  notice: null,
  view: findView(stored(VIEW_KEY)).id,
  setView: (view) => {
    store(VIEW_KEY, view);
    set({ view });
  },
  showNotice: (notice) => set({ notice }),
  openDialog: (spec, returnFocus) =>
    set({ dialog: spec, returnFocus: returnFocus ?? (document.activeElement as HTMLElement | null) }),
  closeDialog: () => set({ dialog: null }),
  toggleTheme: () => {
    const next: ThemeName = effectiveTheme(get()) === 'dark' ? 'light' : 'dark';
    store(THEME_KEY, next);
    set({ themeChoice: next });
  },
}));

export function effectiveTheme(s: Pick<UiState, 'themeChoice' | 'systemTheme'>): ThemeName {
  return s.themeChoice ?? s.systemTheme;
}

/** Follows the system theme live and mirrors the effective theme onto <html>. */
export function installThemeSync(): () => void {
  const apply = (): void => {
    const theme = effectiveTheme(useUiStore.getState());
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  };
  apply();
  const unsubscribe = useUiStore.subscribe(apply);
  const query = darkQuery();
  const onChange = (): void => useUiStore.setState({ systemTheme: systemTheme() });
  query?.addEventListener('change', onChange);
  return () => {
    unsubscribe();
    query?.removeEventListener('change', onChange);
  };
}
