/** analysis.* : the strategy check, sensitivity, what-if and "what it takes" (docs/strategy-check.md). Reads only. */
import type { LinkCheck, StrategyCheck } from '../../../shared/analysis';
import { analyseSensitivity, whatIf, whatItTakes } from '../../../shared/sensitivity';
import { endName } from '../../../shared/strategy-check/link-text';
import { methodText, testLink } from '../../../shared/strategy-check/test-link';
import {
  checkWhatIfValues,
  defaultMaxLag,
  endRef,
  endValues,
  fallIsBetter,
  periodInput,
  readHistory,
} from '../analysis-data';
import type { Repositories } from '../repositories';
import type { HandlerGroup } from './types';

/** Every link of the scorecard's map tested against its history (the same file always gives the same p-values). */
export function strategyCheck(
  repos: Repositories,
  input: { scorecardId: number; period?: string; basis?: 'changes' | 'levels'; maxLag?: number },
): StrategyCheck {
  const history = readHistory(repos, input.scorecardId, input.period);
  const { scorecard } = history;
  const basis = input.basis ?? 'changes';
  const maxLag = input.maxLag ?? defaultMaxLag(scorecard);
  const periodNoun = scorecard.granularity;
  const links: LinkCheck[] = repos.linksOfScorecard(scorecard.id).map((link) => {
    const cause = endRef(history, link.fromObjectiveId, link.fromKpiId);
    const effect = endRef(history, link.toObjectiveId, link.toKpiId);
    const causeValues = endValues(history, cause);
    const effectValues = endValues(history, effect);
    // "Better" is up at both ends: testLink reads a KPI meant to fall the other way round (the text says "fell").
    const tested = testLink({
      cause: causeValues,
      effect: effectValues,
      causeLowerIsBetter: fallIsBetter(history, cause),
      effectLowerIsBetter: fallIsBetter(history, effect),
      basis,
      maxLag,
      seed: link.id,
      causeName: endName(cause),
      effectName: endName(effect),
      periodNoun,
    });
    return {
      linkId: link.id,
      fromObjectiveId: link.fromObjectiveId,
      toObjectiveId: link.toObjectiveId,
      cause,
      effect,
      causeValues,
      effectValues,
      ...tested,
    };
  });
  return {
    scorecardId: scorecard.id,
    periods: history.periods,
    basis,
    maxLag,
    method: methodText(basis, maxLag, periodNoun),
    links,
  };
}

export const analysisHandlers: HandlerGroup<'analysis'> = {
  'analysis.strategyCheck': (input, session) => strategyCheck(session.require().repos, input),
  'analysis.sensitivity': ({ scorecardId, period, step }, session) =>
    analyseSensitivity(periodInput(session.require().repos, scorecardId, period), period, step ?? 1),
  'analysis.whatIf': ({ scorecardId, period, values }, session) => {
    const input = periodInput(session.require().repos, scorecardId, period);
    checkWhatIfValues(input, values);
    return whatIf(input, period, values);
  },
  'analysis.whatItTakes': ({ scorecardId, period, target, values }, session) => {
    const input = periodInput(session.require().repos, scorecardId, period);
    checkWhatIfValues(input, values ?? []);
    // An objective of another scorecard is refused by whatItTakes, on target.id.
    return whatItTakes(input, period, target, values ?? []);
  },
};
