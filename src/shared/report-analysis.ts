/** The judgements a report makes from the numbers: which items are the top risks, which initiatives are late. */
import type { ScorecardTree } from './domain';
import type { Evaluation } from './evaluation';
import { initiativeSchedule } from './initiative-schedule';
import { periodKind, previousPeriod } from './periods';
import type { ReportInitiative, ReportRisk } from './report';

/** How many periods of history a key KPI's chart shows, by the kind of the report's period. */
export const HISTORY_LENGTH = { month: 12, quarter: 8, year: 5 } as const;

/** A period and the ones before it, oldest first. */
export function historyPeriods(period: string): string[] {
  const n = HISTORY_LENGTH[periodKind(period)];
  return Array.from({ length: n }, (_, i) => previousPeriod(period, n - 1 - i));
}

/**
 * Each initiative against the calendar at `asOf` (the end of the report's period), judged exactly as the
 * Initiatives view judges it (src/shared/initiative-schedule.ts), so the report and the app never disagree.
 */
export function initiativeProgress(tree: ScorecardTree, asOf: string): ReportInitiative[] {
  const titles = new Map(tree.objectives.map((o) => [o.id, o.title]));
  return tree.initiatives.map((initiative) => {
    const schedule = initiativeSchedule(initiative, asOf);
    return {
      initiative,
      expectedPercent: schedule.expectedPercent,
      behindSchedule: schedule.state === 'behind' || schedule.state === 'overdue',
      schedule: schedule.text,
      objectives: initiative.objectiveIds.map((id) => titles.get(id)).filter((t): t is string => t !== undefined),
    };
  });
}

/**
 * The worst key KPIs and objectives of the period that are red or amber, red first, then by score. Objectives
 * count whether or not they hold key KPIs: a board wants to see a failing objective even if no KPI is marked key.
 */
export function topRisks(tree: ScorecardTree, evaluation: Evaluation, limit = 5): ReportRisk[] {
  const kpis = new Map(tree.kpis.map((k) => [k.id, k]));
  const objectives = new Map(tree.objectives.map((o) => [o.id, o]));
  const perspectives = new Map(tree.perspectives.map((p) => [p.id, p]));
  const risks: ReportRisk[] = [];
  for (const s of evaluation.kpis) {
    const kpi = kpis.get(s.kpiId);
    if (!kpi?.isKey || (s.status !== 'red' && s.status !== 'amber')) continue;
    risks.push({
      kind: 'kpi',
      id: kpi.id,
      name: kpi.name,
      context: objectives.get(kpi.objectiveId)?.title ?? '',
      score: s.score,
      status: s.status,
      reason: s.formula.text,
    });
  }
  for (const s of evaluation.objectives) {
    const objective = objectives.get(s.objectiveId);
    if (!objective || (s.status !== 'red' && s.status !== 'amber')) continue;
    risks.push({
      kind: 'objective',
      id: objective.id,
      name: objective.title,
      context: perspectives.get(objective.perspectiveId)?.name ?? '',
      score: s.score,
      status: s.status,
      reason: s.formula.text,
    });
  }
  const rank = (r: ReportRisk) => (r.status === 'red' ? 0 : 1);
  risks.sort((a, b) => rank(a) - rank(b) || (a.score ?? 0) - (b.score ?? 0) || a.kind.localeCompare(b.kind));
  return risks.slice(0, limit);
}
