/** Testing one cause-and-effect link against the history (docs/strategy-check.md). */
import type { CheckBasis, LinkCheck } from '../analysis';

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
  /** 'quarter' or 'month', for "1 quarter later". */
  periodNoun: string;
}

export function testLink(input: TestLinkInput): Pick<LinkCheck, 'lags' | 'best' | 'verdict' | 'text'> {
  void input;
  throw new Error('testLink: not built yet');
}

/** What the check does and does not say, for the view, the CLI and the report. */
export function methodText(basis: CheckBasis, maxLag: number, periodNoun: string): string {
  void basis;
  void maxLag;
  void periodNoun;
  throw new Error('methodText: not built yet');
}
