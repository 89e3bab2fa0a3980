/**
 * analysis.* on real SQLite files: the strategy check reads the history as the views score it (closed periods from
 * their snapshots, missing periods skipped, a KPI meant to fall read the other way round), answers the same p-values
 * every time, and sensitivity, what-if and what it takes score in memory without writing a byte.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { testLink } from '../../src/shared/strategy-check/test-link';
import { client, fingerprint, tempDir, itOnFiles } from '../helpers';
import { buildStrategyHistory, historyValues, HISTORY_QUARTERS, type StrategyHistory } from '../strategy-history';

const api = client();
const { call, fail } = api;
let dir: string;
let h: StrategyHistory;

beforeAll(async () => {
  dir = tempDir('quadrant-analysis-');
  call('document.create', { path: join(dir, 'History.scorecard') });
  h = await buildStrategyHistory(call as (m: string, i: unknown) => unknown);
});
afterAll(() => api.session.close());

const linkOf = <L extends { linkId: number }>(check: { links: L[] }, id: number): L => check.links.find((l) => l.linkId === id)!;

describe('the strategy check of a scorecard with sixteen quarters', () => {
  it('finds the planted relation at lag 1, and calls the random walk, the noise and four quarters what they are', () => {
    const check = call('analysis.strategyCheck', { scorecardId: h.scorecardId });
    expect(check.periods).toEqual(HISTORY_QUARTERS);
    expect(check).toMatchObject({ basis: 'changes', maxLag: 2 });
    expect(check.method).toMatch(/change/i);
    expect(check.links.map((l) => l.linkId).sort()).toEqual(Object.values(h.links).sort());

    const supported = linkOf(check, h.links.supported);
    expect(supported.verdict).toBe('supported');
    expect(supported.best).toMatchObject({ lag: 1, n: 14 });
    expect(supported.best!.spearman).toBeGreaterThan(0.6);
    expect(supported.best!.pValue).toBeLessThan(0.01);
    expect(supported.lags.map((l) => l.lag)).toEqual([0, 1, 2]);
    expect(supported.text).toMatch(/^Supported by the data/);
    expect(supported.text).toContain('not proof that one causes the other');
    expect(supported.text.replace('not proof that one causes the other', '')).not.toMatch(/\bcaus|\bdriv/i);

    expect(linkOf(check, h.links.randomWalk).verdict).toBe('not-supported');
    expect(linkOf(check, h.links.noise).verdict).toBe('not-supported');
    const little = linkOf(check, h.links.tooLittle);
    expect(little).toMatchObject({ verdict: 'too-little-data', best: null });
    expect(little.lags[0]!.n).toBe(3);
    expect(little.text).toMatch(/^Too little data/);
  });

  it('reads each end as the scorecard scores it: the objective’s score in every period', () => {
    const check = call('analysis.strategyCheck', { scorecardId: h.scorecardId });
    const evaluations = call('scorecard.evaluateMany', { scorecardId: h.scorecardId, periods: check.periods });
    const score = (objectiveId: number) => evaluations.map((e) => e.objectives.find((o) => o.objectiveId === objectiveId)!.score);
    const supported = linkOf(check, h.links.supported);
    expect(supported.cause).toMatchObject({ kind: 'objective', id: h.objectives.training, unit: '%' });
    expect(supported.causeValues).toEqual(score(h.objectives.training));
    expect(supported.effectValues).toEqual(score(h.objectives.guests));
    // Footfall of the second café: none for twelve quarters, which is missing, never zero.
    expect(linkOf(check, h.links.tooLittle).causeValues.slice(0, 12)).toEqual(Array(12).fill(null));
  });

  it('gives the same p-value every time the same file is checked', () => {
    const a = call('analysis.strategyCheck', { scorecardId: h.scorecardId });
    const b = call('analysis.strategyCheck', { scorecardId: h.scorecardId });
    expect(b).toEqual(a);
  });

  it('reads a KPI chosen on the link, and a KPI meant to fall the other way round', () => {
    const before = linkOf(call('analysis.strategyCheck', { scorecardId: h.scorecardId }), h.links.noise);
    call('link.update', { id: h.links.noise, fromKpiId: h.kpis.roast });
    try {
      const after = linkOf(call('analysis.strategyCheck', { scorecardId: h.scorecardId }), h.links.noise);
      expect(after.cause).toMatchObject({ kind: 'kpi', id: h.kpis.roast, name: 'Roast defects' });
      expect(after.causeValues).toEqual(historyValues().roast);
      expect(after.lags.map((l) => l.n)).toEqual(before.lags.map((l) => l.n));
      // Fewer defects are better: the check reads their series the other way round, so every correlation is the
      // opposite of the one on the defects as measured.
      const asMeasured = testLink({
        cause: after.causeValues,
        effect: after.effectValues,
        basis: 'changes',
        maxLag: 2,
        seed: h.links.noise,
        causeName: 'Roast defects',
        effectName: 'Grow revenue',
        periodNoun: 'quarter',
      });
      for (const [i, lag] of after.lags.entries()) {
        expect(lag.spearman).toBeCloseTo(-asMeasured.lags[i]!.spearman!, 10);
        expect(lag.pearson).toBeCloseTo(-asMeasured.lags[i]!.pearson!, 10);
      }
    } finally {
      call('link.update', { id: h.links.noise, fromKpiId: null });
    }
  });

  it('skips a period with no value: the changes on both sides of it are missing, not zero', () => {
    const full = linkOf(call('analysis.strategyCheck', { scorecardId: h.scorecardId }), h.links.supported);
    expect(full.lags[0]!.n).toBe(15);
    const saved = historyValues().training[8]!;
    call('measurement.delete', { kpiId: h.kpis.training, period: HISTORY_QUARTERS[8]! });
    try {
      const gap = linkOf(call('analysis.strategyCheck', { scorecardId: h.scorecardId }), h.links.supported);
      expect(gap.causeValues[8]).toBeNull();
      expect(gap.lags[0]!.n).toBe(13);
      expect(gap.lags[1]!.n).toBe(12);
    } finally {
      call('measurement.set', { kpiId: h.kpis.training, period: HISTORY_QUARTERS[8]!, actual: saved });
    }
  });

  it('compares levels on request, tests the lags asked for, and stops the history at the period asked', () => {
    const levels = call('analysis.strategyCheck', { scorecardId: h.scorecardId, basis: 'levels', maxLag: 4 });
    expect(levels).toMatchObject({ basis: 'levels', maxLag: 4 });
    expect(levels.method).toMatch(/level/i);
    expect(linkOf(levels, h.links.supported).lags.map((l) => l.n)).toEqual([16, 15, 14, 13, 12]);

    call('scorecard.update', { id: h.scorecardId, checkMaxLag: 5 });
    expect(call('analysis.strategyCheck', { scorecardId: h.scorecardId }).maxLag).toBe(5);
    call('scorecard.update', { id: h.scorecardId, checkMaxLag: null });

    for (const period of ['2025-Q2', '2025-05', '2025-Q2']) {
      expect(call('analysis.strategyCheck', { scorecardId: h.scorecardId, period }).periods.at(-1)).toBe('2025-Q2');
    }
    expect(call('analysis.strategyCheck', { scorecardId: h.scorecardId, period: '2025' }).periods.at(-1)).toBe('2025-Q4');
  });

  it('scores a closed quarter from its snapshot, as every view does', () => {
    call('period.close', { scorecardId: h.scorecardId, period: '2023-Q2' });
    const kpi = call('scorecard.get', { id: h.scorecardId }).kpis.find((k) => k.id === h.kpis.training)!;
    call('kpi.update', { id: kpi.id, target: 200 });
    try {
      const check = call('analysis.strategyCheck', { scorecardId: h.scorecardId });
      const values = linkOf(check, h.links.supported).causeValues;
      const i = HISTORY_QUARTERS.indexOf('2023-Q2');
      const raw = historyValues().training;
      expect(values[i]).toBeCloseTo(raw[i]!, 6);
      expect(values[i + 1]).toBeCloseTo(raw[i + 1]! / 2, 6);
      // What-if and sensitivity of the closed quarter start from its snapshot too.
      const closed = call('scorecard.evaluate', { scorecardId: h.scorecardId, period: '2023-Q2' });
      const what = call('analysis.whatIf', { scorecardId: h.scorecardId, period: '2023-Q2', values: [{ kpiId: kpi.id, actual: 90 }] });
      expect(what.before).toEqual(closed);
      expect(what.after.objectives.find((o) => o.objectiveId === h.objectives.training)!.score).toBeCloseTo(90, 6);
      const s = call('analysis.sensitivity', { scorecardId: h.scorecardId, period: '2023-Q2' });
      expect(s.targets[0]!.score).toBe(closed.scorecard.score);
    } finally {
      call('kpi.update', { id: kpi.id, target: 100 });
      call('period.reopen', { scorecardId: h.scorecardId, period: '2023-Q2', reason: 'Test over' });
    }
  });

  it('reads a yearly KPI of a quarterly scorecard only in the quarter that ends its year', () => {
    const yearly = call('kpi.create', { objectiveId: h.objectives.revenue, name: 'Yearly margin', frequency: 'year', target: 30 });
    call('measurement.setMany', { items: ['2023', '2024', '2025'].map((period, i) => ({ kpiId: yearly.id, period, actual: 20 + i })) });
    call('link.update', { id: h.links.randomWalk, toKpiId: yearly.id });
    try {
      const link = linkOf(call('analysis.strategyCheck', { scorecardId: h.scorecardId }), h.links.randomWalk);
      const present = HISTORY_QUARTERS.flatMap((p, i) => (link.effectValues[i] === null ? [] : [p]));
      expect(present).toEqual(['2023-Q4', '2024-Q4', '2025-Q4']);
      expect(link.verdict).toBe('too-little-data');
    } finally {
      call('kpi.delete', { id: yearly.id });
    }
    expect(linkOf(call('analysis.strategyCheck', { scorecardId: h.scorecardId }), h.links.randomWalk).effect.kind).toBe('objective');
  });

  it('answers a scorecard with no values, and one with no links, without inventing a history', () => {
    const empty = call('scorecard.create', { name: 'Empty', granularity: 'month' });
    try {
      const none = call('analysis.strategyCheck', { scorecardId: empty.id, period: '2026-05' });
      expect(none).toMatchObject({ periods: ['2026-05'], maxLag: 6, links: [] });
      const [a, b] = call('perspective.list', { scorecardId: empty.id });
      const from = call('objective.create', { perspectiveId: a!.id, title: 'Train' });
      const to = call('objective.create', { perspectiveId: b!.id, title: 'Serve' });
      call('link.create', { fromObjectiveId: from.id, toObjectiveId: to.id });
      const link = call('analysis.strategyCheck', { scorecardId: empty.id, period: '2026-05' }).links[0]!;
      expect(link).toMatchObject({ verdict: 'too-little-data', best: null, causeValues: [null], effectValues: [null] });
      expect(link.lags.every((l) => l.n === 0)).toBe(true);
    } finally {
      call('scorecard.delete', { id: empty.id });
    }
  });

  itOnFiles('answers on a document open read-only (another window holds it)', () => {
    const reader = client();
    try {
      expect(reader.call('document.open', { path: join(dir, 'History.scorecard') }).readOnly).toBe(true);
      expect(reader.call('analysis.strategyCheck', { scorecardId: h.scorecardId })).toEqual(
        call('analysis.strategyCheck', { scorecardId: h.scorecardId }),
      );
      const values = [{ kpiId: h.kpis.guests, actual: 100 }];
      expect(reader.call('analysis.whatIf', { scorecardId: h.scorecardId, period: '2026-Q3', values }).changes.length).toBeGreaterThan(0);
      reader.call('analysis.sensitivity', { scorecardId: h.scorecardId, period: '2026-Q3' });
      reader.call('analysis.whatItTakes', { scorecardId: h.scorecardId, period: '2026-Q3', target: { kind: 'scorecard' } });
    } finally {
      reader.session.close();
    }
  });

  it('refuses a scorecard that is not there and lags beyond 12, and writes nothing', () => {
    const before = fingerprint(dir);
    expect(fail('analysis.strategyCheck', { scorecardId: 9999 }).code).toBe('NOT_FOUND');
    expect(fail('analysis.strategyCheck', { scorecardId: h.scorecardId, maxLag: 13 })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['maxLag'] }],
    });
    expect(fail('analysis.strategyCheck', { scorecardId: h.scorecardId, period: '2199-Q1' })).toMatchObject({
      code: 'VALIDATION',
      message: 'From Q4 2022 to Q1 2199 is 706 quarters: the check reads at most 600.',
      issues: [{ path: ['period'] }],
    });
    call('analysis.strategyCheck', { scorecardId: h.scorecardId });
    expect(fingerprint(dir)).toEqual(before);
  });
});

describe('the sample document (eight quarters)', () => {
  const sample = client();
  let sampleDir: string;
  let scorecardId: number;
  beforeAll(() => {
    sampleDir = tempDir('quadrant-analysis-sample-');
    writeSampleDocument(join(sampleDir, 'Sample.scorecard'));
    scorecardId = sample.call('document.open', { path: join(sampleDir, 'Sample.scorecard') }).scorecards[0]!.id;
  });
  afterAll(() => sample.session.close());

  it('calls every link too little data and says how many quarters it paired', () => {
    const check = sample.call('analysis.strategyCheck', { scorecardId });
    expect(check.periods).toHaveLength(8);
    expect(check.links.length).toBeGreaterThan(3);
    for (const link of check.links) {
      expect(link.verdict).toBe('too-little-data');
      expect(link.lags[0]!.n).toBe(7);
      expect(link.text).toContain('7 paired quarters, 8 needed');
    }
  });

  it('scores the period under each method and each weight, starting from the score every view shows', () => {
    const evaluation = sample.call('scorecard.evaluate', { scorecardId, period: '2026-Q3' });
    const s = sample.call('analysis.sensitivity', { scorecardId, period: '2026-Q3' });
    expect(s).toMatchObject({ scorecardId, period: '2026-Q3', step: 1 });
    expect(s.targets[0]).toMatchObject({ kind: 'scorecard', score: evaluation.scorecard.score, status: evaluation.scorecard.status });
    expect(s.targets[0]!.methods[0]).toMatchObject({ method: 'weighted_mean', score: evaluation.scorecard.score });
    expect(s.targets.slice(1).map((t) => t.id)).toEqual(evaluation.perspectives.map((p) => p.perspectiveId));
    expect(s.targets[0]!.swings.length).toBeGreaterThan(0);
    expect(sample.call('analysis.sensitivity', { scorecardId, period: '2026-Q3', step: 5 }).step).toBe(5);
  });

  it('turns an amber objective green with the value what it takes names, and writes nothing', () => {
    const before = fingerprint(sampleDir);
    const evaluation = sample.call('scorecard.evaluate', { scorecardId, period: '2026-Q3' });
    const amber = evaluation.objectives.find((o) => o.status === 'amber')!;
    const takes = sample.call('analysis.whatItTakes', { scorecardId, period: '2026-Q3', target: { kind: 'objective', id: amber.objectiveId } });
    expect(takes).toMatchObject({ status: 'amber', score: amber.score, target: { kind: 'objective', id: amber.objectiveId } });
    const item = takes.items.find((i) => i.needed !== null)!;
    expect(item.change).toBeCloseTo(item.needed! - item.current!, 9);

    const result = sample.call('analysis.whatIf', { scorecardId, period: '2026-Q3', values: [{ kpiId: item.kpiId, actual: item.needed }] });
    expect(result.before).toEqual(evaluation);
    expect(result.after.kpis.find((k) => k.kpiId === item.kpiId)!.actual).toBe(item.needed);
    expect(result.after.objectives.find((o) => o.objectiveId === amber.objectiveId)!.status).toBe('green');
    expect(result.changes).toContainEqual(
      expect.objectContaining({ kind: 'objective', id: amber.objectiveId, after: expect.objectContaining({ status: 'green' }) }),
    );
    expect(sample.call('scorecard.evaluate', { scorecardId, period: '2026-Q3' })).toEqual(evaluation);
    expect(sample.call('history.state', {})).toMatchObject({ canUndo: false });
    expect(fingerprint(sampleDir)).toEqual(before);
  });

  it('refuses a KPI or objective of no scorecard here, and a KPI given twice, pointing at the entry', () => {
    const kpiId = sample.call('scorecard.get', { id: scorecardId }).kpis[0]!.id;
    expect(sample.fail('analysis.whatIf', { scorecardId, period: '2026-Q3', values: [{ kpiId: 9999, actual: 1 }] })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['values', 0, 'kpiId'] }],
    });
    const twice = [{ kpiId, actual: 1 }, { kpiId, actual: 2 }];
    expect(sample.fail('analysis.whatIf', { scorecardId, period: '2026-Q3', values: twice })).toMatchObject({
      issues: [{ path: ['values', 1, 'kpiId'] }],
    });
    expect(
      sample.fail('analysis.whatItTakes', { scorecardId, period: '2026-Q3', target: { kind: 'objective', id: 9999 } }),
    ).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['target', 'id'] }] });
    expect(sample.fail('analysis.sensitivity', { scorecardId, period: '2026-Q3', step: 0 })).toMatchObject({
      issues: [{ path: ['step'] }],
    });
  });
});
