/** analysis.* : the strategy check, sensitivity, what-if and "what it takes" (docs/strategy-check.md). Reads only. */
import { AppError, ErrorCode } from '../../../shared/errors';
import type { HandlerGroup } from './types';

const notYet = (): never => {
  throw new AppError(ErrorCode.VALIDATION, 'Not built yet.');
};

export const analysisHandlers: HandlerGroup<'analysis'> = {
  'analysis.strategyCheck': notYet,
  'analysis.sensitivity': notYet,
  'analysis.whatIf': notYet,
  'analysis.whatItTakes': notYet,
};
