/** import.preview and import.apply: spreadsheet values into the document, previewed cell by cell, applied at once. */
import { AppError, ErrorCode } from '../../../shared/errors';
import type { HandlerGroup } from './types';

const notYet = (): never => {
  throw new AppError(ErrorCode.INTERNAL, 'Not built yet (issue 14).');
};

export const importHandlers: HandlerGroup<'import'> = {
  'import.preview': notYet,
  'import.apply': notYet,
};
