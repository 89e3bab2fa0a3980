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
import { t } from './i18n';
import { monthName, quarterName } from './periods';

export interface AggregationAdvice {
  aggregation: Aggregation;
  /** Why, in words that finish "because …"; null when nothing in the name or unit says (an amount or a count). */
  because: string | null;
}

/** What a rule found, as the words `because` says it with (engine:aggregationAdvice.because.*). */
type Because = 'nameLevel' | 'nameRate' | 'unitPercent' | 'unitRank' | 'unitScore' | 'unitRate';

interface Rule {
  aggregation: Aggregation;
  test: RegExp;
  what: Because;
}

// Levels first: "inventory days" is a level, although "days" alone is an amount.
const NAME_RULES: readonly Rule[] = [
  {
    aggregation: 'last',
    test: /\b(inventory|inventories|stock(s| level)?|head ?count|headcounts|cash(?! ?flow)|balance|backlog|days of (cover|supply|inventory|stock)|on hand|fte|ftes|open positions|cover)\b/i,
    what: 'nameLevel',
  },
  {
    aggregation: 'average',
    test: /\b(percent(age)?|rate|ratio|rating|ratings|score|scores|rank|ranking|index|indices|nps|csat|satisfaction|utili[sz]ation|average|mean|(lead|cycle|response|resolution|turnaround|waiting|wait|delivery|processing|ship)[- ]time)\b/i,
    what: 'nameRate',
  },
];

const UNIT_RULES: readonly Rule[] = [
  {
    aggregation: 'average',
    test: /%|\bpercent\b|\bpct\b|\bpp\b|\bpts?\b|\bpoints?\b/i,
    what: 'unitPercent',
  },
  { aggregation: 'average', test: /\b(rank|ranking|place|position)\b/i, what: 'unitRank' },
  { aggregation: 'average', test: /\b(score|rating|stars?|index|ratio|nps)\b|★|^x$|^×$/i, what: 'unitScore' },
  // "€/kg", "/5", "per hour": a rate or a rating out of something.
  { aggregation: 'average', test: /\/|\bper\b|\bout of\b/i, what: 'unitRate' },
];

/** The aggregation a KPI with this name and unit should have, and why. */
export function adviseAggregation(kpi: Pick<Kpi, 'name' | 'unit'>): AggregationAdvice {
  const unit = kpi.unit.trim();
  const name = kpi.name.trim();
  const level = NAME_RULES[0]!;
  if (level.test.test(name))
    return { aggregation: 'last', because: t(`engine:aggregationAdvice.because.${level.what}`, { name }) };
  for (const rule of UNIT_RULES) {
    if (unit && rule.test.test(unit))
      return { aggregation: rule.aggregation, because: t(`engine:aggregationAdvice.because.${rule.what}`, { unit }) };
  }
  const rate = NAME_RULES[1]!;
  if (rate.test.test(name))
    return { aggregation: 'average', because: t(`engine:aggregationAdvice.because.${rate.what}`, { name }) };
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

/** The choices' names, looked up when read so they follow the language of the moment. */
export const AGGREGATION_LABELS: Readonly<Record<Aggregation, string>> = {
  get sum() {
    return t('engine:aggregation.sum');
  },
  get average() {
    return t('engine:aggregation.average');
  },
  get last() {
    return t('engine:aggregation.last');
  },
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
  const span = (first: string, last: string) => t('engine:aggregationAdvice.span', { first, last });
  return t('engine:aggregationAdvice.explained', {
    label: AGGREGATION_LABELS[aggregation],
    months: span(monthName(1), monthName(3)),
    monthValues: list(months),
    quarter: make(months),
    quarters: span(quarterName(1), quarterName(4)),
    quarterValues: list(quarters),
    year: make(quarters),
    target: t(aggregation === 'sum' ? 'engine:aggregationAdvice.targetSum' : 'engine:aggregationAdvice.targetKept'),
  });
}

/** "Summed, but “%” is a percentage or points: four quarters of 85 % would read 340 % for the year." */
export function summedByMistakeText(kpi: Pick<Kpi, 'unit'>, advice: AggregationAdvice): string {
  const v = (n: number) => formatValue(n, kpi.unit);
  return t('engine:aggregationAdvice.summed', {
    because: advice.because ?? t('engine:aggregationAdvice.because.notAnAmount'),
    quarter: v(85),
    year: v(340),
  });
}
