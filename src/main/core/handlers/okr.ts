/** okr.* : key results, their check-ins, and the OKR board. */
import { AppError, ErrorCode } from '../../../shared/errors';
import type { HandlerGroup } from './types';

const todo = (): never => {
  throw new AppError(ErrorCode.INTERNAL, 'Not built yet.');
};

export const okrHandlers: HandlerGroup<'okr'> = {
  'okr.createKeyResult': todo,
  'okr.updateKeyResult': todo,
  'okr.deleteKeyResult': todo,
  'okr.reorderKeyResults': todo,
  'okr.addCheckIn': todo,
  'okr.updateCheckIn': todo,
  'okr.deleteCheckIn': todo,
  'okr.board': todo,
};
