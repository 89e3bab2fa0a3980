/** The strategy check, sensitivity, what-if and "what it takes" (docs/strategy-check.md), spread into contract.ts. Reads only. */
import { z } from 'zod';
import { says } from './validation-words';
import { FiniteNumber, Id, PeriodKey } from './domain';
import type { Sensitivity, StrategyCheck, WhatIf, WhatItTakes } from './analysis';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });

const WhatIfValues = z
  .array(z.object({ kpiId: Id, actual: FiniteNumber.nullable() }).strict())
  .max(10_000, says('atMostValues', { max: 10000 }));

export const StrategyCheckInput = z
  .object({
    scorecardId: Id,
    /** The last period of the history; default: the latest with data. */
    period: PeriodKey.optional(),
    basis: z.enum(['changes', 'levels']).optional(),
    /** Default: the scorecard's checkMaxLag, else 2 quarters or 6 months. */
    maxLag: z
      .number()
      .int()
      .min(0, says('orMore', { min: 0 }))
      .max(12, says('atMostPeriods', { max: 12 }))
      .optional(),
  })
  .strict();

export const SensitivityInput = z
  .object({
    scorecardId: Id,
    period: PeriodKey,
    /** How far each weight goes down and up. */
    step: z
      .number()
      .positive(says('moreThan', { min: 0 }))
      .max(1000, says('atMost', { max: 1000 }))
      .optional(),
  })
  .strict();

export const WhatIfInput = z.object({ scorecardId: Id, period: PeriodKey, values: WhatIfValues }).strict();

export const WhatItTakesInput = z
  .object({
    scorecardId: Id,
    period: PeriodKey,
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('scorecard') }).strict(),
      z.object({ kind: z.literal('objective'), id: Id }).strict(),
    ]),
    /** Hypothetical values to start from (what-if); none: the saved values. */
    values: WhatIfValues.optional(),
  })
  .strict();

export const analysisContract = {
  'analysis.strategyCheck': method<StrategyCheck>()(StrategyCheckInput),
  'analysis.sensitivity': method<Sensitivity>()(SensitivityInput),
  'analysis.whatIf': method<WhatIf>()(WhatIfInput),
  'analysis.whatItTakes': method<WhatItTakes>()(WhatItTakesInput),
} as const;
