/** template.*, scorecard.fromTemplate and scorecard.copy: starting a scorecard from something good. */
import { AppError, ErrorCode } from '../../../shared/errors';
import type { Handlers, HandlerGroup } from './types';
import { copyScorecard } from '../scorecard-copy';

const notYet = (): never => {
  throw new AppError(ErrorCode.INTERNAL, 'Not built yet (issue 14).');
};

export const templateHandlers: HandlerGroup<'template'> = {
  'template.list': notYet,
  'template.get': notYet,
};

export const scorecardStartHandlers: Pick<Handlers, 'scorecard.fromTemplate' | 'scorecard.copy'> = {
  'scorecard.fromTemplate': notYet,
  'scorecard.copy': (input, session) => copyScorecard(session.require().repos, input),
};
