/** Testing one cause-and-effect link against the history (docs/strategy-check.md). */
import { CHECK_ALPHA, MIN_PAIRS, PERMUTATIONS, type CheckBasis, type LagResult, type LinkCheck } from '../analysis';
import type { Granularity } from '../domain';
import { onBasis, pairAt, type Series } from './lagged';
import { constantText, findingText, tooLittleText, type TextEnds } from './link-text';
import { maxStatPermutation } from './permutation';
import { pearson, spearman } from './stats';

export { methodText } from './link-text';

export interface TestLinkInput {
  /** Levels, one per period, oldest first; null: no value that period (skipped, never read as zero). */
  cause: readonly (number | null)[];
  effect: readonly (number | null)[];
  basis: CheckBasis;
  maxLag: number;
  /** Seeds the permutations, so the same history always gives the same p-value. */
  seed: number;
  /** Default PERMUTATIONS. */
  permutations?: number;
  causeName: string;
  effectName: string;
  /** The scorecard's period unit, for "1 quarter later". */
  periodNoun: Granularity;
  /**
   * A KPI end of polarity 'decrease': pass its values as measured; testLink negates them so that "better" is up on
   * both ends (the lags' correlations are then better-with-better), and the text says "fell" where it improved.
   */
  causeLowerIsBetter?: boolean;
  effectLowerIsBetter?: boolean;
}

/** Values in two or more periods, yet not one change: never two periods in a row. */
const noChanges = (levels: Series, changes: Series) =>
  levels.filter((x) => x !== null).length >= 2 && changes.every((d) => d === null);

const negated = (xs: Series): (number | null)[] => xs.map((x) => (x === null ? null : -x));

export function testLink(input: TestLinkInput): Pick<LinkCheck, 'lags' | 'best' | 'verdict' | 'text'> {
  const ends: TextEnds = {
    causeName: input.causeName,
    effectName: input.effectName,
    causeLowerIsBetter: input.causeLowerIsBetter ?? false,
    effectLowerIsBetter: input.effectLowerIsBetter ?? false,
    basis: input.basis,
    periodNoun: input.periodNoun,
  };
  const cause = onBasis(ends.causeLowerIsBetter ? negated(input.cause) : input.cause, input.basis);
  const effect = onBasis(ends.effectLowerIsBetter ? negated(input.effect) : input.effect, input.basis);
  // Beyond the history's length every lag has no pairs: no need to list a thousand empty ones.
  const longest = Math.max(cause.length, effect.length);
  const maxLag = Math.min(longest, Math.max(0, Math.floor(Number.isFinite(input.maxLag) ? input.maxLag : 0)));
  const lags: LagResult[] = [];
  for (let lag = 0; lag <= maxLag; lag++) {
    const pairs = pairAt(cause, effect, lag);
    lags.push({
      lag,
      n: pairs.at.length,
      spearman: spearman(pairs.cause, pairs.effect),
      pearson: pearson(pairs.cause, pairs.effect),
    });
  }
  const tested = lags.filter((l) => l.n >= MIN_PAIRS);
  if (tested.length === 0) {
    const most = lags.reduce((m, l) => Math.max(m, l.n), 0);
    const unchanging =
      input.basis === 'changes'
        ? [
            ...(noChanges(input.cause, cause) ? [input.causeName] : []),
            ...(noChanges(input.effect, effect) ? [input.effectName] : []),
          ]
        : [];
    return { lags, best: null, verdict: 'too-little-data', text: tooLittleText(most, input.periodNoun, unchanging) };
  }
  // The strongest |ρ|; on a tie the shorter lag, the plainer reading.
  let strongest: (LagResult & { spearman: number }) | null = null;
  for (const l of tested) {
    if (l.spearman !== null && (strongest === null || Math.abs(l.spearman) > Math.abs(strongest.spearman)))
      strongest = { ...l, spearman: l.spearman };
  }
  if (strongest === null) {
    const pairs = pairAt(cause, effect, tested[0]!.lag);
    const causeSteady = pairs.cause.every((x) => x === pairs.cause[0]);
    const text = causeSteady
      ? constantText(ends, 'cause', pairs.cause[0]!)
      : constantText(ends, 'effect', pairs.effect[0]!);
    return { lags, best: null, verdict: 'not-supported', text };
  }
  const testedLags = tested.map((l) => l.lag);
  const { pValue } = maxStatPermutation({
    cause,
    effect,
    lags: testedLags,
    permutations: input.permutations ?? PERMUTATIONS,
    seed: input.seed,
  });
  const best = { ...strongest, pValue };
  const verdict = pValue < CHECK_ALPHA && best.spearman > 0 ? 'supported' : 'not-supported';
  return { lags, best, verdict, text: findingText(verdict, ends, { best, tested: testedLags }) };
}
