/**
 * SMART checks: is each objective Specific, Measurable, Relevant and Time-bound, and each KPI Measurable and
 * Achievable? Every finding says why in plain words, with the numbers where there are numbers. The checks are
 * advice for the person writing the scorecard: they never block an edit, and "ok" findings carry their reason too, so
 * a test (or a curious user) can see why a letter passed. Pure and zod-free: the overview's first paint imports it.
 * The rules, their thresholds and the reasons for them are in docs/smart-checks.md.
 */
import type { Kpi, Measurement, Objective, Status, ScorecardTree } from './domain';
import { forecastKpi } from './forecast';
import { formatRange, formatValue } from './format';
import { formatDay, localIsoDate } from './initiative-schedule';
import { comparePeriods, containingPeriod, periodKind, periodLabel, periodMonths, subPeriods } from './periods';
import { evaluateScorecard, type MeasurementIndex } from './scoring';
import { currentLanguage, t } from './i18n';
import { titleProblem } from './smart-title';

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';
export const SMART_LETTERS: readonly SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];
/** A letter's word in the current language ("Measurable", "Messbar"). */
export const smartWord = (letter: SmartLetter): string => t(`engine:smart.letters.${letter}`);

export interface SmartFinding {
  letter: SmartLetter;
  ok: boolean;
  /** The reason, in plain words. */
  message: string;
}

export interface SmartItem {
  kind: 'objective' | 'kpi';
  id: number;
  name: string;
  /** The objective itself, or the KPI's. */
  objectiveId: number;
  findings: SmartFinding[];
  /** The findings that are not ok: what the hints show. */
  hints: SmartFinding[];
  /** Letters with at least one hint, in S-M-A-R-T order. */
  unmet: SmartLetter[];
}

export interface SmartSummary {
  /** Hints in all (an item may have several). */
  hints: number;
  /** Objectives and KPIs with at least one hint. */
  items: number;
  /** Each letter's hints with the item they are about, objectives first, in the tree's order. */
  byLetter: Record<SmartLetter, { item: SmartItem; finding: SmartFinding }[]>;
}

export interface SmartReport {
  objectives: Map<number, SmartItem>;
  kpis: Map<number, SmartItem>;
  summary: SmartSummary;
}

/** A target needing more than this many times the best change the history shows is flagged as out of reach. */
export const ACHIEVABLE_FACTOR = 1.5;
/** KPI periods with a value needed before a target is judged against the history (two changes to compare). */
export const MIN_HISTORY = 3;
/** A description shorter than this many words does not yet say what success looks like. */
export const MIN_DESCRIPTION_WORDS = 4;

/**
 * Per-KPI results kept between calls: a KPI's findings depend only on the KPI, its own cells, the period and the
 * fiscal year, and the document store keeps a KPI's cell map unchanged until one of its cells changes, so after an
 * edit only the edited KPI is checked again. The findings' words are the language's of the moment they were made.
 */
export type SmartCache = WeakMap<
  Kpi,
  { cells: ReadonlyMap<string, Measurement> | undefined; period: string; fy: number; language: string; item: SmartItem }
>;
export const newSmartCache = (): SmartCache => new WeakMap();

export interface SmartOptions {
  /** The objectives' statuses in the viewed period, when the caller has them already; else they are evaluated. */
  objectiveStatus?: ReadonlyMap<number, Status>;
  cache?: SmartCache;
}

const NO_CELLS: ReadonlyMap<string, Measurement> = new Map();
const finding = (letter: SmartLetter, ok: boolean, message: string): SmartFinding => ({ letter, ok, message });
const quoted = (text: string) => t('engine:smart.quoted', { text });

function item(
  kind: SmartItem['kind'],
  id: number,
  name: string,
  objectiveId: number,
  findings: SmartFinding[],
): SmartItem {
  const hints = findings.filter((f) => !f.ok);
  const unmet = SMART_LETTERS.filter((l) => hints.some((h) => h.letter === l));
  return { kind, id, name, objectiveId, findings, hints, unmet };
}

function hasTarget(kpi: Kpi, cells: ReadonlyMap<string, Measurement>): boolean {
  if (kpi.polarity === 'range') return kpi.rangeLow !== null && kpi.rangeHigh !== null;
  if (kpi.target !== null) return true;
  for (const m of cells.values()) if (m.target !== null) return true;
  return false;
}

function measurable(kpi: Kpi, cells: ReadonlyMap<string, Measurement>): SmartFinding[] {
  const out: SmartFinding[] = [];
  const name = quoted(kpi.name);
  if (!hasTarget(kpi, cells))
    out.push(
      finding(
        'M',
        false,
        t(kpi.polarity === 'range' ? 'engine:smart.measurable.noRange' : 'engine:smart.measurable.noTarget', { name }),
      ),
    );
  if (!kpi.unit.trim()) out.push(finding('M', false, t('engine:smart.measurable.noUnit', { name })));
  if (out.length === 0) out.push(finding('M', true, t('engine:smart.measurable.ok', { name })));
  return out;
}

/** Reported values at the KPI's own frequency up to `asOf`, oldest first. */
function history(kpi: Kpi, cells: ReadonlyMap<string, Measurement>, asOf: string): { period: string; value: number }[] {
  const out: { period: string; value: number }[] = [];
  for (const m of cells.values()) {
    if (m.actual === null || periodKind(m.period) !== kpi.frequency || comparePeriods(m.period, asOf) > 0) continue;
    out.push({ period: m.period, value: m.actual });
  }
  return out.sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * The biggest change from one KPI period to the next in the direction wanted (a rise for sign 1, a fall for −1), with
 * the period it ended in; a gap of missing periods counts as that many equal steps. Null when it never moved that way.
 */
export function bestChange(
  values: readonly { period: string; value: number }[],
  sign: 1 | -1,
): { change: number; period: string } | null {
  let best: { change: number; period: string } | null = null;
  for (let i = 1; i < values.length; i++) {
    const steps = comparePeriods(values[i]!.period, values[i - 1]!.period);
    const change = (values[i]!.value - values[i - 1]!.value) / steps;
    if (change * sign > 0 && (best === null || change * sign > best.change * sign))
      best = { change, period: values[i]!.period };
  }
  return best;
}

/**
 * Achievable: the change per KPI period a target needs by the end of the fiscal year (from the forecast's
 * Requirement), against the best change the KPI's own history shows. The need is a steady step from the latest
 * value: a latest-value KPI must arrive at the goal in the last period, (goal − latest) / k; an averaged or summed
 * KPI needs its remaining k periods to average the forecast's per-period level P, which a steady step d from the
 * latest value L gives when L + d·(k+1)/2 = P, so d = 2·(P − L) / (k+1). A range KPI aims at the nearer edge of its
 * band (the forecast's requirement aims at the middle; any value inside the band is on target).
 */
export function achievable(
  kpi: Kpi,
  cells: ReadonlyMap<string, Measurement>,
  period: string,
  fy: number,
): SmartFinding | null {
  if (!hasTarget(kpi, cells)) return null;
  const months = periodMonths(period, fy);
  const asOf = containingPeriod(months[months.length - 1]!, kpi.frequency, fy);
  const past = history(kpi, cells, asOf);
  const noun = kpi.frequency;
  if (past.length < MIN_HISTORY)
    return finding(
      'A',
      true,
      t(`engine:smart.achievable.notEnoughHistory.${noun}`, { have: past.length, need: MIN_HISTORY }),
    );
  const forecast = forecastKpi({ kpi, measurements: cells, period, fiscalYearStartMonth: fy });
  const year = forecast.year;
  const required = year.required;
  const latest = forecast.anchor === null ? null : (cells.get(forecast.anchor)?.actual ?? null);
  const yearLabel = periodLabel(year.horizon, fy);
  if (!required || latest === null)
    return finding(
      'A',
      true,
      year.remaining === 0
        ? t(`engine:smart.achievable.everyReported.${noun}`, { year: yearLabel })
        : t('engine:smart.achievable.noRecent'),
    );
  const k = required.periods;
  let level = required.perPeriod;
  let goal = kpi.polarity === 'range' ? null : year.target;
  if (kpi.polarity === 'range') {
    // The requirement is affine in the goal: shifting the goal from the band's middle to an edge shifts the level by
    // the same amount, times (reported + remaining) / remaining when the periods are averaged or summed.
    const low = kpi.rangeLow!;
    const high = kpi.rangeHigh!;
    const mid = (low + high) / 2;
    const subs = subPeriods(year.horizon, kpi.frequency, fy);
    const reported = subs.filter((s) => comparePeriods(s, asOf) <= 0 && (cells.get(s)?.actual ?? null) !== null).length;
    const scale = kpi.aggregation === 'last' ? 1 : (reported + k) / k;
    const atLow = level + (low - mid) * scale;
    const atHigh = level + (high - mid) * scale;
    if (latest >= atLow && latest <= atHigh)
      return finding(
        'A',
        true,
        t('engine:smart.achievable.holdInside', {
          latest: formatValue(latest, kpi.unit),
          range: formatRange(low, high, kpi.unit),
        }),
      );
    level = latest < atLow ? atLow : atHigh;
    goal = latest < atLow ? low : high;
  }
  const step = kpi.aggregation === 'last' ? (level - latest) / k : (2 * (level - latest)) / (k + 1);
  const v = (n: number, signed = false) => formatValue(n, kpi.unit, { signed, maxDecimals: Math.abs(n) < 10 ? 2 : 1 });
  const lastLabel = periodLabel(subPeriods(year.horizon, kpi.frequency, fy).at(-1)!, fy);
  const band = () => formatRange(kpi.rangeLow, kpi.rangeHigh, kpi.unit);
  const goalText =
    kpi.aggregation === 'last' || goal === null
      ? t('engine:smart.achievable.goal.reach', { value: v(goal ?? level), period: lastLabel })
      : kpi.polarity === 'range'
        ? kpi.aggregation === 'sum'
          ? t(`engine:smart.achievable.goal.rangeSum.${noun}`, { year: yearLabel, range: band() })
          : t('engine:smart.achievable.goal.rangeAverage', { year: yearLabel, range: band() })
        : t(kpi.aggregation === 'sum' ? 'engine:smart.achievable.goal.total' : 'engine:smart.achievable.goal.average', {
            value: v(goal),
            year: yearLabel,
          });
  // Wanted direction: the polarity's, or for a range the side of the band the latest value is on.
  const sign: 1 | -1 = kpi.polarity === 'decrease' ? -1 : kpi.polarity === 'increase' ? 1 : step > 0 ? 1 : -1;
  const tiny = 1e-9 * Math.max(1, Math.abs(latest));
  if (step * sign <= tiny)
    return finding('A', true, t('engine:smart.achievable.holdEnough', { latest: v(latest), goal: goalText }));
  const need = t(`engine:smart.achievable.need.${noun}`, { step: v(step, true), goal: goalText });
  const best = bestChange(past, sign);
  const moved = sign > 0 ? 'rise' : 'fall';
  if (best === null)
    return finding('A', false, t(`engine:smart.achievable.never.${moved}.${noun}`, { need, periods: past.length }));
  const bestText = t(`engine:smart.achievable.best.${moved}.${noun}`, {
    change: v(Math.abs(best.change)),
    period: periodLabel(best.period, fy),
  });
  const ratio = step / best.change;
  if (ratio > ACHIEVABLE_FACTOR)
    return finding(
      'A',
      false,
      t('engine:smart.achievable.tooFar', {
        need,
        best: bestText,
        ratio: formatValue(ratio, null, { maxDecimals: 1 }),
      }),
    );
  return finding('A', true, t('engine:smart.achievable.withinReach', { need, best: bestText }));
}

/** A KPI's own letters: Measurable and Achievable. Specific, Relevant and Time-bound are its objective's. */
export function checkKpi(kpi: Kpi, cells: ReadonlyMap<string, Measurement>, period: string, fy: number): SmartItem {
  const findings = measurable(kpi, cells);
  const a = achievable(kpi, cells, period, fy);
  if (a) findings.push(a);
  return item('kpi', kpi.id, kpi.name, kpi.objectiveId, findings);
}

function specific(o: Objective): SmartFinding[] {
  const out: SmartFinding[] = [];
  const title = quoted(o.title.trim());
  const problem = titleProblem(o.title);
  if (problem === 'initiative') out.push(finding('S', false, t('engine:smart.specific.initiative', { title })));
  else if (problem === 'vague') out.push(finding('S', false, t('engine:smart.specific.vague', { title })));
  else if (problem === 'one-word' || problem === 'empty')
    out.push(finding('S', false, t('engine:smart.specific.oneWord', { title })));
  const words = o.description.trim().split(/\s+/).filter(Boolean).length;
  if (words === 0) out.push(finding('S', false, t('engine:smart.specific.noDescription')));
  else if (words < MIN_DESCRIPTION_WORDS) out.push(finding('S', false, t('engine:smart.specific.shortDescription')));
  if (out.length === 0) out.push(finding('S', true, t('engine:smart.specific.ok')));
  return out;
}

/**
 * Time-bound, decided so: a due date bounds an objective (a start date alone does not: it says when work begins,
 * not when the result is due). Without one, an objective whose KPIs have targets is still bound to time, period by
 * period, since every KPI target is in force for a month, quarter or year at the KPI's frequency; that passes, and
 * says so. With neither, nothing says by when. A due date that has passed while the objective is not green in the
 * viewed period is a hint too: the date needs moving, or the objective closing.
 */
function timeBound(
  o: Objective,
  kpis: readonly Kpi[],
  targeted: boolean,
  status: Status,
  today: string,
  periodText: string,
): SmartFinding {
  if (o.dueDate !== null) {
    if (o.dueDate < today && status !== 'green') {
      const text = t(`engine:smart.timeBound.passed.${status}`, { date: formatDay(o.dueDate), period: periodText });
      return finding('T', false, text);
    }
    return finding('T', true, t('engine:smart.timeBound.due', { date: formatDay(o.dueDate) }));
  }
  if (targeted) {
    const kinds = [
      ...new Set(
        kpis
          .filter((k) => k.target !== null || k.polarity === 'range')
          .map((k) => t(`engine:smart.timeBound.pace.${k.frequency}`)),
      ),
    ];
    return finding(
      'T',
      true,
      kinds.length
        ? t('engine:smart.timeBound.paced', {
            kinds: kinds.reduce((a, b) => t('engine:smart.list2', { a, b })),
          })
        : t('engine:smart.timeBound.pacedPeriod'),
    );
  }
  return finding(
    'T',
    false,
    t(o.startDate !== null ? 'engine:smart.timeBound.noDueStart' : 'engine:smart.timeBound.noDue'),
  );
}

/** Every objective and KPI of the tree, checked for the viewed period. */
export function checkSmart(
  tree: ScorecardTree,
  measurements: MeasurementIndex,
  period: string,
  today: string = localIsoDate(new Date()),
  options: SmartOptions = {},
): SmartReport {
  const fy = tree.scorecard.fiscalYearStartMonth;
  const byPosition = <T extends { position: number; id: number }>(a: T, b: T) => a.position - b.position || a.id - b.id;
  const perspectiveOrder = new Map([...tree.perspectives].sort(byPosition).map((p, i) => [p.id, i]));
  const objectives = [...tree.objectives].sort(
    (a, b) =>
      (perspectiveOrder.get(a.perspectiveId) ?? 0) - (perspectiveOrder.get(b.perspectiveId) ?? 0) || byPosition(a, b),
  );
  let status = options.objectiveStatus;
  if (!status) {
    const evaluation = evaluateScorecard({ ...tree, measurements }, period);
    status = new Map(evaluation.objectives.map((s) => [s.objectiveId, s.status]));
  }
  const kpisOf = new Map<number, Kpi[]>();
  for (const k of [...tree.kpis].sort(byPosition)) kpisOf.set(k.objectiveId, [...(kpisOf.get(k.objectiveId) ?? []), k]);
  const linked = new Set<number>();
  for (const l of tree.links) linked.add(l.fromObjectiveId).add(l.toObjectiveId);
  const periodText = periodLabel(period, fy);
  const language = currentLanguage();

  const kpiItems = new Map<number, SmartItem>();
  const objectiveItems = new Map<number, SmartItem>();
  for (const o of objectives) {
    const kpis = kpisOf.get(o.id) ?? [];
    for (const k of kpis) {
      const cells = measurements.get(k.id);
      const cached = options.cache?.get(k);
      if (
        cached &&
        cached.cells === cells &&
        cached.period === period &&
        cached.fy === fy &&
        cached.language === language
      )
        kpiItems.set(k.id, cached.item);
      else {
        const checked = checkKpi(k, cells ?? NO_CELLS, period, fy);
        options.cache?.set(k, { cells, period, fy, language, item: checked });
        kpiItems.set(k.id, checked);
      }
    }
    const findings = specific(o);
    const complete = kpis.filter((k) => hasTarget(k, measurements.get(k.id) ?? NO_CELLS) && k.unit.trim() !== '');
    if (kpis.length === 0) findings.push(finding('M', false, t('engine:smart.objectiveMeasurable.noKpi')));
    else if (complete.length === 0)
      findings.push(
        finding(
          'M',
          false,
          kpis.length === 1
            ? t('engine:smart.objectiveMeasurable.oneLacks')
            : t('engine:smart.objectiveMeasurable.noneComplete', { total: kpis.length }),
        ),
      );
    else findings.push(finding('M', true, t('engine:smart.objectiveMeasurable.complete', { count: complete.length })));
    const themed = o.themeId !== null && tree.themes.some((t) => t.id === o.themeId);
    const supports = tree.contributions.some((c) => c.fromObjectiveId === o.id);
    if (linked.has(o.id) || themed || supports)
      findings.push(
        finding(
          'R',
          true,
          t(
            linked.has(o.id)
              ? 'engine:smart.relevant.linked'
              : themed
                ? 'engine:smart.relevant.themed'
                : 'engine:smart.relevant.supports',
          ),
        ),
      );
    else findings.push(finding('R', false, t('engine:smart.relevant.none')));
    const targeted = kpis.some((k) => hasTarget(k, measurements.get(k.id) ?? NO_CELLS));
    findings.push(timeBound(o, kpis, targeted, status.get(o.id) ?? 'none', today, periodText));
    objectiveItems.set(o.id, item('objective', o.id, o.title, o.id, findings));
  }

  const byLetter: SmartSummary['byLetter'] = { S: [], M: [], A: [], R: [], T: [] };
  let hints = 0;
  let items = 0;
  const all = [
    ...objectiveItems.values(),
    ...objectives.flatMap((o) => (kpisOf.get(o.id) ?? []).map((k) => kpiItems.get(k.id)!)),
  ];
  for (const it of all) {
    if (it.hints.length) items++;
    hints += it.hints.length;
    for (const h of it.hints) byLetter[h.letter].push({ item: it, finding: h });
  }
  return { objectives: objectiveItems, kpis: kpiItems, summary: { hints, items, byLetter } };
}
