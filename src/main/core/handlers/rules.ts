/**
 * Domain rules that span fields or rows, checked on the entity as it would be after the edit. Edits and JSON
 * imports both run them (an import on the rows written to its temporary file): one set of rules for every way
 * data gets into a document.
 */
import type { CauseLink, Initiative, Kpi, Objective, Scorecard } from '../../../shared/domain';
import { fieldError } from '../../../shared/errors';
import { periodKind } from '../../../shared/periods';
import type { Repositories } from '../repositories';

export function checkScorecard(repos: Repositories, s: Scorecard | Omit<Scorecard, 'id'>, id?: number): void {
  if (s.amberThreshold > s.greenThreshold) throw fieldError('amberThreshold', 'must not be above the green threshold');
  if (s.parentScorecardId !== null) {
    repos.scorecards.get(s.parentScorecardId);
    // Walk up from the parent: meeting this scorecard again would make a loop.
    for (let p: number | null = s.parentScorecardId, hops = 0; p !== null && hops < 1000; hops++) {
      if (p === id) throw fieldError('parentScorecardId', 'would make a scorecard its own parent');
      p = repos.scorecards.get(p).parentScorecardId;
    }
  }
}

export function checkObjective(repos: Repositories, o: Omit<Objective, 'id'>): void {
  const scorecardId = repos.perspectives.get(o.perspectiveId).scorecardId;
  if (o.startDate && o.dueDate && o.dueDate < o.startDate) throw fieldError('dueDate', 'must not be before the start date');
  if (o.themeId !== null) {
    const theme = repos.themes.find(o.themeId);
    if (!theme || theme.scorecardId !== scorecardId) throw fieldError('themeId', 'must be a theme of the same scorecard');
  }
}

export function checkLink(repos: Repositories, l: Omit<CauseLink, 'id' | 'note'>): void {
  if (l.fromObjectiveId === l.toObjectiveId) throw fieldError('toObjectiveId', 'must be a different objective');
  if (repos.scorecardOfObjective(l.fromObjectiveId) !== repos.scorecardOfObjective(l.toObjectiveId)) {
    throw fieldError('toObjectiveId', 'must be an objective of the same scorecard');
  }
  // The check reads the chosen KPI as that end's measure: a KPI of another objective would test another link.
  for (const [field, kpiId, objectiveId, end] of [
    ['fromKpiId', l.fromKpiId, l.fromObjectiveId, 'cause'],
    ['toKpiId', l.toKpiId, l.toObjectiveId, 'effect'],
  ] as const) {
    if (kpiId === null) continue;
    if (repos.kpis.find(kpiId)?.objectiveId !== objectiveId) throw fieldError(field, `must be a KPI of the ${end}'s objective`);
  }
}

export function checkKpi(k: Omit<Kpi, 'id'>): void {
  if (k.rangeLow !== null && k.rangeHigh !== null && k.rangeLow > k.rangeHigh) {
    throw fieldError('rangeHigh', 'must not be below the lower bound');
  }
  if (k.tolerance !== null && k.tolerance < 0) throw fieldError('tolerance', 'must be 0 or more');
  if (k.greenThreshold !== null && k.amberThreshold !== null && k.amberThreshold > k.greenThreshold) {
    throw fieldError('amberThreshold', 'must not be above the green threshold');
  }
}

export function checkInitiative(repos: Repositories, i: Omit<Initiative, 'id'>): void {
  if (i.startDate && i.endDate && i.endDate < i.startDate) throw fieldError('endDate', 'must not be before the start date');
  if (i.budget !== null && i.budget < 0) throw fieldError('budget', 'must be 0 or more');
  if (i.spent !== null && i.spent < 0) throw fieldError('spent', 'must be 0 or more');
  for (const o of i.objectiveIds) {
    const objective = repos.objectives.find(o);
    if (!objective || repos.scorecardOfObjective(o) !== i.scorecardId) {
      throw fieldError('objectiveIds', `objective ${o} is not part of this scorecard`);
    }
  }
}

const KIND_WORD = { month: 'a month like 2026-03', quarter: 'a quarter like 2026-Q3', year: 'a year like 2026' } as const;

export function checkMeasurementPeriod(kpi: Kpi, period: string): void {
  if (periodKind(period) !== kpi.frequency) {
    throw fieldError('period', `“${kpi.name}” is measured by ${kpi.frequency}: the period must be ${KIND_WORD[kpi.frequency]}`);
  }
}
