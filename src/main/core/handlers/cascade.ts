/** cascade.* : contributions between objectives of different scorecards, the cascade action, alignment. */
import { AppError, ErrorCode } from '../../../shared/errors';
import type { HandlerGroup } from './types';

const todo = (): never => {
  throw new AppError(ErrorCode.INTERNAL, 'Not built yet.');
};

export const cascadeHandlers: HandlerGroup<'cascade'> = {
  'cascade.list': (_input, session) => session.require().repos.cascade.contributions.list(),
  'cascade.set': todo,
  'cascade.remove': todo,
  'cascade.create': todo,
  'cascade.scores': todo,
  'cascade.alignment': todo,
};
