/**
 * The strategy check in plain words (docs/strategy-check.md): what a link's history shows, never that one thing
 * causes another, and how the check was made. Worded in the current language (map:checkText.*): each sentence is one
 * key with placeholders, per period unit, so every language orders and inflects it its own way.
 */
import type { CheckSeriesRef } from '../analysis';
import { CHECK_ALPHA, MIN_PAIRS, PERMUTATIONS, type CheckBasis, type CheckVerdict, type LagResult } from '../analysis';
import type { Granularity } from '../domain';
import { formatNumber } from '../format';
import { t } from '../i18n';

/** How a finding names an end: "the score of “Delight café guests”", or the KPI's name in quotes. */
export function endName(end: Pick<CheckSeriesRef, 'kind' | 'name'>): string {
  return end.kind === 'objective'
    ? t('map:checkText.objectiveEnd', { name: end.name })
    : t('map:checkText.kpiEnd', { name: end.name });
}

/** "in the same quarter", "1 quarter later", "2 quarters later". */
export function lagPhrase(lag: number, unit: Granularity): string {
  return lag === 0 ? t(`map:checkText.sameUnit.${unit}`) : t(`map:checkText.later.${unit}`, { count: lag });
}

/** "lag 0", "lags 0–2", "lags 0 and 2", "lags 0, 1 and 3". */
export function lagsPhrase(lags: readonly number[]): string {
  if (lags.length === 1) return t('map:checkText.lag', { lag: lags[0] });
  const contiguous = lags.every((l, i) => i === 0 || l === lags[i - 1]! + 1);
  if (contiguous) return t('map:checkText.lagRange', { from: lags[0], to: lags[lags.length - 1] });
  return t('map:checkText.lagList', {
    list: lags.slice(0, -1).join(t('map:checkText.listSeparator')),
    last: lags[lags.length - 1],
  });
}

export function formatCorrelation(r: number): string {
  return formatNumber(r, { maxDecimals: 2, minDecimals: 2 });
}

/** Three decimals, never rounded across the significance level (0.0496 shows as 0.049, not 0.05). */
export function formatP(p: number): string {
  if (p < 0.001) return `p < ${formatNumber(0.001, { maxDecimals: 3 })}`;
  let shown = Math.round(p * 1000) / 1000;
  if (p < CHECK_ALPHA && shown >= CHECK_ALPHA) shown = Math.floor(p * 1000) / 1000;
  return `p = ${formatNumber(shown, { maxDecimals: 3 })}`;
}

export interface TextEnds {
  causeName: string;
  effectName: string;
  /** A KPI end where lower is better: its series was negated, so "better" is a fall. */
  causeLowerIsBetter: boolean;
  effectLowerIsBetter: boolean;
  basis: CheckBasis;
  periodNoun: Granularity;
}

export interface TextFinding {
  best: LagResult & { spearman: number; pValue: number };
  tested: readonly number[];
}

const paired = (n: number, unit: Granularity) => t(`map:checkText.paired.${unit}`, { count: n, n: formatNumber(n) });

/** "when X changed, Y changed the same way 1 quarter later", worded for the direction each end counts as better. */
function relation(ends: TextEnds, best: TextFinding['best'], together: boolean): string {
  const words = { cause: ends.causeName, effect: ends.effectName, lag: lagPhrase(best.lag, ends.periodNoun) };
  const plain = !ends.causeLowerIsBetter && !ends.effectLowerIsBetter;
  // The effect's better direction if together, its worse one if not.
  const effectUp = together !== ends.effectLowerIsBetter;
  const causeUp = !ends.causeLowerIsBetter;
  if (ends.basis === 'changes') {
    if (plain) return t(together ? 'map:checkText.relation.same' : 'map:checkText.relation.opposite', words);
    return t(`map:checkText.relation.${causeUp ? 'rose' : 'fell'}${effectUp ? 'Rise' : 'Fall'}`, words);
  }
  return t(`map:checkText.relation.${causeUp ? 'higher' : 'lower'}${effectUp ? 'Higher' : 'Lower'}`, words);
}

function figures(ends: TextEnds, finding: TextFinding): string {
  const { best } = finding;
  const values = {
    rho: formatCorrelation(best.spearman),
    pairs: paired(best.n, ends.periodNoun),
    p: formatP(best.pValue),
    lags: lagsPhrase(finding.tested),
  };
  return best.pearson === null
    ? t('map:checkText.figures', values)
    : t('map:checkText.figuresPearson', { ...values, r: formatCorrelation(best.pearson) });
}

/**
 * `unchanging`: an end with values in two or more periods but never in two in a row (a yearly KPI in a quarterly
 * scorecard), so it has no change to compare: said, or the fix (more history) would be the wrong one.
 */
export function tooLittleText(mostPairs: number, unit: Granularity, unchanging: string[] = []): string {
  const base = t('map:checkText.tooLittle', { pairs: paired(mostPairs, unit), needed: formatNumber(MIN_PAIRS) });
  if (unchanging.length === 0) return base;
  const names =
    unchanging.length === 1 ? unchanging[0]! : t('map:checkText.both', { first: unchanging[0], second: unchanging[1] });
  return `${base} ${t(`map:checkText.unchanging.${unit}`, { names, count: unchanging.length })}`;
}

/** No tested lag has a ρ: one side holds one value over the pairs (`steady`: that value, a change or a level). */
export function constantText(ends: TextEnds, which: 'cause' | 'effect', steady: number): string {
  const name = which === 'cause' ? ends.causeName : ends.effectName;
  const what = ends.basis === 'levels' || steady === 0 ? 'unchanged' : 'sameAmount';
  return t(`map:checkText.constant.${what}.${ends.periodNoun}`, { name });
}

export function findingText(verdict: CheckVerdict, ends: TextEnds, finding: TextFinding): string {
  const { best } = finding;
  const caveat = ends.basis === 'levels' ? ` ${t('map:checkText.levelsCaveat')}` : '';
  const notProof = t('map:checkText.notProof');
  if (verdict === 'supported')
    return t('map:checkText.supported', {
      relation: relation(ends, best, true),
      figures: figures(ends, finding),
      notProof,
      caveat,
    });
  if (best.pValue < CHECK_ALPHA)
    return t('map:checkText.opposite', {
      relation: relation(ends, best, false),
      figures: figures(ends, finding),
      notProof,
      caveat,
    });
  return t('map:checkText.noRelation', {
    cause: ends.causeName,
    effect: ends.effectName,
    lag: lagPhrase(best.lag, ends.periodNoun),
    figures: figures(ends, finding),
  });
}

/** What the check does and does not say, for the view, the CLI and the report. */
export function methodText(basis: CheckBasis, maxLag: number, unit: Granularity): string {
  const window =
    maxLag === 0 ? t(`map:checkText.window.same.${unit}`) : t(`map:checkText.window.upTo.${unit}`, { count: maxLag });
  return t(`map:checkText.method.${basis}.${unit}`, {
    window,
    permutations: formatNumber(PERMUTATIONS),
    alpha: formatNumber(CHECK_ALPHA),
    minPairs: formatNumber(MIN_PAIRS),
  });
}
