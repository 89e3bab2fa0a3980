/** incentive.* : the optional incentive plan of a scorecard and its payout factors. */
import { AppError, ErrorCode } from '../../../shared/errors';
import type { HandlerGroup } from './types';

const todo = (): never => {
  throw new AppError(ErrorCode.INTERNAL, 'Not built yet.');
};

export const incentiveHandlers: HandlerGroup<'incentive'> = {
  'incentive.get': todo,
  'incentive.setPlan': todo,
  'incentive.deletePlan': todo,
  'incentive.setItem': todo,
};
