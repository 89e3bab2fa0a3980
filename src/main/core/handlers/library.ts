/** library.*: the built-in KPI library (resources/kpi-library.json) and the user's own, kept with the app's settings. */
import { AppError, ErrorCode } from '../../../shared/errors';
import type { HandlerGroup } from './types';

const notYet = (): never => {
  throw new AppError(ErrorCode.INTERNAL, 'Not built yet (issue 14).');
};

export const libraryHandlers: HandlerGroup<'library'> = {
  'library.list': notYet,
  'library.save': notYet,
  'library.delete': notYet,
};
