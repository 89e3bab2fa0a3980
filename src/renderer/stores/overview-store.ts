/** The scorecard view's filters and selected objective, remembered for the browser session (not the document). */
import { create } from 'zustand';
import { NO_FILTERS, parseFilters, type ScorecardFilters } from '../../shared/scorecard-filter';

const KEY = 'quadrant.scorecardView';

interface Remembered {
  filters: ScorecardFilters;
  selectedObjectiveId: number | null;
}

function recall(): Remembered {
  try {
    const raw = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null') as Partial<Remembered> | null;
    const id = raw?.selectedObjectiveId;
    return {
      filters: parseFilters(raw?.filters),
      selectedObjectiveId: typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null,
    };
  } catch {
    return { filters: NO_FILTERS, selectedObjectiveId: null };
  }
}

function remember(r: Remembered): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(r));
  } catch {
    // Without session storage the choices last until the page reloads.
  }
}

interface OverviewState extends Remembered {
  setFilters(patch: Partial<ScorecardFilters>): void;
  clearFilters(): void;
  /** Selects an objective, or closes the selection when it is already selected or null. */
  toggleObjective(id: number | null): void;
}

export const useOverviewStore = create<OverviewState>()((set, get) => {
  const save = () => remember({ filters: get().filters, selectedObjectiveId: get().selectedObjectiveId });
  return {
    ...recall(),
    setFilters: (patch) => {
      set({ filters: { ...get().filters, ...patch } });
      save();
    },
    clearFilters: () => {
      set({ filters: NO_FILTERS });
      save();
    },
    toggleObjective: (id) => {
      set({ selectedObjectiveId: id === get().selectedObjectiveId ? null : id });
      save();
    },
  };
});
