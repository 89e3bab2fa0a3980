/**
 * Scoring key results and OKRs by the common convention (docs/okrs.md): each key result 0.0–1.0, an objective the
 * (weighted) mean of its key results, judged against the objective's kind (aspirational: 0.7 is success; committed:
 * 1.0 is expected), each with the formula in words like every other score. Pure.
 */
import type { Kpi, Measurement, Objective, OkrKind, Status } from './domain';
import type { Formula, KeyResultScore, OkrScore } from './evaluation';
import { formatNumber, formatValue } from './format';
import { t } from './i18n';
import type { CheckIn, KeyResult } from './okr';
import { OKR_BANDS } from './okr-bands';
import { containingPeriod, parsePeriod, periodEndDate, periodLabel, periodMonths, periodStartDate } from './periods';
import type { RollupChild } from './scoring-rollup';

/** Float noise (0.1 + 0.2) must not turn a key result exactly on a band's edge the colour below it. */
const EPSILON = 1e-9;

/** The key results scored for `period`: those whose cycle is the quarter the period lies in or, for a year, one of its quarters. */
export function keyResultsOfPeriod(keyResults: readonly KeyResult[], period: string, fyStart: number): KeyResult[] {
  if (keyResults.length === 0) return [];
  const kind = parsePeriod(period).kind;
  if (kind === 'year') {
    const prefix = `${period}-Q`;
    return keyResults.filter((kr) => kr.cycle.startsWith(prefix));
  }
  const cycle = kind === 'quarter' ? period : containingPeriod(period, 'quarter', fyStart);
  return keyResults.filter((kr) => kr.cycle === cycle);
}

/** The status of a 0.0–1.0 score in the bands of an OKR kind. */
export function okrStatus(score: number | null, kind: OkrKind): Status {
  if (score === null || Number.isNaN(score)) return 'none';
  const bands = OKR_BANDS[kind];
  if (score >= bands.green - EPSILON) return 'green';
  if (score >= bands.amber - EPSILON) return 'amber';
  return 'red';
}

/** A 0.0–1.0 score with two decimals, or more when two would round it across a band's edge ("0.70 → amber"). */
export function okrScoreText(score: number, kind: OkrKind): string {
  const status = okrStatus(score, kind);
  for (let d = 2; d <= 6; d++) {
    if (okrStatus(Number(score.toFixed(d)), kind) === status)
      return formatNumber(score, { minDecimals: 2, maxDecimals: d });
  }
  return formatNumber(score, { minDecimals: 2, maxDecimals: 12 });
}

function outcome(score: number, kind: OkrKind): string {
  return t('plans:okrFormula.outcome', {
    score: okrScoreText(score, kind),
    status: t(`plans:okrFormula.status.${okrStatus(score, kind) as 'green' | 'amber' | 'red'}`),
    kind: t(`plans:okrFormula.kind.${kind}`),
  });
}

/** Two decimals, for fractions that are not themselves judged (an unclamped progress before capping). */
const fraction = (n: number): string => formatNumber(n, { minDecimals: 2, maxDecimals: 2 });
/** A number inside arithmetic: negative ones in parentheses after a minus sign, like the KPI formulas. */
const term = (n: number): string => (n < 0 ? `(${formatNumber(n)})` : formatNumber(n));

export interface KeyResultInput {
  keyResult: KeyResult;
  kind: OkrKind;
  /** The key result's check-ins (any order; those of other key results are ignored). */
  checkIns: readonly CheckIn[];
  /** The linked KPI and its measurements by period, when the key result takes its values from one. */
  kpi: { kpi: Kpi; values: ReadonlyMap<string, Measurement> } | null;
  period: string;
  fyStart: number;
}

/** Check-ins of the key result up to the as-of date, oldest first (by date, then id: the later entry wins a tie). */
function checkInsUpTo(kr: KeyResult, checkIns: readonly CheckIn[], asOfDate: string): CheckIn[] {
  return checkIns
    .filter((c) => c.keyResultId === kr.id && c.date <= asOfDate)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
}

function latest<T>(items: readonly T[], keep: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (keep(items[i])) return items[i];
  return undefined;
}

interface Current {
  value: number;
  asOf: string;
  /** Where the value comes from, in words: "Check-in of 2026-05-20", "KPI ‘Active users’, May 2026". */
  source: string;
}

/** The linked KPI's latest value among its own periods that overlap the cycle and have begun by the as-of date. */
function kpiValue(
  kr: KeyResult,
  linked: NonNullable<KeyResultInput['kpi']>,
  asOfDate: string,
  fy: number,
): Current | null {
  const { kpi, values } = linked;
  const periods =
    kpi.frequency === 'month'
      ? periodMonths(kr.cycle, fy)
      : kpi.frequency === 'quarter'
        ? [kr.cycle]
        : [containingPeriod(kr.cycle, 'year', fy)];
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i];
    if (periodStartDate(p, fy) > asOfDate) continue;
    const actual = values.get(p)?.actual;
    if (actual !== null && actual !== undefined) {
      return {
        value: actual,
        asOf: p,
        source: t('plans:okrFormula.sourceKpi', { kpi: kpi.name, period: periodLabel(p, fy) }),
      };
    }
  }
  return null;
}

/** One key result as of the end of `period`. */
export function scoreKeyResult(input: KeyResultInput): KeyResultScore {
  const { keyResult: kr, kind, fyStart } = input;
  const asOfDate = periodEndDate(input.period, fyStart);
  const checkIns = checkInsUpTo(kr, input.checkIns, asOfDate);
  const confidence = latest(checkIns, (c) => c.confidence !== null)?.confidence ?? null;
  const result = (
    current: number | null,
    asOf: string | null,
    score: number | null,
    progress: number | null,
    formula: Formula,
  ): KeyResultScore => ({
    keyResultId: kr.id,
    objectiveId: kr.objectiveId,
    cycle: kr.cycle,
    current,
    asOf,
    score,
    progress,
    status: okrStatus(score, kind),
    confidence,
    formula,
  });

  if (kr.kind === 'milestone') {
    // A milestone nobody has checked in on is known not to be done: it scores 0.0, not "no data".
    const last = latest(checkIns, (c) => c.value !== null);
    const done = last !== undefined && (last.value as number) >= 1;
    const score = done ? 1 : 0;
    const when = last ? t('plans:okrFormula.whenCheckIn', { date: last.date }) : t('plans:okrFormula.whenNone');
    const text = t(done ? 'plans:okrFormula.milestoneDone' : 'plans:okrFormula.milestoneNotDone', {
      when,
      outcome: outcome(score, kind),
    });
    return result(score, last?.date ?? null, score, score, { method: 'milestone', text });
  }

  let current: Current | null;
  if (kr.kpiId !== null) {
    current = input.kpi ? kpiValue(kr, input.kpi, asOfDate, fyStart) : null;
  } else {
    const last = latest(checkIns, (c) => c.value !== null);
    current = last
      ? {
          value: last.value as number,
          asOf: last.date,
          source: t('plans:okrFormula.sourceCheckIn', { date: last.date }),
        }
      : null;
  }
  const target = kr.target;
  const start = kr.startValue ?? 0;
  if (target === null) {
    const text = t('plans:okrFormula.noTarget');
    return result(current?.value ?? null, current?.asOf ?? null, null, null, { method: 'no-target', text });
  }
  if (target === start) {
    const text = t('plans:okrFormula.targetEqualsStart', { start: formatValue(start, kr.unit) });
    return result(current?.value ?? null, current?.asOf ?? null, null, null, { method: 'target-equals-start', text });
  }
  if (current === null) {
    const text =
      kr.kpiId === null
        ? t('plans:okrFormula.noValueCheckIn', { date: asOfDate })
        : input.kpi
          ? t('plans:okrFormula.noValueKpi', {
              kpi: input.kpi.kpi.name,
              cycle: periodLabel(kr.cycle, fyStart),
              date: asOfDate,
            })
          : t('plans:okrFormula.noLinkedKpi');
    return result(null, null, null, null, { method: 'no-data', text });
  }

  // One formula for both directions: a 'decrease' key result simply has its target below its start.
  const progress = (current.value - start) / (target - start);
  const score = Math.min(1, Math.max(0, progress));
  const from = kr.startValue === null ? t('plans:okrFormula.noStart') : '';
  const arithmetic = `(${term(current.value)} − ${term(start)}) / (${term(target)} − ${term(start)})`;
  const clamp =
    progress > 1
      ? t('plans:okrFormula.cappedAt', { progress: fraction(progress) })
      : progress < 0
        ? t('plans:okrFormula.raisedTo', { progress: fraction(progress) })
        : '';
  const text = t('plans:okrFormula.metric', {
    source: current.source,
    value: formatValue(current.value, kr.unit),
    from,
    arithmetic,
    clamp,
    outcome: outcome(score, kind),
  });
  return result(current.value, current.asOf, score, progress, {
    method: kr.kpiId === null ? 'metric' : 'metric-kpi',
    text,
  });
}

/** An objective's OKR score from its key results' scores (those with no score are left out and counted as not reported). */
export function scoreOkr(
  objective: Pick<Objective, 'id' | 'okrKind'>,
  scores: readonly { keyResult: KeyResult; score: KeyResultScore }[],
): OkrScore {
  const kind = objective.okrKind;
  const total = scores.length;
  const scored = scores.filter((s) => s.score.score !== null);
  const reported = scored.length;
  const counted = scored.filter((s) => s.keyResult.weight > 0);
  const none = (method: string, text: string): OkrScore => ({
    objectiveId: objective.id,
    kind,
    score: null,
    status: 'none',
    reported,
    total,
    formula: { method, text },
  });
  const noun = (n: number) => t('plans:okr.keyResultCount', { count: n });
  if (total === 0) return none('no-children', t('plans:okr.noneInCycle'));
  if (reported === 0) return none('no-data', t('plans:okrFormula.noData', { total: noun(total) }));
  if (counted.length === 0)
    return none('zero-weight', t('plans:okrFormula.zeroWeight', { reported, total: noun(total) }));

  let sumW = 0;
  let sumWS = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const { keyResult, score } of counted) {
    const s = score.score as number;
    sumW += keyResult.weight;
    sumWS += keyResult.weight * s;
    min = Math.min(min, s);
    max = Math.max(max, s);
  }
  // A mean lies between its smallest and largest term; clamping keeps float noise out of "0.70, 0.70 → 0.6999…".
  const score = Math.min(max, Math.max(min, sumWS / sumW));
  const weighted = counted.some((c) => c.keyResult.weight !== counted[0].keyResult.weight);
  const of = reported < total ? t('plans:okrFormula.someOf', { reported, total: noun(total) }) : noun(total);
  const zero = reported - counted.length;
  const notCounted = zero > 0 ? t('plans:okrFormula.notCounted', { n: zero }) : '';
  const terms = counted
    .map((c) => `${fraction(c.score.score as number)} × ${formatNumber(c.keyResult.weight)}`)
    .join(' + ');
  const text = t(weighted ? 'plans:okrFormula.weightedMean' : 'plans:okrFormula.mean', {
    of,
    notCounted,
    terms,
    sum: formatNumber(sumW),
    outcome: outcome(score, kind),
  });
  return {
    objectiveId: objective.id,
    kind,
    score,
    status: okrStatus(score, kind),
    reported,
    total,
    formula: { method: 'okr-mean', text },
  };
}

/** A key result as a child of its objective's balanced-scorecard rollup: its score as a share of success, 0–100. */
export function keyResultChild(keyResult: KeyResult, score: KeyResultScore, kind: OkrKind): RollupChild {
  // An aspirational key result at 0.7 has succeeded: as a child it counts 100, like a KPI on target.
  const child = score.score === null ? null : Math.min(100, (score.score / OKR_BANDS[kind].success) * 100);
  return { name: keyResult.title, score: child, status: score.status, weight: keyResult.weight };
}
