/** The judgements a report makes from the numbers: which items are the top risks, which initiatives are late. */
import type { Initiative, ScorecardTree } from './domain';
import type { Evaluation } from './evaluation';
import { periodKind, previousPeriod } from './periods';
import type { ReportInitiative, ReportRisk } from './report';

/** How many periods of history a key KPI's chart shows, by the kind of the report's period. */
export const HISTORY_LENGTH = { month: 12, quarter: 8, year: 5 } as const;

/** A period and the ones before it, oldest first. */
export function historyPeriods(period: string): string[] {
  const n = HISTORY_LENGTH[periodKind(period)];
  return Array.from({ length: n }, (_, i) => previousPeriod(period, n - 1 - i));
}

/** Percentage points an initiative may lag its even-paced plan before it counts as behind schedule. */
export const SCHEDULE_SLACK = 10;

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** Where an initiative should be on `asOf` (an ISO date) if its work were spread evenly between its dates. */
export function expectedPercent(initiative: Initiative, asOf: string): number | null {
  const { startDate, endDate } = initiative;
  if (!startDate || !endDate) return null;
  const start = dayNumber(startDate);
  const end = dayNumber(endDate);
  const now = dayNumber(asOf);
  if (now <= start) return 0;
  if (now >= end || end <= start) return 100;
  return ((now - start) / (end - start)) * 100;
}

export function initiativeProgress(tree: ScorecardTree, asOf: string): ReportInitiative[] {
  const titles = new Map(tree.objectives.map((o) => [o.id, o.title]));
  return tree.initiatives.map((initiative) => {
    const expected = expectedPercent(initiative, asOf);
    const open = initiative.status !== 'done' && initiative.status !== 'cancelled';
    const late = expected !== null && initiative.percentComplete + SCHEDULE_SLACK < expected;
    return {
      initiative,
      expectedPercent: expected,
      // On hold past its start is behind too: nothing moves while it waits.
      behindSchedule: open && (late || (initiative.status === 'on_hold' && (expected ?? 0) > 0)),
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
