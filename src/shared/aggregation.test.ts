import { describe, expect, it } from 'vitest';
import { adviseAggregation, defaultAggregation, summedByMistake } from './aggregation';
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
