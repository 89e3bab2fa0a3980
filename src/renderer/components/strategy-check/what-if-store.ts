/**
 * The hypothetical values of the What-if panel, kept while the user looks at another section or view and dropped
 * when the scorecard or the period changes: they are a question about one period, never part of the document.
 */
import { create } from 'zustand';

export interface WhatIfEntry {
  text: string;
  /** The value the text was read as: null is "as if no value were entered". */
  value: number | null;
}

export interface WhatIfValues {
  texts: Record<number, string>;
  entries: Record<number, WhatIfEntry>;
  errors: Record<number, string>;
}

interface WhatIfState extends WhatIfValues {
  /** "scorecardId|period" the values belong to. */
  scope: string | null;
  /** Applies a change to the values of `scope`, starting afresh when they were another scope's. */
  update(scope: string, change: (s: WhatIfValues) => Partial<WhatIfValues>): void;
}

const EMPTY: WhatIfValues = { texts: {}, entries: {}, errors: {} };

export const useWhatIfStore = create<WhatIfState>((set) => ({
  scope: null,
  ...EMPTY,
  update: (scope, change) =>
    set((s) => {
      const base = s.scope === scope ? s : EMPTY;
      return { ...base, ...change(base), scope };
    }),
}));

/** The values of `scope` (none when the store holds another scope's). */
export function useWhatIfValues(scope: string): WhatIfValues {
  return useWhatIfStore((s) => (s.scope === scope ? s : null)) ?? EMPTY;
}
