/**
 * Scoring of one KPI for one period: aggregate the actual, find the target in force, turn them into
 * progress by the KPI's polarity, and say in words how, so the user can see why a KPI is amber.
 */
import type { Frequency, Kpi, Measurement } from './domain';
import type { KpiScore } from './evaluation';
import { formatValue } from './format';
import { t } from './i18n';
import { periodText } from './period-text';
import { compareKinds, containingPeriod, periodKind, subPeriods } from './periods';
import { progressFor } from './scoring-progress';
import { DEFAULT_THRESHOLDS, resolveThresholds, statusFor, type Thresholds } from './scoring-status';

export interface ScoreKpiInput {
  kpi: Kpi;
  /** The evaluated period: a month, fiscal quarter or fiscal year key. */
  period: string;
  fiscalYearStartMonth: number;
  /** This KPI's measurements by period key, or a list (measurements of other KPIs in it are ignored). */
  measurements: ReadonlyMap<string, Measurement> | readonly Measurement[];
  /** The scorecard's thresholds, used where the KPI has none; 100/80 when omitted. */
  scorecardThresholds?: Thresholds;
}

/** "3 months", "1 quarter". */
const periods = (count: number, frequency: Frequency): string => t(`engine:periodCount.${frequency}`, { count });

interface Gathered {
  actual: number | null;
  target: number | null;
  reported: number;
  expected: number;
  /** First sub-period whose target is needed but missing, for the "no target set" wording. */
  missingTargetIn: string | null;
  /** The period the values were read for: the evaluated one, or the quarter or year of a coarser KPI. */
  source: string;
  notes: string[];
  /** The KPI's baseline, scaled to the number of summed sub-periods (a monthly baseline summed over a quarter). */
  baseline?: number | null;
  /** A summed target-range KPI's band and tolerance, scaled like its target. */
  range?: Pick<Kpi, 'rangeLow' | 'rangeHigh' | 'tolerance'>;
}

interface SubValue {
  key: string;
  actual: number | null;
  target: number | null;
}

function targetOf(m: Measurement | undefined, kpi: Kpi): number | null {
  return m !== undefined && m.target !== null ? m.target : kpi.target;
}

/** Mean that returns the common value exactly when all values are equal, so averaging never adds float noise. */
function mean(values: readonly number[]): number {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min === max ? min : Math.min(max, Math.max(min, sum / values.length));
}

function aggregateTargets(kpi: Kpi, subs: readonly SubValue[]): { target: number | null; missing: string | null } {
  const used = kpi.aggregation === 'last' ? subs.slice(-1) : subs;
  const missing = used.find((s) => s.target === null);
  if (missing || used.length === 0) return { target: null, missing: missing?.key ?? null };
  const targets = used.map((s) => s.target as number);
  if (kpi.aggregation === 'sum') return { target: targets.reduce((a, b) => a + b, 0), missing: null };
  return { target: mean(targets), missing: null };
}

function gather(
  kpi: Kpi,
  period: string,
  fyStart: number,
  lookup: ReadonlyMap<string, Measurement>,
  subs: readonly string[] | null,
): Gathered {
  const frequency = kpi.frequency;
  if (compareKinds(frequency, periodKind(period)) > 0) {
    // A quarterly KPI viewed for a month: the quarter's value is the best statement about that month.
    const key = containingPeriod(period, frequency, fyStart);
    const m = lookup.get(key);
    const actual = m?.actual ?? null;
    const target = targetOf(m, kpi);
    const notes = [t(`engine:kpiFormula.coarser.${frequency}`, { period: periodText(key, fyStart) })];
    return {
      actual,
      target,
      reported: actual === null ? 0 : 1,
      expected: 1,
      missingTargetIn: target === null ? key : null,
      source: key,
      notes,
    };
  }
  const keys = subs ?? subPeriods(period, frequency, fyStart);
  if (keys.length === 1) {
    const m = lookup.get(keys[0]);
    const actual = m?.actual ?? null;
    const target = targetOf(m, kpi);
    return {
      actual,
      target,
      reported: actual === null ? 0 : 1,
      expected: 1,
      missingTargetIn: target === null ? keys[0] : null,
      source: period,
      notes: [],
    };
  }
  const values: SubValue[] = keys.map((key) => {
    const m = lookup.get(key);
    return { key, actual: m?.actual ?? null, target: targetOf(m, kpi) };
  });
  const reported = values.filter((v) => v.actual !== null);
  const base = { reported: reported.length, expected: values.length, source: period, notes: [] as string[] };
  if (reported.length === 0) {
    // Nothing to compare, but the whole period's target is still worth showing.
    const { target } = aggregateTargets(kpi, values);
    return { ...base, actual: null, target, missingTargetIn: null };
  }
  const actuals = reported.map((v) => v.actual as number);
  const actual =
    kpi.aggregation === 'sum'
      ? actuals.reduce((a, b) => a + b, 0)
      : kpi.aggregation === 'average'
        ? mean(actuals)
        : actuals[actuals.length - 1];
  // Only the reported sub-periods' targets count, so a half-reported quarter is compared like for like.
  const { target, missing } = aggregateTargets(kpi, reported);
  base.notes.push(aggregationNote(kpi, values, reported, actual, target, fyStart));
  // A band is stated per KPI period, like the target: summed sub-periods need it summed too. Averaged and
  // latest values are on the scale of one period, so their band stays as it is.
  if (kpi.aggregation === 'sum' && kpi.polarity === 'range' && kpi.rangeLow !== null && kpi.rangeHigh !== null) {
    const n = reported.length;
    const range = {
      rangeLow: kpi.rangeLow * n,
      rangeHigh: kpi.rangeHigh * n,
      tolerance: kpi.tolerance === null ? null : kpi.tolerance * n,
    };
    const v = (x: number) => formatValue(x, kpi.unit);
    base.notes.push(
      t('engine:kpiFormula.rangeSummed', {
        low: v(kpi.rangeLow),
        high: v(kpi.rangeHigh),
        per: t(`engine:perPeriod.${kpi.frequency}`),
        n,
        sumLow: v(range.rangeLow),
        sumHigh: v(range.rangeHigh),
      }),
    );
    return { ...base, actual, target, missingTargetIn: missing, range };
  }
  // A baseline is stated per KPI period, like the target: summed sub-periods need it summed too.
  if (kpi.aggregation === 'sum' && kpi.baseline !== null && kpi.polarity !== 'range') {
    const baseline = kpi.baseline * reported.length;
    base.notes.push(
      t('engine:kpiFormula.baselineSummed', {
        baseline: formatValue(kpi.baseline, kpi.unit),
        per: t(`engine:perPeriod.${kpi.frequency}`),
        n: reported.length,
        sum: formatValue(baseline, kpi.unit),
      }),
    );
    return { ...base, actual, target, missingTargetIn: missing, baseline };
  }
  return { ...base, actual, target, missingTargetIn: missing };
}

function aggregationNote(
  kpi: Kpi,
  all: readonly SubValue[],
  reported: readonly SubValue[],
  actual: number,
  target: number | null,
  fyStart: number,
): string {
  const frequency = kpi.frequency;
  const partial = reported.length < all.length;
  const allCount = periods(all.length, frequency);
  const of = partial ? t('engine:kpiFormula.partial', { reported: reported.length, all: allCount }) : allCount;
  const showTarget = kpi.polarity !== 'range' && target !== null;
  const values = showTarget
    ? t('engine:kpiFormula.valuesWithTarget', {
        actual: formatValue(actual, kpi.unit),
        target: formatValue(target, kpi.unit),
      })
    : t('engine:kpiFormula.values', { actual: formatValue(actual, kpi.unit) });
  const why = partial && showTarget;
  if (kpi.aggregation === 'sum' || kpi.aggregation === 'average') {
    const key = kpi.aggregation === 'sum' ? 'sum' : 'average';
    return why
      ? t(`engine:kpiFormula.${key}Partial`, { of, values, periods: t(`engine:periodPlural.${frequency}`) })
      : t(`engine:kpiFormula.${key}`, { of, values });
  }
  const last = periodText(reported[reported.length - 1].key, fyStart);
  return partial
    ? t('engine:kpiFormula.latestPartial', { all: allCount, last, of, values })
    : t('engine:kpiFormula.latest', { of, last, values });
}

/** Internal form used by evaluateScorecard, which has already indexed the measurements and split the period. */
export function scoreKpiWith(
  kpi: Kpi,
  period: string,
  fyStart: number,
  lookup: ReadonlyMap<string, Measurement>,
  fallback: Thresholds,
  subs: readonly string[] | null,
): KpiScore {
  const th = resolveThresholds(kpi, fallback);
  const g = gather(kpi, period, fyStart, lookup, subs);
  let progress: number | null = null;
  let formula: KpiScore['formula'];
  if (g.actual === null) {
    const text =
      g.expected > 1
        ? t('engine:kpiFormula.noDataOf', {
            period: periodText(g.source, fyStart),
            all: periods(g.expected, kpi.frequency),
          })
        : t('engine:kpiFormula.noData', { period: periodText(g.source, fyStart) });
    formula = { method: 'no-data', text: joinNotes(g.notes, text) };
  } else {
    const scaled =
      g.range !== undefined ? { ...kpi, ...g.range } : g.baseline === undefined ? kpi : { ...kpi, baseline: g.baseline };
    const missing = g.expected > 1 && g.missingTargetIn !== null ? periodText(g.missingTargetIn, fyStart) : null;
    const p = progressFor(scaled, g.actual, g.target, missing, th);
    progress = p.progress;
    formula = { method: p.method, text: joinNotes(g.notes, p.text) };
  }
  // Spelled out rather than spread: this runs for every KPI of every evaluation.
  return {
    kpiId: kpi.id,
    period,
    actual: g.actual,
    target: g.target,
    baseline: g.baseline === undefined ? kpi.baseline : g.baseline,
    progress,
    score: progress === null ? null : Math.min(100, Math.max(0, progress)),
    status: statusFor(progress, th),
    formula,
    reported: g.reported,
    expected: g.expected,
    greenThreshold: th.greenThreshold,
    amberThreshold: th.amberThreshold,
  };
}

function joinNotes(notes: readonly string[], last: string): string {
  return notes.length === 0 ? last : `${notes.join(' ')} ${last}`;
}

/** Score one KPI for one period. */
export function scoreKpi(input: ScoreKpiInput): KpiScore {
  const { kpi, measurements } = input;
  let lookup: ReadonlyMap<string, Measurement>;
  if (Array.isArray(measurements)) {
    const map = new Map<string, Measurement>();
    for (const m of measurements as readonly Measurement[]) if (m.kpiId === kpi.id) map.set(m.period, m);
    lookup = map;
  } else {
    lookup = measurements as ReadonlyMap<string, Measurement>;
  }
  return scoreKpiWith(
    kpi,
    input.period,
    input.fiscalYearStartMonth,
    lookup,
    input.scorecardThresholds ?? DEFAULT_THRESHOLDS,
    null,
  );
}
