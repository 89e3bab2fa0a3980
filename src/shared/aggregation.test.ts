import { describe, expect, it } from 'vitest';
import {
  adviseAggregation,
  aggregationExplained,
  defaultAggregation,
  summedByMistake,
  summedByMistakeText,
} from './aggregation';
import sample from '../../resources/sample.json';

const kpi = (name: string, unit = '') => ({ name, unit });

describe('defaultAggregation: what a KPI measures decides how it adds up', () => {
  it.each([
    // Rates, ratings, scores, ranks, indices: averaged.
    ['Mystery-shopper rating', '%', 'average'],
    ['Gross margin', '%', 'average'],
    ['Mystery shopper', '% pts', 'average'],
    ['Net Promoter Score', 'pts', 'average'],
    ['Café review rating', '★', 'average'],
    ['Guest satisfaction', '', 'average'],
    ['Rank among regional stores', '', 'average'],
    ['Position in the league table', 'rank', 'average'],
    ['Customer effort', 'score', 'average'],
    ['Price index', '', 'average'],
    ['Green coffee cost', '€/kg', 'average'],
    ['Batches', 'per hour', 'average'],
    ['Review', 'out of 5', 'average'],
    ['Defect rate', '', 'average'],
    ['Average basket', '€', 'average'],
    ['Roast-to-ship time', 'days', 'average'],
    // Levels and balances: the latest value.
    ['Inventory', 'days', 'last'],
    ['Inventory level', 'days', 'last'],
    ['Green coffee days of cover', 'days', 'last'],
    ['Headcount', 'people', 'last'],
    ['FTE', '', 'last'],
    ['Cash', '€', 'last'],
    ['Bank balance', '€', 'last'],
    ['Stock level', 'kg', 'last'],
    ['Order backlog', 'orders', 'last'],
    // Amounts and counts: summed.
    ['Total revenue', '€', 'sum'],
    ['Operating cash flow', '€', 'sum'],
    ['Waste', 'kg', 'sum'],
    ['Customer complaints', 'complaints', 'sum'],
    ['Unplanned roaster downtime', 'h', 'sum'],
    ['Training hours per employee', 'h', 'sum'],
    ['Sick days', 'days', 'sum'],
    ['New accounts', '', 'sum'],
    ['', '', 'sum'],
  ])('%s (%s) → %s', (name, unit, expected) => {
    expect(defaultAggregation(kpi(name, unit))).toBe(expected);
  });

  it('says why in words', () => {
    expect(adviseAggregation(kpi('Mystery shopper', '%')).because).toBe('the unit “%” is a percentage or points');
    expect(adviseAggregation(kpi('Inventory', 'days')).because).toBe('“Inventory” is a level at a moment');
    expect(adviseAggregation(kpi('Revenue', '€')).because).toBeNull();
  });
});

describe('summedByMistake', () => {
  it('questions a summed rating, rank or level, with the fix', () => {
    expect(summedByMistake({ ...kpi('Mystery shopper', '%'), aggregation: 'sum' })?.aggregation).toBe('average');
    expect(summedByMistake({ ...kpi('Store rank'), aggregation: 'sum' })?.aggregation).toBe('average');
    expect(summedByMistake({ ...kpi('Inventory', 'days'), aggregation: 'sum' })?.aggregation).toBe('last');
  });

  it('leaves sums of amounts and any deliberate average or latest value alone', () => {
    expect(summedByMistake({ ...kpi('Revenue', '€'), aggregation: 'sum' })).toBeNull();
    expect(summedByMistake({ ...kpi('Staff turnover', '%'), aggregation: 'last' })).toBeNull();
    expect(summedByMistake({ ...kpi('Revenue', '€'), aggregation: 'average' })).toBeNull();
  });

  it('finds nothing to question in the sample scorecard', () => {
    expect(sample.kpis.filter((k) => summedByMistake(k as never)).map((k) => k.name)).toEqual([]);
  });
});

describe('aggregationExplained', () => {
  it('says what each choice does for months into a quarter and quarters into a year, and for the target', () => {
    expect(aggregationExplained('average', '%')).toBe(
      'Average: Jan–Mar of 70 %, 80 %, 90 % make 80 % for the quarter; Q1–Q4 of 72 %, 80 %, 86 %, 90 % make 82 % for the year. The target stays as set: it is not multiplied for a longer period.',
    );
    expect(aggregationExplained('sum', '')).toBe(
      'Sum: Jan–Mar of 10, 12, 14 make 36 for the quarter; Q1–Q4 of 36, 40, 38, 46 make 160 for the year. Targets add up the same way (a quarterly target of 40 is 160 for the year).',
    );
    expect(aggregationExplained('last', 'days')).toMatch(
      /^Latest value: Jan–Mar of 30 days, 28 days, 31 days make 31 days for the quarter; Q1–Q4 of .* make 31 days for the year\. The target stays as set/,
    );
  });

  it('words the hint of a summed rating with its own unit', () => {
    const advice = summedByMistake({ name: 'Mystery shopper', unit: '%', aggregation: 'sum' })!;
    expect(summedByMistakeText({ unit: '%' }, advice)).toBe(
      'Summed, but the unit “%” is a percentage or points: four quarters of 85 % would read 340 % for the year.',
    );
  });
});
