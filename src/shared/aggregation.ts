/**
 * How a KPI's values combine into a longer period follows what it measures. Summing is right only for amounts
 * and counts (revenue, complaints, hours): four quarterly ratings of 85 % do not make 340 % a year, and an
 * inventory of 30 days at the end of each quarter is 30 days at the end of the year, not 120.
 *  - rates and positions (percentages, ratios, ratings, scores, ranks, indices, anything per something) → average;
 *  - levels and balances (inventory, stock, headcount, cash, backlog) → the latest value;
 *  - amounts and counts → sum.
 * The rule only reads the KPI's name and unit, so the form, the API, the CLI and tests agree on it.
 */
import type { Aggregation, Kpi } from './domain';
import { formatValue } from './format';

export interface AggregationAdvice {
  aggregation: Aggregation;
  /** Why, in words that finish "because …"; null when nothing in the name or unit says (an amount or a count). */
  because: string | null;
}

interface Rule {
  aggregation: Aggregation;
  test: RegExp;
  what: string;
}

// Levels first: "inventory days" is a level, although "days" alone is an amount.
const NAME_RULES: readonly Rule[] = [
  {
    aggregation: 'last',
    test: /\b(inventory|inventories|stock(s| level)?|head ?count|headcounts|cash(?! ?flow)|balance|backlog|days of (cover|supply|inventory|stock)|on hand|fte|ftes|open positions|cover)\b/i,
    what: 'a level at a moment',
  },
  {
    aggregation: 'average',
    test: /\b(percent(age)?|rate|ratio|rating|ratings|score|scores|rank|ranking|index|indices|nps|csat|satisfaction|utili[sz]ation|average|mean|(lead|cycle|response|resolution|turnaround|waiting|wait|delivery|processing|ship)[- ]time)\b/i,
    what: 'a rate or a position',
  },
];

const UNIT_RULES: readonly Rule[] = [
  {
    aggregation: 'average',
    test: /%|\bpercent\b|\bpct\b|\bpp\b|\bpts?\b|\bpoints?\b/i,
    what: 'a percentage or points',
  },
  { aggregation: 'average', test: /\b(rank|ranking|place|position)\b/i, what: 'a rank' },
  { aggregation: 'average', test: /\b(score|rating|stars?|index|ratio|nps)\b|★|^x$|^×$/i, what: 'a score or a ratio' },
  // "€/kg", "/5", "per hour": a rate or a rating out of something.
  { aggregation: 'average', test: /\/|\bper\b|\bout of\b/i, what: 'a rate' },
];

/** The aggregation a KPI with this name and unit should have, and why. */
export function adviseAggregation(kpi: Pick<Kpi, 'name' | 'unit'>): AggregationAdvice {
  const unit = kpi.unit.trim();
  const name = kpi.name.trim();
  const level = NAME_RULES[0]!;
  if (level.test.test(name)) return { aggregation: 'last', because: `“${name}” is ${level.what}` };
  for (const rule of UNIT_RULES) {
    if (unit && rule.test.test(unit))
      return { aggregation: rule.aggregation, because: `the unit “${unit}” is ${rule.what}` };
  }
  const rate = NAME_RULES[1]!;
  if (rate.test.test(name)) return { aggregation: 'average', because: `“${name}” is ${rate.what}` };
  return { aggregation: 'sum', because: null };
}

/** The aggregation a new KPI gets when none is given. */
export function defaultAggregation(kpi: Pick<Kpi, 'name' | 'unit'>): Aggregation {
  return adviseAggregation(kpi).aggregation;
}

/**
 * A summed KPI whose name or unit says it is a rate, a position or a level: its quarter and year totals mean
 * nothing (a rating of 339 %). Null when the KPI is fine. Only sums are questioned: averaging or keeping the
 * latest value of an amount is a choice someone made on purpose (a monthly run-rate, a year-to-date figure).
 */
export function summedByMistake(kpi: Pick<Kpi, 'name' | 'unit' | 'aggregation'>): AggregationAdvice | null {
  if (kpi.aggregation !== 'sum') return null;
  const advice = adviseAggregation(kpi);
  return advice.aggregation === 'sum' ? null : advice;
}

export const AGGREGATION_LABELS: Record<Aggregation, string> = {
  sum: 'Sum',
  average: 'Average',
  last: 'Latest value',
};

/** Example values, chosen so each combination comes out round: months of a quarter, then the quarters of a year. */
const EXAMPLES: Record<Aggregation, { months: number[]; quarters: number[] }> = {
  sum: { months: [10, 12, 14], quarters: [36, 40, 38, 46] },
  average: { months: [70, 80, 90], quarters: [72, 80, 86, 90] },
  last: { months: [30, 28, 31], quarters: [35, 33, 36, 31] },
};

function combine(aggregation: Aggregation, values: readonly number[]): number {
  if (aggregation === 'last') return values[values.length - 1]!;
  const sum = values.reduce((a, b) => a + b, 0);
  return aggregation === 'sum' ? sum : sum / values.length;
}

/**
 * What the choice does, with numbers, for months into a quarter and for quarters into a year, and what happens
 * to the target: "Average: Jan–Mar of 70 %, 80 %, 90 % make 80 % for the quarter; Q1–Q4 of 72 %, 80 %, 86 %, 90 %
 * make 82 % for the year. The target stays as set."
 */
export function aggregationExplained(aggregation: Aggregation, unit: string): string {
  const { months, quarters } = EXAMPLES[aggregation];
  const list = (values: readonly number[]) => values.map((v) => formatValue(v, unit)).join(', ');
  const make = (values: readonly number[]) => formatValue(combine(aggregation, values), unit);
  const target =
    aggregation === 'sum'
      ? 'Targets add up the same way (a quarterly target of 40 is 160 for the year).'
      : 'The target stays as set: it is not multiplied for a longer period.';
  return (
    `${AGGREGATION_LABELS[aggregation]}: Jan–Mar of ${list(months)} make ${make(months)} for the quarter; ` +
    `Q1–Q4 of ${list(quarters)} make ${make(quarters)} for the year. ${target}`
  );
}

/** "Summed, but “%” is a percentage or points: four quarters of 85 % would read 340 % for the year." */
export function summedByMistakeText(kpi: Pick<Kpi, 'unit'>, advice: AggregationAdvice): string {
  const v = (n: number) => formatValue(n, kpi.unit);
  return `Summed, but ${advice.because ?? 'it is not an amount'}: four quarters of ${v(85)} would read ${v(340)} for the year.`;
}
