/**
 * The incentive plan's payout factors (docs/incentives.md). Pure: the core's incentive.get and the XLSX export run it.
 *
 * People are the owners of the scorecard's objectives, KPIs and key results (named as owners.ts reads them). Each
 * thing a person owns is one item: its achievement is what the scoring engine already says (a KPI's unclamped
 * progress %, an objective's score, a key result's progress × 100); below the threshold it pays 0, otherwise its
 * achievement up to the cap. The factor is Σ(weight × payout) / (100 × Σ weight) over the items with data: an item
 * without data is left out and listed, never counted as zero. The what-if is the same plan at the period's end: each
 * KPI without a value for the period takes its forecast for it (forecast.ts), entered values stay, and the
 * objectives and key results are scored again from that.
 */
import type { Measurement } from './domain';
import type { Evaluation } from './evaluation';
import { formatNumber } from './format';
import { t } from './i18n';
import { forecastPath } from './forecast';
import type {
  IncentiveEntityType,
  IncentiveFactor,
  IncentiveItem,
  IncentiveLine,
  IncentivePerson,
  IncentivePlan,
  IncentiveWhatIf,
} from './incentives';
import { compareKinds, containingPeriod, periodKind, periodLabel, periodMonths, subPeriods } from './periods';
import { ownerKey } from './scorecard-filter';
import { evaluateScorecard, type EvaluateInput, type MeasurementIndex } from './scoring';

export interface IncentiveInput {
  /**
   * What scores the period: the live structure and values (with the forecast's look-back), or a closed snapshot; its
   * key results give the owners and titles of theirs.
   */
  scoring: EvaluateInput;
  plan: IncentivePlan;
  items: readonly IncentiveItem[];
  period: string;
  /** The evaluation the app shows for the period, when the caller has it (else worked out from `scoring`). */
  evaluation?: Evaluation;
}

export interface IncentiveResult {
  people: IncentivePerson[];
  whatIf: IncentiveWhatIf;
}

/** One owned thing, scored: what a line is made from. */
interface Scored {
  entityType: IncentiveEntityType;
  entityId: number;
  title: string;
  owner: string;
  achievement: number | null;
  /** The words before the achievement in the formula ("Progress 0.85 × 100 ="), or why there is none. */
  source: string;
  forecast: boolean;
}

const EMPTY: ReadonlyMap<string, Measurement> = new Map();
const pct = (n: number): string => formatNumber(n, { maxDecimals: 1 });
export const factorText = (f: number): string => formatNumber(f, { minDecimals: 2, maxDecimals: 2 });

/** The KPI periods scoring `period` reads at one frequency: its sub-periods, or the one period containing it. */
function periodsRead(period: string, frequency: 'month' | 'quarter' | 'year', fy: number): Set<string> {
  const finer = compareKinds(frequency, periodKind(period)) <= 0;
  return new Set(finer ? subPeriods(period, frequency, fy) : [containingPeriod(period, frequency, fy)]);
}

/**
 * The values at the period's end: each KPI period the scoring of `period` reads that has no value after the KPI's
 * latest reported one takes the forecast's value for it; every entered value (and target) stays as it is.
 */
export function whatIfMeasurements(
  input: EvaluateInput,
  period: string,
): { index: MeasurementIndex; kpiIds: number[] } {
  const fy = input.scorecard.fiscalYearStartMonth;
  const given = input.measurements;
  const index: MeasurementIndex = Array.isArray(given)
    ? byKpi(given as readonly Measurement[])
    : (given as MeasurementIndex);
  const out = new Map(index);
  const kpiIds: number[] = [];
  const lastMonth = periodMonths(period, fy).at(-1)!;
  for (const kpi of input.kpis) {
    const own = index.get(kpi.id) ?? EMPTY;
    const until = containingPeriod(lastMonth, kpi.frequency, fy);
    // The path's first point is the latest reported value itself; the rest are projected.
    const path = forecastPath({ kpi, measurements: own, period, fiscalYearStartMonth: fy, until }).slice(1);
    const read = periodsRead(period, kpi.frequency, fy);
    let filled: Map<string, Measurement> | null = null;
    for (const p of path) {
      const entered = own.get(p.period);
      if (!read.has(p.period) || (entered && entered.actual !== null)) continue;
      filled ??= new Map(own);
      filled.set(p.period, {
        kpiId: kpi.id,
        period: p.period,
        actual: p.value,
        target: entered?.target ?? null,
        note: '',
      });
    }
    if (filled) {
      out.set(kpi.id, filled);
      kpiIds.push(kpi.id);
    }
  }
  return { index: out, kpiIds };
}

function byKpi(list: readonly Measurement[]): MeasurementIndex {
  const index = new Map<number, Map<string, Measurement>>();
  for (const m of list) {
    const row = index.get(m.kpiId) ?? new Map<string, Measurement>();
    row.set(m.period, m);
    index.set(m.kpiId, row);
  }
  return index;
}

/** Everything owned, scored by one evaluation, in the scorecard's order: objectives, then KPIs, then key results. */
function scoredItems(
  input: IncentiveInput,
  evaluation: Evaluation,
  forecast: ReadonlySet<number>,
  label: string,
): Scored[] {
  const objectives = new Map(input.scoring.objectives.map((o) => [o.id, o]));
  const kpis = new Map(input.scoring.kpis.map((k) => [k.id, k]));
  const keyResults = new Map((input.scoring.keyResults ?? []).map((k) => [k.id, k]));
  const forecastObjectives = new Set(input.scoring.kpis.filter((k) => forecast.has(k.id)).map((k) => k.objectiveId));
  const out: Scored[] = [];
  for (const s of evaluation.objectives) {
    const o = objectives.get(s.objectiveId);
    if (!o) continue;
    out.push({
      entityType: 'objective',
      entityId: o.id,
      title: o.title,
      owner: o.owner,
      achievement: s.score,
      source: s.score === null ? s.formula.text : t('plans:incentiveFormula.score'),
      forecast: forecastObjectives.has(o.id),
    });
  }
  for (const s of evaluation.kpis) {
    const k = kpis.get(s.kpiId);
    if (!k) continue;
    out.push({
      entityType: 'kpi',
      entityId: k.id,
      title: k.name,
      owner: k.owner,
      achievement: s.progress,
      source:
        s.progress !== null
          ? t('plans:incentiveFormula.progress')
          : s.actual === null
            ? t('plans:incentiveFormula.noValue', { period: label })
            : s.formula.text,
      forecast: forecast.has(k.id),
    });
  }
  for (const s of evaluation.keyResults) {
    const kr = keyResults.get(s.keyResultId);
    if (!kr) continue;
    const achievement = s.progress === null ? null : s.progress * 100;
    out.push({
      entityType: 'keyResult',
      entityId: kr.id,
      title: kr.title,
      owner: kr.owner,
      achievement,
      source:
        achievement === null
          ? s.formula.text
          : t('plans:incentiveFormula.keyResultProgress', { progress: formatNumber(s.progress, { minDecimals: 2 }) }),
      forecast: kr.kpiId !== null && forecast.has(kr.kpiId),
    });
  }
  return out;
}

/** One item's line: the item's own terms where it has them, else the plan's. */
function lineOf(s: Scored, plan: IncentivePlan, terms: IncentiveItem | undefined): IncentiveLine {
  const weight = terms?.weight ?? 1;
  const threshold = terms?.threshold ?? plan.threshold;
  const cap = terms?.cap ?? plan.cap;
  const base = {
    entityType: s.entityType,
    entityId: s.entityId,
    title: s.title,
    weight,
    threshold,
    cap,
    forecast: s.forecast,
  };
  const lead = s.forecast ? t('plans:incentiveFormula.forecast') : '';
  if (s.achievement === null) {
    return {
      ...base,
      achievement: null,
      payout: null,
      excluded: s.source,
      formula: t('plans:incentiveFormula.leftOut', { lead, source: s.source }),
    };
  }
  const a = s.achievement;
  if (a < threshold) {
    const formula = t('plans:incentiveFormula.belowThreshold', {
      lead,
      source: s.source,
      achievement: pct(a),
      threshold: pct(threshold),
    });
    return { ...base, achievement: a, payout: 0, excluded: null, formula };
  }
  const payout = Math.min(a, cap);
  const formula = t('plans:incentiveFormula.pays', {
    lead,
    source: s.source,
    achievement: pct(a),
    threshold: pct(threshold),
    cap: pct(cap),
    payout: pct(payout),
  });
  return { ...base, achievement: a, payout, excluded: null, formula };
}

/** Σ(w·payout) / (100·Σw) over the lines with data, with the formula in numbers. */
export function factorOf(lines: IncentiveLine[], periodName: string): IncentiveFactor {
  const counted = lines.filter((l) => l.payout !== null);
  const left = lines.filter((l) => l.payout === null).map((l) => l.title);
  const leftOut = left.length ? t('plans:incentiveFormula.leftOutNoData', { items: left.join(', ') }) : '';
  if (counted.length === 0) {
    return { factor: null, formula: t('plans:incentiveFormula.noItemData', { period: periodName, leftOut }), lines };
  }
  const sumW = counted.reduce((a, l) => a + l.weight, 0);
  if (sumW === 0) {
    return { factor: null, formula: t('plans:incentiveFormula.zeroWeight', { leftOut }), lines };
  }
  const sumWP = counted.reduce((a, l) => a + l.weight * l.payout!, 0);
  const factor = sumWP / (100 * sumW);
  const terms = counted.map((l) => `${pct(l.payout!)} × ${formatNumber(l.weight)}`).join(' + ');
  const formula = t('plans:incentiveFormula.factor', {
    terms,
    sum: formatNumber(sumW),
    factor: factorText(factor),
    leftOut,
  });
  return { factor, formula, lines };
}

function peopleOf(scored: readonly Scored[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of scored) {
    const key = ownerKey(s.owner);
    if (key && !names.has(key)) names.set(key, s.owner.trim().replace(/\s+/g, ' '));
  }
  return names;
}

/** Each person's factor for the period and at the period's end, alphabetically; blank owners are nobody. */
export function incentiveFactors(input: IncentiveInput): IncentiveResult {
  const { scoring, plan, period } = input;
  const fy = scoring.scorecard.fiscalYearStartMonth;
  const label = periodLabel(period, fy);
  const actualEvaluation = input.evaluation ?? evaluateScorecard(scoring, period);
  const filled = whatIfMeasurements(scoring, period);
  const whatIfEvaluation = evaluateScorecard({ ...scoring, measurements: filled.index }, period);
  const forecast = new Set(filled.kpiIds);
  const actual = scoredItems(input, actualEvaluation, new Set(), label);
  const ahead = scoredItems(input, whatIfEvaluation, forecast, label);
  const terms = new Map(input.items.map((i) => [`${i.entityType}:${i.entityId}`, i]));
  const names = peopleOf([...actual, ...ahead]);
  const factor = (list: readonly Scored[], key: string) =>
    factorOf(
      list
        .filter((s) => ownerKey(s.owner) === key)
        .map((s) => lineOf(s, plan, terms.get(`${s.entityType}:${s.entityId}`))),
      label,
    );
  const people = [...names.entries()]
    .sort((a, b) => a[1].localeCompare(b[1]))
    .map(([key, person]) => ({ person, actual: factor(actual, key), whatIf: factor(ahead, key) }));
  const n = forecast.size;
  const text =
    n === 0
      ? t('plans:incentiveFormula.whatIfSame', { period: label })
      : t('plans:incentiveFormula.whatIf', { period: label, count: n });
  return { people, whatIf: { kpiIds: filled.kpiIds, text } };
}
