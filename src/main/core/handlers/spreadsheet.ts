/** spreadsheet.data: what the spreadsheet export writes, read in one transaction. */
import { basename } from 'node:path';
import { treeFor } from '../../../shared/closed-periods';
import type { SpreadsheetData } from '../../../shared/sheets';
import { closedSnapshots } from './closed';
import { evaluatePeriods, scorecardTree } from './scorecard';
import type { HandlerGroup } from './types';

export const spreadsheetHandlers: HandlerGroup<'spreadsheet'> = {
  'spreadsheet.data': ({ scorecardId, period }, session): SpreadsheetData => {
    const { repos, store } = session.require();
    const tree = scorecardTree(repos, scorecardId);
    // A closed period is scored, and so tabled, as it was closed; the app, the report and `quadrant score` agree.
    const scored = treeFor(tree, closedSnapshots(repos, scorecardId), period);
    return {
      documentName: basename(store.path).replace(/\.scorecard$/i, ''),
      period,
      tree,
      scored: {
        scorecard: scored.scorecard,
        perspectives: scored.perspectives,
        objectives: scored.objectives,
        kpis: scored.kpis,
      },
      evaluation: evaluatePeriods(repos, scorecardId, [period])[0]!,
      measurements: repos.measurements.listByScorecard(scorecardId),
    };
  },
};
