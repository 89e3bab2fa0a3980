/**
 * The words of a period comparison on screen and on paper: the Compare view and the report's "What changed"
 * section say the same thing the same way (the CLI has its own plain-text layout in period-compare-text.ts).
 */
import { formatNumber } from './format';
import { t } from './i18n';
import type {
  Change,
  ChangeSummary,
  PeriodComparison,
  ScoreKind,
  ScoreSide,
  StructureChangeKind,
} from './period-compare';

const CHANGE_GLYPHS: Record<Change, string> = {
  improved: '▲',
  worsened: '▼',
  new: '+',
  gone: '−',
  unchanged: '=',
  'no-data': '?',
};

/** A record whose words are looked up when read, so they follow the language of the moment. */
function translated<K extends string, V>(keys: readonly K[], word: (key: K) => V): Record<K, V> {
  const record = {} as Record<K, V>;
  for (const key of keys) Object.defineProperty(record, key, { enumerable: true, get: () => word(key) });
  return record;
}

/** A glyph and a word for each kind of change, so it reads without colour. */
export const CHANGE_WORDS: Record<Change, { glyph: string; label: string }> = translated(
  Object.keys(CHANGE_GLYPHS) as Change[],
  (change) => ({ glyph: CHANGE_GLYPHS[change], label: t(`engine:change.${change}`) }),
);

export const STRUCTURE_WORDS: Record<StructureChangeKind, string> = translated(
  ['added', 'removed', 'retargeted', 'reweighted'],
  (kind) => t(`engine:structure.${kind}`),
);

export const KIND_WORDS: Record<ScoreKind, string> = translated(['scorecard', 'perspective', 'objective', 'kpi'], (kind) =>
  t(`engine:kind.${kind}`),
);

/** A score as the tables show it: "88.9", or an empty string when the node has no score. */
export function scoreWords(s: ScoreSide | null): string {
  return s === null || s.score === null ? '' : formatNumber(s.score, { maxDecimals: 1 });
}

/** "3 improved, 1 worsened, 2 new" — the non-zero counts, or "no change" when every count but unchanged is 0. */
export function summaryWords(s: ChangeSummary): string {
  const parts = (['improved', 'worsened', 'new', 'gone'] as const)
    .filter((k) => s[k] > 0)
    .map((k) => t(`engine:compare.${k}`, { count: s[k] }));
  if (s['no-data'] > 0) parts.push(t('engine:compare.noData', { count: s['no-data'] }));
  return parts.length === 0 ? t('engine:compare.noChange') : parts.join(', ');
}

/** The title of the report section and the view's heading: "What changed since Q2 2026". */
export const changesTitle = (c: Pick<PeriodComparison, 'fromLabel'>): string =>
  t('engine:compare.title', { period: c.fromLabel });
