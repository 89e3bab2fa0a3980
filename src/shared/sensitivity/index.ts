/** Sensitivity, what-if and "what it takes" (docs/strategy-check.md): the scoring engine run on other choices. */
import type { Sensitivity, TakesTarget, WhatIf, WhatIfValue, WhatItTakes } from '../analysis';
import type { EvaluateInput } from '../scoring';

/** The scorecard's and each perspective's score under each rollup method, and each weight ± step. */
export function analyseSensitivity(input: EvaluateInput, period: string, step: number): Sensitivity {
  void input;
  void period;
  void step;
  throw new Error('analyseSensitivity: not built yet');
}

/** The period scored as saved and with the hypothetical values; nothing is written. */
export function whatIf(input: EvaluateInput, period: string, values: readonly WhatIfValue[]): WhatIf {
  void input;
  void period;
  void values;
  throw new Error('whatIf: not built yet');
}

/** Per KPI, the smallest change of it alone that turns the target green (after the what-if values, if any). */
export function whatItTakes(
  input: EvaluateInput,
  period: string,
  target: TakesTarget,
  values: readonly WhatIfValue[] = [],
): WhatItTakes {
  void input;
  void period;
  void target;
  void values;
  throw new Error('whatItTakes: not built yet');
}
