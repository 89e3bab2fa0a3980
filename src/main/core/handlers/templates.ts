/** template.*, scorecard.fromTemplate and scorecard.copy: starting a scorecard from something good. */
import { AppError, ErrorCode } from '../../../shared/errors';
import { summarizeTemplate } from '../../../shared/templates';
import { createScorecardFromTemplate, getTemplate, shippedTemplates } from '../templates';
import type { Handlers, HandlerGroup } from './types';

const notYet = (): never => {
  throw new AppError(ErrorCode.INTERNAL, 'Not built yet (issue 14).');
};

/** The templates ship with the app: listing them needs no open document. */
export const templateHandlers: HandlerGroup<'template'> = {
  'template.list': () => shippedTemplates().map(summarizeTemplate),
  'template.get': ({ id }) => getTemplate(id),
};

export const scorecardStartHandlers: Pick<Handlers, 'scorecard.fromTemplate' | 'scorecard.copy'> = {
  'scorecard.fromTemplate': ({ template, name }, session) =>
    createScorecardFromTemplate(session.require().repos, getTemplate(template), name),
  'scorecard.copy': notYet,
};
