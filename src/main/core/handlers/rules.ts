/**
 * Domain rules that span fields or rows, checked on the entity as it would be after the edit. Edits and JSON
 * imports both run them (an import on the rows written to its temporary file): one set of rules for every way
 * data gets into a document.
 */
import type { CauseLink, Initiative, Kpi, Objective, Scorecard } from '../../../shared/domain';
import { fieldError } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { periodKind } from '../../../shared/periods';
import type { Repositories } from '../repositories';

export function checkScorecard(repos: Repositories, s: Scorecard | Omit<Scorecard, 'id'>, id?: number): void {
  if (s.amberThreshold > s.greenThreshold) throw fieldError('amberThreshold', t('errors:rules.amberAboveGreen'));
  if (s.parentScorecardId !== null) {
    repos.scorecards.get(s.parentScorecardId);
    // Walk up from the parent: meeting this scorecard again would make a loop.
    for (let p: number | null = s.parentScorecardId, hops = 0; p !== null && hops < 1000; hops++) {
      if (p === id) throw fieldError('parentScorecardId', t('errors:rules.ownParent'));
      p = repos.scorecards.get(p).parentScorecardId;
    }
  }
}

export function checkObjective(repos: Repositories, o: Omit<Objective, 'id'>): void {
  const scorecardId = repos.perspectives.get(o.perspectiveId).scorecardId;
  if (o.startDate && o.dueDate && o.dueDate < o.startDate) throw fieldError('dueDate', t('errors:rules.beforeStart'));
  if (o.themeId !== null) {
    const theme = repos.themes.find(o.themeId);
    if (!theme || theme.scorecardId !== scorecardId) throw fieldError('themeId', t('errors:rules.sameScorecardTheme'));
  }
}

export function checkLink(repos: Repositories, l: Omit<CauseLink, 'id' | 'note'>): void {
  if (l.fromObjectiveId === l.toObjectiveId) throw fieldError('toObjectiveId', t('errors:rules.differentObjective'));
  if (repos.scorecardOfObjective(l.fromObjectiveId) !== repos.scorecardOfObjective(l.toObjectiveId)) {
    throw fieldError('toObjectiveId', t('errors:rules.sameScorecardObjective'));
  }
  // The check reads the chosen KPI as that end's measure: a KPI of another objective would test another link.
  for (const [field, kpiId, objectiveId, end] of [
    ['fromKpiId', l.fromKpiId, l.fromObjectiveId, 'cause'],
    ['toKpiId', l.toKpiId, l.toObjectiveId, 'effect'],
  ] as const) {
    if (kpiId === null) continue;
    if (repos.kpis.find(kpiId)?.objectiveId !== objectiveId) throw fieldError(field, t(`errors:rules.kpiOf.${end}`));
  }
}

export function checkKpi(k: Omit<Kpi, 'id'>): void {
  if (k.rangeLow !== null && k.rangeHigh !== null && k.rangeLow > k.rangeHigh) {
    throw fieldError('rangeHigh', t('errors:rules.belowLower'));
  }
  if (k.tolerance !== null && k.tolerance < 0) throw fieldError('tolerance', t('errors:validation.orMore', { min: 0 }));
  if (k.greenThreshold !== null && k.amberThreshold !== null && k.amberThreshold > k.greenThreshold) {
    throw fieldError('amberThreshold', t('errors:rules.amberAboveGreen'));
  }
}

export function checkInitiative(repos: Repositories, i: Omit<Initiative, 'id'>): void {
  if (i.startDate && i.endDate && i.endDate < i.startDate) throw fieldError('endDate', t('errors:rules.beforeStart'));
  if (i.budget !== null && i.budget < 0) throw fieldError('budget', t('errors:validation.orMore', { min: 0 }));
  if (i.spent !== null && i.spent < 0) throw fieldError('spent', t('errors:validation.orMore', { min: 0 }));
  for (const o of i.objectiveIds) {
    const objective = repos.objectives.find(o);
    if (!objective || repos.scorecardOfObjective(o) !== i.scorecardId) {
      throw fieldError('objectiveIds', t('errors:rules.objectiveNotHere', { id: o }));
    }
  }
}

export function checkMeasurementPeriod(kpi: Kpi, period: string): void {
  if (periodKind(period) !== kpi.frequency) {
    throw fieldError('period', t(`errors:rules.measuredBy.${kpi.frequency}`, { name: kpi.name }));
  }
}
