/**
 * The strategy check in plain words (docs/strategy-check.md): what a link's history shows, never that one thing
 * causes another, and how the check was made.
 */
import { CHECK_ALPHA, MIN_PAIRS, PERMUTATIONS, type CheckBasis, type CheckVerdict, type LagResult } from '../analysis';
import { formatNumber } from '../format';

const NOT_PROOF = 'This is a relation in the history, not proof that one causes the other.';

export function countOf(n: number, noun: string): string {
  return `${formatNumber(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** "in the same quarter", "1 quarter later", "2 quarters later". */
export function lagPhrase(lag: number, noun: string): string {
  return lag === 0 ? `in the same ${noun}` : `${countOf(lag, noun)} later`;
}

/** "lag 0", "lags 0–2", "lags 0 and 2", "lags 0, 1 and 3". */
export function lagsPhrase(lags: readonly number[]): string {
  if (lags.length === 1) return `lag ${lags[0]}`;
  const contiguous = lags.every((l, i) => i === 0 || l === lags[i - 1]! + 1);
  if (contiguous) return `lags ${lags[0]}\u2013${lags[lags.length - 1]}`;
  return `lags ${lags.slice(0, -1).join(', ')} and ${lags[lags.length - 1]}`;
}

export function formatCorrelation(r: number): string {
  return formatNumber(r, { maxDecimals: 2, minDecimals: 2 });
}

/** Three decimals, never rounded across the significance level (0.0496 shows as 0.049, not 0.05). */
export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
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
  periodNoun: string;
}

export interface TextFinding {
  best: LagResult & { spearman: number; pValue: number };
  tested: readonly number[];
}

/** "when X changed, Y changed the same way 1 quarter later", worded for the direction each end counts as better. */
function relation(ends: TextEnds, best: TextFinding['best'], together: boolean): string {
  const { causeName: cause, effectName: effect, basis } = ends;
  const lag = lagPhrase(best.lag, ends.periodNoun);
  const plain = !ends.causeLowerIsBetter && !ends.effectLowerIsBetter;
  // The effect's better direction if together, its worse one if not.
  const effectUp = together !== ends.effectLowerIsBetter;
  if (basis === 'changes') {
    if (plain)
      return `when ${cause} changed, ${effect} changed ${together ? 'the same way' : 'the opposite way'} ${lag}`;
    return `when ${cause} ${ends.causeLowerIsBetter ? 'fell' : 'rose'}, ${effect} tended to ${effectUp ? 'rise' : 'fall'} ${lag}`;
  }
  return `when ${cause} was ${ends.causeLowerIsBetter ? 'lower' : 'higher'}, ${effect} tended to be ${effectUp ? 'higher' : 'lower'} ${lag}`;
}

function figures(ends: TextEnds, finding: TextFinding): string {
  const { best } = finding;
  const pearson = best.pearson === null ? '' : `, Pearson ${formatCorrelation(best.pearson)}`;
  return `Spearman ${formatCorrelation(best.spearman)}${pearson}, ${countOf(best.n, `paired ${ends.periodNoun}`)}, ${formatP(best.pValue)} after testing ${lagsPhrase(finding.tested)}`;
}

const LEVELS_CAVEAT = 'On levels, two series that merely trend together look related too: compare the changes.';

/**
 * `unchanging`: an end with values in two or more periods but never in two in a row (a yearly KPI in a quarterly
 * scorecard), so it has no change to compare: said, or the fix (more history) would be the wrong one.
 */
export function tooLittleText(mostPairs: number, periodNoun: string, unchanging: string[] = []): string {
  const base = `Too little data: ${countOf(mostPairs, `paired ${periodNoun}`)}, ${formatNumber(MIN_PAIRS)} needed.`;
  if (unchanging.length === 0) return base;
  return `${base} ${unchanging.join(' and ')} never has values in two ${periodNoun}s in a row, so there is no change to compare: try levels.`;
}

/** No tested lag has a ρ: one side holds one value over the pairs (`steady`: that value, a change or a level). */
export function constantText(ends: TextEnds, which: 'cause' | 'effect', steady: number): string {
  const name = which === 'cause' ? ends.causeName : ends.effectName;
  const what = ends.basis === 'levels' || steady === 0 ? 'did not change' : 'changed by the same amount every time';
  return `Not supported by the data: ${name} ${what} over the paired ${ends.periodNoun}s, so there is no relation to test.`;
}

export function findingText(verdict: CheckVerdict, ends: TextEnds, finding: TextFinding): string {
  const caveat = ends.basis === 'levels' ? ` ${LEVELS_CAVEAT}` : '';
  const { best } = finding;
  if (verdict === 'supported')
    return `Supported by the data: ${relation(ends, best, true)} (${figures(ends, finding)}). ${NOT_PROOF}${caveat}`;
  if (best.pValue < CHECK_ALPHA)
    return `Not supported: the data show the opposite direction \u2014 ${relation(ends, best, false)} (${figures(ends, finding)}). ${NOT_PROOF}${caveat}`;
  return (
    `Not supported by the data: no relation between ${ends.causeName} and ${ends.effectName} stands out from chance ` +
    `(strongest ${lagPhrase(best.lag, ends.periodNoun)}: ${figures(ends, finding)}). ` +
    'A weak or slow relation may need a longer history to show.'
  );
}

/** What the check does and does not say, for the view, the CLI and the report. */
export function methodText(basis: CheckBasis, maxLag: number, periodNoun: string): string {
  const plural = `${periodNoun}s`;
  const window =
    maxLag === 0
      ? `in the same ${periodNoun}`
      : `in the same ${periodNoun} and up to ${countOf(maxLag, periodNoun)} later`;
  const compared =
    basis === 'changes'
      ? `Each link compares the ${periodNoun}-to-${periodNoun} changes of its cause and its effect (the objective's score, or the KPI chosen on the link), the effect ${window}. ` +
        'Changes rather than levels, because two series that merely trend upwards together would otherwise look related.'
      : `Each link compares the levels of its cause and its effect (the objective's score, or the KPI chosen on the link), the effect ${window}. ` +
        'On levels, two series that merely trend together look related even when they are not: the changes (the default) guard against that.';
  return (
    `${compared} Spearman's ρ (on ranks) and Pearson's r measure the relation at each lag. ` +
    `The p-value comes from ${formatNumber(PERMUTATIONS)} shuffles of the cause's ${basis === 'changes' ? 'changes' : 'values'} in time, ` +
    'keeping the strongest lag each time, so it is honest about short histories and about trying several lags. ' +
    `A link is supported when p < ${formatNumber(CHECK_ALPHA)} and the relation goes the hypothesised way (better with better), ` +
    `with at least ${formatNumber(MIN_PAIRS)} paired ${plural}; for a KPI where lower is better, a fall counts as better. ` +
    'Missing periods are skipped, never read as zero. ' +
    'A supported link is a relation in the history, not proof that one causes the other; a link not supported may still hold, ' +
    'too weak or too slow to show in this history.'
  );
}
