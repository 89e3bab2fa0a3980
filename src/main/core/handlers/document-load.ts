/**
 * document.load: the first screen in one round trip. The overview used to ask in turn for the document, its
 * scorecards, one scorecard's tree and measurements, and then the evaluation of a period chosen from them (and the
 * undo state beside): six calls in four rounds, each round waiting for the one before. Here the same choices are
 * made in the core, in one read transaction, so the answer is also one consistent picture of the file.
 */
import { NO_HISTORY } from '../../../shared/changes';
import type { DocumentSnapshot } from '../../../shared/contract';
import { scorecardDefaults } from '../../../shared/defaults';
import type { Frequency } from '../../../shared/domain';
import { defaultPeriod } from '../../../shared/period-choice';
import { periodKind } from '../../../shared/periods';
import { evaluationExtras } from '../cascade-data';
import { evaluatePeriods, scorecardTree } from './scorecard';
import type { Handler } from './types';

export const loadDocument: Handler<'document.load'> = (input, session) => {
  const empty = { scorecards: [], tree: null, measurements: [], period: null, evaluation: null, closed: [], contributors: {} };
  const open = session.document ? session.require() : null;
  if (!open) return { info: null, ...empty, viewKind: scorecardDefaults.granularity, history: NO_HISTORY };
  const { store, repos } = open;
  // The same answer history.state gives. Asked outside the transaction: the first ask installs the history's
  // triggers, which is no business of a read transaction.
  const history = store.journal(session.actor).state();
  return store.engine.transaction((): DocumentSnapshot => {
    const info = session.info()!;
    const scorecards = repos.scorecards.list();
    const asked = input.scorecardId === undefined ? undefined : scorecards.find((s) => s.id === input.scorecardId);
    const chosen = asked ?? scorecards[0];
    if (!chosen) return { info, ...empty, scorecards, viewKind: scorecardDefaults.granularity, history };
    const tree = scorecardTree(repos, chosen.id);
    const measurements = repos.measurements.listByScorecard(chosen.id);
    // A view chosen for a scorecard that is gone (deleted in another window, say) means nothing for the first one.
    const keep = input.scorecardId === undefined || asked !== undefined;
    // A period alone names its kind; a view kind alone keeps the view and takes its latest period with values.
    const askedKind: Frequency | undefined =
      input.viewKind ?? (input.period === undefined ? undefined : periodKind(input.period));
    const viewKind = (keep && askedKind) || chosen.granularity;
    const period =
      keep && input.period !== undefined
        ? input.period
        : defaultPeriod(measurements, viewKind, chosen.fiscalYearStartMonth);
    // Read once: the evaluation counts the contributors' scores, and the page's own scoring gets the same ones.
    const extras = evaluationExtras(repos, chosen, [period]);
    const evaluation = evaluatePeriods(repos, chosen.id, [period], extras)[0]!;
    const closed = repos.review.closed.list(chosen.id);
    const contributors = extras.contributors ?? {};
    return { info, scorecards, tree, measurements, viewKind, period, evaluation, closed, contributors, history };
  });
};
