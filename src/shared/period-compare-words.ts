/**
 * The words of a period comparison on screen and on paper: the Compare view and the report's "What changed"
 * section say the same thing the same way (the CLI has its own plain-text layout in period-compare-text.ts).
 */
import { formatNumber } from './format';
import type {
  Change,
  ChangeSummary,
  PeriodComparison,
  ScoreKind,
  ScoreSide,
  StructureChangeKind,
} from './period-compare';

/** A glyph and a word for each kind of change, so it reads without colour. */
export const CHANGE_WORDS: Record<Change, { glyph: string; label: string }> = {
  improved: { glyph: '▲', label: 'Improved' },
  worsened: { glyph: '▼', label: 'Worsened' },
  new: { glyph: '+', label: 'New' },
  gone: { glyph: '−', label: 'Gone' },
  unchanged: { glyph: '=', label: 'Unchanged' },
  'no-data': { glyph: '?', label: 'No data yet' },
};

export const STRUCTURE_WORDS: Record<StructureChangeKind, string> = {
  added: 'Added',
  removed: 'Removed',
  retargeted: 'Re-targeted',
  reweighted: 'Re-weighted',
};

export const KIND_WORDS: Record<ScoreKind, string> = {
  scorecard: 'Scorecard',
  perspective: 'Perspective',
  objective: 'Objective',
  kpi: 'KPI',
};

/** A score as the tables show it: "88.9", or an empty string when the node has no score. */
export function scoreWords(s: ScoreSide | null): string {
  return s === null || s.score === null ? '' : formatNumber(s.score, { maxDecimals: 1 });
}

/** "3 improved, 1 worsened, 2 new" — the non-zero counts, or "no change" when every count but unchanged is 0. */
export function summaryWords(s: ChangeSummary): string {
  const parts = (['improved', 'worsened', 'new', 'gone'] as const).filter((k) => s[k] > 0).map((k) => `${s[k]} ${k}`);
  if (s['no-data'] > 0) parts.push(`${s['no-data']} without data yet`);
  return parts.length === 0 ? 'no change in any objective or KPI' : parts.join(', ');
}

/** The title of the report section and the view's heading: "What changed since Q2 2026". */
export const changesTitle = (c: Pick<PeriodComparison, 'fromLabel'>): string => `What changed since ${c.fromLabel}`;
