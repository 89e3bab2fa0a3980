/** spreadsheet.data: what the spreadsheet export writes, read in one transaction. */
import { AppError, ErrorCode } from '../../../shared/errors';
import type { HandlerGroup } from './types';

const notYet = (): never => {
  throw new AppError(ErrorCode.INTERNAL, 'Not built yet (issue 14).');
};

export const spreadsheetHandlers: HandlerGroup<'spreadsheet'> = {
  'spreadsheet.data': notYet,
};
