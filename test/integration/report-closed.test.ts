/**
 * The report of a closed period stays as it was: Q3 of the sample is closed, then a key KPI's target changes and a
 * KPI is deleted. Q3's report.data lists the same objectives and KPIs with the same scores, risks and changes; Q4's,
 * an open period, shows the edits. Earlier periods that are still open re-score with the new target, so the key
 * KPIs' history is compared at Q3's own point.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import type { ReportScorecard } from '../../src/shared/report';
import { client, tempDir } from '../helpers';

const api = client();
const { call } = api;

beforeAll(() => call('document.open', { path: ensureSampleDocument(tempDir('quadrant-report-closed-')) }));
afterAll(() => api.session.close());

const report = (period: string) => call('report.data', { scorecardIds: [1], period }).scorecards[0]!;

/** What Q3's report shows of Q3 itself: its structure, scores, risks, what changed into it, each key KPI's Q3 point. */
function ofThePeriod(sc: ReportScorecard) {
  const { scorecard, perspectives, objectives, kpis } = sc.tree;
  return {
    structure: { scorecard, perspectives, objectives, kpis },
    periodLabel: sc.periodLabel,
    evaluation: sc.evaluation,
    risks: sc.risks,
    scoresNow: sc.changes.scores.map((s) => ({ kind: s.kind, id: s.id, name: s.name, to: s.to })),
    historyAtPeriod: Object.fromEntries(Object.entries(sc.history).map(([id, points]) => [id, points.at(-1)])),
  };
}

describe('the report of a closed period', () => {
  it('is unchanged by a later target change and a deleted KPI, while an open period shows both', () => {
    const tree = call('scorecard.get', { id: 1 });
    const retargeted = tree.kpis.find((k) => k.isKey && k.target !== null && k.polarity !== 'range')!;
    const deleted = tree.kpis.find((k) => !k.isKey && k.id !== retargeted.id)!;

    call('period.close', { scorecardId: 1, period: '2026-Q3', by: 'Ana' });
    const before = report('2026-Q3');
    const q4Before = report('2026-Q4');
    expect(before.changes).toMatchObject({ from: '2026-Q2', to: '2026-Q3', fromLabel: 'Q2 2026', toLabel: 'Q3 2026' });

    call('kpi.update', { id: retargeted.id, target: retargeted.target! * 2 + 100 });
    call('kpi.delete', { id: deleted.id });
    const after = report('2026-Q3');
    const q4After = report('2026-Q4');

    expect(ofThePeriod(after)).toEqual(ofThePeriod(before));
    expect(after.tree.kpis.find((k) => k.id === deleted.id)?.name).toBe(deleted.name);
    expect(after.tree.kpis.find((k) => k.id === retargeted.id)?.target).toBe(retargeted.target);
    expect(after.evaluation.kpis.some((k) => k.kpiId === deleted.id)).toBe(true);

    // The open quarter after it reads the live structure: the KPI is gone and the target is the new one.
    expect(q4Before.tree.kpis.some((k) => k.id === deleted.id)).toBe(true);
    expect(q4After.tree.kpis.some((k) => k.id === deleted.id)).toBe(false);
    expect(q4After.tree.kpis.find((k) => k.id === retargeted.id)?.target).toBe(retargeted.target! * 2 + 100);
    // Q4's "what changed" compares it with closed Q3: the KPI deleted since is gone, the target moved.
    expect(q4After.changes.scores.find((s) => s.kind === 'kpi' && s.id === deleted.id)?.change).toBe('gone');
    expect(q4After.changes.structure).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'kpi', id: deleted.id, change: 'removed' }),
        expect.objectContaining({ kind: 'kpi', id: retargeted.id, change: 'retargeted' }),
      ]),
    );

    // Reopened, Q3 is scored from the live structure again.
    call('period.reopen', { scorecardId: 1, period: '2026-Q3', reason: 'Target agreed late' });
    expect(report('2026-Q3').tree.kpis.some((k) => k.id === deleted.id)).toBe(false);
  });
});
