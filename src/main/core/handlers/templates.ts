/** template.*, scorecard.fromTemplate and scorecard.copy: starting a scorecard from something good. */
import { summarizeTemplate } from '../../../shared/templates';
import { createScorecardFromTemplate, getTemplate, shippedTemplates } from '../templates';
import type { Handlers, HandlerGroup } from './types';
import { copyScorecard } from '../scorecard-copy';

/** The templates ship with the app: listing them needs no open document. */
export const templateHandlers: HandlerGroup<'template'> = {
  'template.list': () => shippedTemplates().map(summarizeTemplate),
  'template.get': ({ id }) => getTemplate(id),
};

export const scorecardStartHandlers: Pick<Handlers, 'scorecard.fromTemplate' | 'scorecard.copy'> = {
  'scorecard.fromTemplate': ({ template, name }, session) =>
    createScorecardFromTemplate(session.require().repos, getTemplate(template), name),
  'scorecard.copy': (input, session) => copyScorecard(session.require().repos, input),
};
