import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocumentFromJson, exportDocument, serializeInterchange } from '../../src/main/core/interchange-io';
import { Repositories } from '../../src/main/core/repositories';
import { InterchangeDocument } from '../../src/shared/interchange';
import { client, tempDir } from '../helpers';

const sampleText = readFileSync(join(__dirname, '../../resources/sample.json'), 'utf8');

function exportText(path: string): string {
  const { call, session } = client();
  call('document.open', { path });
  const text = serializeInterchange(call('document.export', {}));
  session.close();
  return text;
}

describe('the JSON interchange format', () => {
  it('the built-in sample is valid interchange data', () => {
    expect(InterchangeDocument.safeParse(JSON.parse(sampleText)).success).toBe(true);
  });

  it('export → import → export is byte-identical', () => {
    const dir = tempDir();
    createDocumentFromJson(join(dir, 'a.scorecard'), sampleText).close();
    const first = exportText(join(dir, 'a.scorecard'));
    writeFileSync(join(dir, 'a.json'), first);
    createDocumentFromJson(join(dir, 'b.scorecard'), first).close();
    const second = exportText(join(dir, 'b.scorecard'));
    expect(second).toBe(first);
    // Nothing of the sample is lost on the way in: the export holds every row of the source.
    const source = JSON.parse(sampleText) as InterchangeDocument;
    const exported = JSON.parse(first) as InterchangeDocument;
    for (const key of ['scorecards', 'perspectives', 'themes', 'objectives', 'links', 'kpis', 'measurements', 'initiatives', 'notes'] as const) {
      expect(exported[key], key).toHaveLength(source[key].length);
    }
    expect(exported).toEqual({ ...source, ...exported });
  });

  it('edits made through the API survive the round trip, including booleans, nulls and linked objectives', () => {
    const dir = tempDir();
    const path = join(dir, 'edit.scorecard');
    createDocumentFromJson(path, sampleText).close();
    const { call, session } = client();
    call('document.open', { path });
    const kpi = call('kpi.list', { scorecardId: 1 })[0]!;
    call('kpi.update', { id: kpi.id, isKey: !kpi.isKey, baseline: null, description: 'Line one\nLine “two” — ü' });
    const exported = exportDocument(new Repositories(session.require().store.engine));
    session.close();
    createDocumentFromJson(join(dir, 'copy.scorecard'), serializeInterchange(exported)).close();
    const copy = client();
    copy.call('document.open', { path: join(dir, 'copy.scorecard') });
    expect(copy.call('kpi.get', { id: kpi.id })).toMatchObject({ isKey: !kpi.isKey, baseline: null, description: 'Line one\nLine “two” — ü' });
    expect(copy.call('initiative.list', { scorecardId: 1 }).map((i) => i.objectiveIds)).toEqual(
      (JSON.parse(sampleText) as InterchangeDocument).initiatives.map((i) => i.objectiveIds),
    );
    copy.session.close();
  });

  it('carries contributions, key results, check-ins and incentive plans: export → import → export is byte-identical', () => {
    const dir = tempDir();
    const path = join(dir, 'okr.scorecard');
    createDocumentFromJson(path, sampleText).close();
    const { call, session } = client();
    call('document.open', { path });
    const [company] = call('objective.list', { scorecardId: 1 });
    const kpi = call('kpi.list', { scorecardId: 1 })[0]!;
    const cascade = call('cascade.create', {
      objectiveId: company!.id,
      target: { newScorecard: { name: 'Kitchen' } },
      create: [{ title: 'Faster service', owner: 'Ana', weight: 2 }, { title: 'Less waste' }],
      link: [],
    });
    call('scorecard.update', { id: 1, cascadeScoring: 'with_contributors' });
    call('objective.update', { id: company!.id, okrKind: 'committed' });
    const kr = call('okr.createKeyResult', { objectiveId: company!.id, title: 'Loyalty sign-ups', cycle: '2026-Q3', startValue: 100, target: 400, unit: 'people', weight: 2, owner: 'Mia' });
    call('okr.createKeyResult', { objectiveId: company!.id, title: 'Revenue as the KPI says', cycle: '2026-Q3', kpiId: kpi.id, target: 1 });
    const milestone = call('okr.createKeyResult', { objectiveId: cascade.created[0]!.id, title: 'New menu live', cycle: '2026-Q4', kind: 'milestone' });
    call('okr.addCheckIn', { keyResultId: kr.id, date: '2026-07-20', value: 180, confidence: 6, comment: 'Summer “push”\nstarted', author: 'Mia' });
    call('okr.addCheckIn', { keyResultId: milestone.id, date: '2026-10-02', value: 1, confidence: null });
    const repos = session.require().repos;
    repos.cascade.plans.set({ scorecardId: 1, threshold: 60, cap: 140, note: 'Bonus' });
    repos.cascade.incentiveItems.insert({ scorecardId: 1, entityType: 'keyResult', entityId: kr.id, weight: 3, threshold: null, cap: 120 });
    const first = serializeInterchange(exportDocument(repos));
    session.close();
    const doc = JSON.parse(first) as InterchangeDocument;
    expect([doc.contributions.length, doc.keyResults.length, doc.checkIns.length, doc.incentivePlans.length, doc.incentiveItems.length]).toEqual([2, 3, 2, 1, 1]);
    createDocumentFromJson(join(dir, 'again.scorecard'), first).close();
    expect(exportText(join(dir, 'again.scorecard'))).toBe(first);
  });

  it('format 5: a version 4 file reads its links on the objectives’ scores and its lags by granularity', () => {
    const dir = tempDir();
    const v4 = JSON.parse(sampleText) as Record<string, unknown> & InterchangeDocument;
    v4.formatVersion = 4 as never;
    for (const s of v4.scorecards) delete (s as Partial<typeof s>).checkMaxLag;
    for (const l of v4.links) {
      delete (l as Partial<typeof l>).fromKpiId;
      delete (l as Partial<typeof l>).toKpiId;
    }
    createDocumentFromJson(join(dir, 'v4.scorecard'), JSON.stringify(v4)).close();
    createDocumentFromJson(join(dir, 'v5.scorecard'), sampleText).close();
    const upgraded = exportText(join(dir, 'v4.scorecard'));
    expect(upgraded).toBe(exportText(join(dir, 'v5.scorecard')));
    const doc = JSON.parse(upgraded) as InterchangeDocument;
    expect(doc.formatVersion).toBe(5);
    expect(doc.scorecards.map((s) => s.checkMaxLag)).toEqual(doc.scorecards.map(() => null));
    expect(doc.links.every((l) => l.fromKpiId === null && l.toKpiId === null)).toBe(true);
  });

  it('format 5: the KPIs a link reads and the scorecard’s lags survive export → import → export byte-identical', () => {
    const dir = tempDir();
    const path = join(dir, 'check.scorecard');
    createDocumentFromJson(path, sampleText).close();
    const { call, session } = client();
    call('document.open', { path });
    const tree = call('scorecard.get', { id: 1 });
    const link = tree.links[0]!;
    const kpiOf = (objectiveId: number) => tree.kpis.find((k) => k.objectiveId === objectiveId)!.id;
    call('link.update', { id: link.id, fromKpiId: kpiOf(link.fromObjectiveId), toKpiId: kpiOf(link.toObjectiveId) });
    call('scorecard.update', { id: 1, checkMaxLag: 4 });
    const first = serializeInterchange(exportDocument(session.require().repos));
    session.close();
    const doc = JSON.parse(first) as InterchangeDocument;
    expect(doc.links[0]).toMatchObject({ fromKpiId: kpiOf(link.fromObjectiveId), toKpiId: kpiOf(link.toObjectiveId) });
    expect(doc.scorecards[0]!.checkMaxLag).toBe(4);
    createDocumentFromJson(join(dir, 'again.scorecard'), first).close();
    expect(exportText(join(dir, 'again.scorecard'))).toBe(first);
  });
});
