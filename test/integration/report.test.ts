/**
 * The report's data on a real copy of the sample: the numbers of the period and the one before, key KPI history,
 * the period's notes, top risks, late initiatives; and the report dialog's choices remembered in the document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { DEFAULT_REPORT_SETTINGS, REPORT_SECTIONS, type ReportSettings } from '../../src/shared/report';
import { client, tempDir, itOnFiles } from '../helpers';

const api = client();
const { call, fail } = api;
let path: string;

beforeAll(() => {
  path = ensureSampleDocument(tempDir('quadrant-report-'));
  call('document.open', { path });
});
afterAll(() => api.session.close());

describe('report.data', () => {
  it('holds the period, the previous period and the defaults of every option', () => {
    const data = call('report.data', { scorecardIds: [1], period: '2026-Q3' });
    expect(data.options).toMatchObject({ sections: [...REPORT_SECTIONS], pageSize: 'A4', orientation: 'portrait' });
    expect(data.documentName).toBe('Harbour & Ember (sample)');
    expect(data.cover.companyName).toBe('Harbour & Ember — Company Scorecard');
    expect(data.cover.title).toBe('Balanced scorecard report');
    expect(data.cover.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [sc] = data.scorecards;
    expect(sc!.period).toBe('2026-Q3');
    expect(sc!.periodLabel).toBe('Q3 2026');
    expect(sc!.previousPeriod).toBe('2026-Q2');
    expect(sc!.previous.period).toBe('2026-Q2');
    expect(sc!.evaluation).toEqual(call('scorecard.evaluate', { scorecardId: 1, period: '2026-Q3' }));
    expect(sc!.tree.objectives).toHaveLength(12);
  });

  it('gives each key KPI eight quarters of history ending with the period, and no history to other KPIs', () => {
    const sc = call('report.data', { scorecardIds: [1], period: '2026-Q3' }).scorecards[0]!;
    const keyIds = sc.tree.kpis.filter((k) => k.isKey).map((k) => k.id);
    expect(Object.keys(sc.history).map(Number).sort()).toEqual([...keyIds].sort());
    for (const id of keyIds) {
      const points = sc.history[id]!;
      expect(points.map((p) => p.period)).toEqual([
        '2024-Q4',
        '2025-Q1',
        '2025-Q2',
        '2025-Q3',
        '2025-Q4',
        '2026-Q1',
        '2026-Q2',
        '2026-Q3',
      ]);
      const now = sc.evaluation.kpis.find((k) => k.kpiId === id)!;
      expect(points[7]).toMatchObject({ actual: now.actual, target: now.target, status: now.status, label: 'Q3 2026' });
    }
  });

  it('lists the notes of the period, key KPI notes newest first, red and amber risks, and late initiatives', () => {
    const sc = call('report.data', { scorecardIds: [1], period: '2026-Q3' }).scorecards[0]!;
    const q3 = new Set(['2026-Q3', '2026-07', '2026-08', '2026-09']);
    expect(sc.notes.length).toBeGreaterThan(0);
    for (const n of sc.notes) expect(n.period === null || q3.has(n.period)).toBe(true);
    for (const notes of Object.values(sc.kpiNotes)) {
      expect(notes.length).toBeLessThanOrEqual(3);
      const times = notes.map((n) => n.createdAt);
      expect(times).toEqual([...times].sort().reverse());
    }
    expect(sc.risks.length).toBeGreaterThan(0);
    expect(sc.risks.length).toBeLessThanOrEqual(5);
    for (const r of sc.risks) expect(['red', 'amber']).toContain(r.status);
    const reds = sc.risks.filter((r) => r.status === 'red').length;
    expect(sc.risks.slice(0, reds).every((r) => r.status === 'red')).toBe(true);
    const late = sc.initiatives.filter((i) => i.behindSchedule).map((i) => i.initiative.title);
    // 45 % done with 87 % of its time gone by the end of September 2026.
    expect(late).toContain('Wholesale CRM rollout');
    expect(late).not.toContain('Second roaster (Loring S15)');
    expect(late).not.toContain('Café refit');
    const crm = sc.initiatives.find((i) => i.initiative.title === 'Wholesale CRM rollout')!;
    expect(crm.expectedPercent).toBeCloseTo(86.6, 0);
    expect(crm.objectives.length).toBeGreaterThan(0);
  });

  it('uses the cover fields given and months for a monthly report', () => {
    const data = call('report.data', {
      scorecardIds: [1],
      period: '2026-08',
      sections: ['cover', 'kpis'],
      pageSize: 'Letter',
      orientation: 'landscape',
      cover: { title: 'Board pack', companyName: 'H&E Ltd', preparedBy: 'Maeve', date: '2026-10-06' },
    });
    expect(data.cover).toMatchObject({
      title: 'Board pack',
      companyName: 'H&E Ltd',
      preparedBy: 'Maeve',
      date: '2026-10-06',
    });
    expect(data.options.sections).toEqual(['cover', 'kpis']);
    const sc = data.scorecards[0]!;
    expect(sc.previousPeriod).toBe('2026-07');
    expect(Object.values(sc.history)[0]).toHaveLength(12);
  });

  it('refuses bad choices beside the field they concern', () => {
    expect(fail('report.data', { scorecardIds: [], period: '2026-Q3' }).issues?.[0]?.path).toEqual(['scorecardIds']);
    expect(fail('report.data', { scorecardIds: [1], period: 'Q3' }).issues?.[0]?.path).toEqual(['period']);
    const logo = fail('report.data', {
      scorecardIds: [1],
      period: '2026-Q3',
      cover: { logo: 'http://example.invalid/x.png' },
    });
    expect(logo.issues?.[0]?.path).toEqual(['cover', 'logo']);
    expect(fail('report.data', { scorecardIds: [99], period: '2026-Q3' }).code).toBe('NOT_FOUND');
    expect(fail('report.export', { scorecardIds: [1], period: '2026-Q3' }).message).toMatch(/quadrant report/);
  });
});

describe('report settings', () => {
  it('start from the defaults with the first scorecard, and are remembered in the document', () => {
    expect(call('report.settings.get', {})).toEqual({ ...DEFAULT_REPORT_SETTINGS, scorecardIds: [1] });
    const chosen: ReportSettings = {
      scorecardIds: [1],
      sections: ['cover', 'summary', 'table'],
      pageSize: 'Letter',
      orientation: 'landscape',
      cover: {
        title: 'Q3 board pack',
        companyName: '',
        preparedBy: 'Maeve Donnelly',
        date: null,
        logo: 'data:image/png;base64,iVBORw0KGgo=',
      },
      openAfterExport: false,
    };
    expect(call('report.settings.set', chosen)).toEqual(chosen);
    api.session.close();
    const other = client();
    other.call('document.open', { path });
    expect(other.call('report.settings.get', {})).toEqual(chosen);
    other.session.close();
    call('document.open', { path });
  });

  it('forget a scorecard that was deleted', () => {
    const dept = call('scorecard.create', { name: 'Café' });
    call('report.settings.set', { ...DEFAULT_REPORT_SETTINGS, scorecardIds: [dept.id] });
    call('scorecard.delete', { id: dept.id });
    expect(call('report.settings.get', {}).scorecardIds).toEqual([1]);
    expect(fail('report.settings.set', { ...DEFAULT_REPORT_SETTINGS, scorecardIds: [dept.id] }).code).toBe('NOT_FOUND');
  });

  itOnFiles('are stored in the setting table of the file', async () => {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(path, { readonly: true });
    const row = db.prepare("SELECT value FROM setting WHERE key = 'report'").get() as { value: string };
    expect(JSON.parse(row.value)).toMatchObject({ pageSize: 'A4', orientation: 'portrait', openAfterExport: true });
    db.close();
  });
});
