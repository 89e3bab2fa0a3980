/**
 * The incentive plan on the sample roastery, through the real dispatcher and a real SQLite file: create the plan,
 * see each owner's factor (lines scored as the scorecard scores them), change an item's weight, refuse bad terms
 * beside the field without writing, export the XLSX and read it back, delete and undo; and the plan never shows up
 * in what everyone sees (the dashboard's and the report's data).
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/main/core/dispatch';
import { typedPaths } from '../../src/main/core/capabilities';
import { writeSampleDocument } from '../../src/main/core/first-run';
import type { SpreadsheetExportResult } from '../../src/shared/sheets';
import { client, fingerprint, tempDir } from '../helpers';

const api = client();
const { call, fail } = api;
const dir = tempDir('quadrant-bonus-plan-');
const path = join(dir, 'Harbour.scorecard');
writeSampleDocument(path);
call('document.open', { path });
afterAll(() => api.session.close());

const period = '2026-Q3';
const person = (name: string) =>
  call('incentive.get', { scorecardId: 1, period }).people.find((p) => p.person === name)!;

describe('an incentive plan on the sample scorecard', () => {
  it('has none at first, and refuses item terms before there is a plan', () => {
    expect(call('incentive.get', { scorecardId: 1, period })).toMatchObject({ plan: null, people: [] });
    expect(fail('incentive.setItem', { scorecardId: 1, entityType: 'kpi', entityId: 1, weight: 2 })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'This scorecard has no incentive plan yet: create one first.',
    });
  });

  it('refuses a cap below the threshold beside the field and writes nothing', () => {
    api.session.close();
    const before = fingerprint(dir);
    call('document.open', { path });
    const err = fail('incentive.setPlan', { scorecardId: 1, threshold: 90, cap: 80 });
    expect(err).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['cap'], message: 'must not be below the threshold (90 %)' }],
    });
    api.session.close();
    expect(fingerprint(dir)).toEqual(before);
    call('document.open', { path });
  });

  it('creates the plan with its defaults as one undo step and scores every owner', () => {
    expect(call('incentive.setPlan', { scorecardId: 1 })).toEqual({
      scorecardId: 1,
      threshold: 50,
      cap: 150,
      note: '',
    });
    expect(call('history.state', {}).undoLabel).toBe('Create incentive plan');
    const report = call('incentive.get', { scorecardId: 1, period });
    expect(report.people.map((p) => p.person)).toEqual([
      'Grace Okafor',
      'Jonas Albrecht',
      'Maeve Donnelly',
      'Priya Nair',
      'Sam Whitfield',
      'Tomás Reyes',
    ]);
    // Each KPI line's achievement is the KPI's unclamped progress as the scorecard scores it.
    const evaluation = call('scorecard.evaluate', { scorecardId: 1, period });
    const jonas = person('Jonas Albrecht').actual;
    for (const line of jonas.lines.filter((l) => l.entityType === 'kpi')) {
      expect(line.achievement).toBe(evaluation.kpis.find((k) => k.kpiId === line.entityId)!.progress);
    }
    const objective = jonas.lines.find((l) => l.entityType === 'objective')!;
    expect(objective.achievement).toBe(evaluation.objectives.find((o) => o.objectiveId === objective.entityId)!.score);
    // The factor is Σ payout × weight / (100 × Σ weight) of the lines with data.
    const counted = jonas.lines.filter((l) => l.payout !== null);
    expect(jonas.factor).toBeCloseTo(counted.reduce((a, l) => a + l.payout!, 0) / (100 * counted.length), 10);
  });

  it('changes an item’s weight, and refuses terms for something of another scorecard or a cap below the threshold', () => {
    const wholesale = person('Jonas Albrecht').actual.lines.find((l) => l.title === 'Wholesale revenue')!;
    call('incentive.setItem', { scorecardId: 1, entityType: 'kpi', entityId: wholesale.entityId, weight: 3 });
    expect(call('history.state', {}).undoLabel).toBe('Edit incentive terms of “Wholesale revenue”');
    const jonas = person('Jonas Albrecht').actual;
    expect(jonas.lines.find((l) => l.title === 'Wholesale revenue')!.weight).toBe(3);
    const counted = jonas.lines.filter((l) => l.payout !== null);
    const sumW = counted.reduce((a, l) => a + l.weight, 0);
    expect(jonas.factor).toBeCloseTo(counted.reduce((a, l) => a + l.weight * l.payout!, 0) / (100 * sumW), 10);
    expect(jonas.formula).toContain(` × 3 `);

    const other = call('scorecard.create', { name: 'Roastery' });
    const foreignObjective = call('objective.create', {
      perspectiveId: call('perspective.list', { scorecardId: other.id })[0]!.id,
      title: 'Elsewhere',
    });
    expect(
      fail('incentive.setItem', { scorecardId: 1, entityType: 'objective', entityId: foreignObjective.id, weight: 2 }),
    ).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['entityId'], message: `objective ${foreignObjective.id} is not part of this scorecard` }],
    });
    expect(
      fail('incentive.setItem', { scorecardId: 1, entityType: 'kpi', entityId: wholesale.entityId, cap: 40 }),
    ).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['cap'], message: 'must not be below the threshold (50 %)' }],
    });
    expect(fail('incentive.setItem', { scorecardId: 1, entityType: 'kpi', entityId: 1, weight: -1 })).toMatchObject({
      code: 'VALIDATION',
    });
    call('scorecard.delete', { id: other.id });
  });

  it('counts a key result its owner checked in on, as its progress × 100', () => {
    const kr = call('okr.createKeyResult', {
      objectiveId: 1,
      title: 'Ten new cafés',
      cycle: '2026-Q3',
      startValue: 0,
      target: 10,
      owner: 'Ada Byron',
    });
    call('okr.addCheckIn', { keyResultId: kr.id, date: '2026-08-20', value: 6, confidence: 7 });
    const ada = person('Ada Byron').actual;
    // (6 − 0) / (10 − 0) = 0.60 → 60 % ≥ 50 % pays 60; (60 × 1) / (100 × 1) = 0.60
    expect(ada.lines).toMatchObject([{ entityType: 'keyResult', title: 'Ten new cafés', achievement: 60, payout: 60 }]);
    expect(ada.formula).toBe('(60 × 1) / (100 × 1) = 0.60.');
    // Its terms go with it when it is deleted.
    call('incentive.setItem', { scorecardId: 1, entityType: 'keyResult', entityId: kr.id, weight: 2 });
    call('okr.deleteKeyResult', { id: kr.id });
    expect(call('incentive.get', { scorecardId: 1, period }).items.map((i) => i.entityType)).toEqual(['kpi']);
  });

  it('exports the factors and lines to XLSX (browser mode: the bytes come back)', async () => {
    const report = call('incentive.get', { scorecardId: 1, period });
    const r = await createDispatcher(api.session, typedPaths)('incentive.export', { scorecardId: 1, period });
    if (!r.ok) throw new Error(r.error.message);
    const file = r.value as SpreadsheetExportResult;
    expect(file.fileName).toBe('Harbour & Ember — Company Scorecard incentives Q3 2026.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64!, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Factors', 'Lines']);
    const factors = book.getWorksheet('Factors')!;
    const rows = report.people.map((_, i) => factors.getRow(i + 2).values as unknown[]);
    expect(rows.map((v) => [v[1], v[2], v[3]])).toEqual(
      report.people.map((p) => [p.person, p.actual.factor ?? undefined, p.actual.formula]),
    );
    const lines = book.getWorksheet('Lines')!;
    const wholesale = lines.getSheetValues().find((v) => Array.isArray(v) && v[3] === 'Wholesale revenue') as unknown[];
    expect(wholesale.slice(1, 5)).toEqual(['Jonas Albrecht', 'KPI', 'Wholesale revenue', 3]);
  });

  it('never puts the plan on the dashboard or in the report', () => {
    call('incentive.setPlan', { scorecardId: 1, note: 'Bonus pool 2026' });
    const seen = JSON.stringify([
      call('dashboard.data', { scorecardId: 1, period }),
      call('report.data', { scorecardIds: [1], period }),
      // The undo label ("Edit incentive plan") is the only mention: it names the user's own last step.
      { ...call('document.load', {}), history: null },
    ]);
    const hit = /incentive|Bonus pool|payout/i.exec(seen);
    expect(hit && seen.slice(hit.index - 80, hit.index + 40)).toBeNull();
  });

  it('deletes the plan with its terms, as one undo step', () => {
    call('incentive.deletePlan', { scorecardId: 1 });
    expect(call('history.state', {}).undoLabel).toBe('Delete incentive plan');
    expect(call('incentive.get', { scorecardId: 1, period })).toMatchObject({ plan: null, items: [] });
    call('history.undo', {});
    expect(call('incentive.get', { scorecardId: 1, period }).items).toHaveLength(1);
    expect(fail('incentive.deletePlan', { scorecardId: 99 }).code).toBe('NOT_FOUND');
  });
});
