/**
 * Starting from a template, on real documents: template.list and template.get, scorecard.fromTemplate into a copy
 * of the sample (one undo step), document.create with a template, `quadrant templates` and `quadrant new
 * --template`; every shipped template is built both ways, takes values and scores. (Its PDF report is printed in
 * test/e2e/templates-report.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { parseTemplatesFile } from '../../src/main/core/templates';
import { TemplatesFile, type ScorecardTemplate } from '../../src/shared/templates';
import type { Kpi } from '../../src/shared/domain';
import type { Input } from '../../src/shared/contract';
import { client, tempDir, itOnFiles } from '../helpers';

const shippedText = readFileSync(join(resolve(__dirname, '../..'), 'resources/templates.json'), 'utf8');
const shipped = TemplatesFile.parse(JSON.parse(shippedText)).templates;

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

type Call = ReturnType<typeof client>['call'];

/** The period a scorecard of this granularity is scored for in these tests. */
const periodOf = (t: ScorecardTemplate) => (t.granularity === 'month' ? '2026-03' : '2026-Q1');
const KPI_PERIOD = { month: '2026-03', quarter: '2026-Q1', year: '2026' } as const;

/** A value and a target for every KPI in the period of its frequency (a band for range KPIs): the user's part. */
function fillValues(call: Call, kpis: readonly Kpi[]): void {
  const items: Input<'measurement.setMany'>['items'] = [];
  for (const k of kpis) {
    if (k.polarity === 'range') call('kpi.update', { id: k.id, rangeLow: 40, rangeHigh: 60 });
    items.push({ kpiId: k.id, period: KPI_PERIOD[k.frequency], actual: 45 + (k.id % 10), target: 50 });
  }
  call('measurement.setMany', { items });
}

/** The scorecard built from `t` holds exactly the template, with the app's defaults where it says nothing. */
function expectBuiltFrom(call: Call, scorecardId: number, t: ScorecardTemplate): void {
  const tree = call('scorecard.get', { id: scorecardId });
  expect(tree.scorecard).toMatchObject({ granularity: t.granularity, mission: t.mission ?? '', vision: t.vision ?? '' });
  expect(tree.perspectives.map((p) => [p.name, p.description])).toEqual(t.perspectives.map((p) => [p.name, p.description]));
  expect(tree.themes.map((x) => x.name)).toEqual(t.themes.map((x) => x.name));
  expect(new Set(tree.themes.map((x) => x.colour)).size).toBe(t.themes.length);
  const perspectiveName = new Map(tree.perspectives.map((p) => [p.id, p.name]));
  const themeName = new Map(tree.themes.map((x) => [x.id, x.name]));
  const byKey = new Map(t.objectives.map((o) => [o.key, o]));
  const titleOf = (key: string) => byKey.get(key)!.title;
  expect(
    tree.objectives
      .map((o) => [o.title, perspectiveName.get(o.perspectiveId), o.themeId === null ? null : themeName.get(o.themeId), o.description])
      .sort(),
  ).toEqual(
    t.objectives
      .map((o) => [
        o.title,
        t.perspectives.find((p) => p.key === o.perspective)!.name,
        o.theme === null ? null : t.themes.find((x) => x.key === o.theme)!.name,
        o.description,
      ])
      .sort(),
  );
  const objectiveTitle = new Map(tree.objectives.map((o) => [o.id, o.title]));
  expect(tree.links.map((l) => [objectiveTitle.get(l.fromObjectiveId), objectiveTitle.get(l.toObjectiveId), l.note]).sort()).toEqual(
    t.links.map((l) => [titleOf(l.from), titleOf(l.to), l.note]).sort(),
  );
  expect(
    tree.kpis
      .map((k) => ({
        objective: objectiveTitle.get(k.objectiveId),
        name: k.name,
        unit: k.unit,
        polarity: k.polarity,
        frequency: k.frequency,
        aggregation: k.aggregation,
        isKey: k.isKey,
        greenThreshold: k.greenThreshold,
        amberThreshold: k.amberThreshold,
        description: k.description,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  ).toEqual(
    t.kpis
      .map((k) => ({
        objective: titleOf(k.objective),
        name: k.name,
        unit: k.unit,
        polarity: k.polarity,
        frequency: k.frequency,
        aggregation: k.aggregation,
        isKey: k.isKey ?? false,
        greenThreshold: k.greenThreshold ?? null,
        amberThreshold: k.amberThreshold ?? null,
        description: k.description,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
  // Targets, owners and dates are the user's: a template sets none.
  for (const k of tree.kpis) expect([k.target, k.baseline, k.rangeLow, k.rangeHigh, k.owner]).toEqual([null, null, null, null, '']);
  for (const o of tree.objectives) expect([o.owner, o.startDate, o.dueDate]).toEqual(['', null, null]);
  // Positions count from 0 within each perspective and each objective, in the template's order.
  for (const p of tree.perspectives) {
    const positions = tree.objectives.filter((o) => o.perspectiveId === p.id).map((o) => o.position);
    expect(positions).toEqual(positions.map((_, i) => i));
  }
}

/** Scores the period: every KPI measured at the scorecard's own granularity is scored, and so is the whole. */
function expectScores(call: Call, scorecardId: number, t: ScorecardTemplate): void {
  const evaluation = call('scorecard.evaluate', { scorecardId, period: periodOf(t) });
  expect(evaluation.kpis).toHaveLength(t.kpis.length);
  expect(evaluation.objectives).toHaveLength(t.objectives.length);
  expect(evaluation.scorecard.score).toEqual(expect.any(Number));
  const own = evaluation.kpis.filter((s) => t.kpis.find((k) => k.name === call('kpi.get', { id: s.kpiId }).name)!.frequency === t.granularity);
  expect(own.length).toBeGreaterThan(0);
  for (const s of own) expect(s.score, call('kpi.get', { id: s.kpiId }).name).toEqual(expect.any(Number));
}

describe('template.list and template.get', () => {
  const api = client();
  afterAll(() => api.session.close());

  it('list every shipped template with its counts, with no document open', () => {
    expect(api.call('document.info', {})).toBeNull();
    expect(api.call('template.list', {})).toEqual(
      shipped.map((t) => ({
        id: t.id,
        name: t.name,
        industry: t.industry,
        description: t.description,
        perspectives: t.perspectives.length,
        objectives: t.objectives.length,
        kpis: t.kpis.length,
        links: t.links.length,
      })),
    );
    expect(api.call('template.get', { id: 'saas' })).toEqual(shipped.find((t) => t.id === 'saas'));
  });

  it('answer NOT_FOUND for an unknown template, naming the ones there are', () => {
    const err = api.fail('template.get', { id: 'florist' });
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toMatch(/no scorecard template “florist”/);
    for (const t of shipped) expect(err.message).toContain(t.id);
    expect(api.fail('template.get', { id: 'Not A Slug' }).code).toBe('VALIDATION');
    expect(api.fail('scorecard.fromTemplate', { template: 'saas' }).code).toBe('NO_DOCUMENT');
  });

  it('treat a damaged templates file as a bug in Quadrant, with the JSON path of its first problem', () => {
    const bad = JSON.parse(shippedText);
    bad.templates[2].kpis[3].aggregation = 'median';
    expect(() => parseTemplatesFile(JSON.stringify(bad))).toThrow(/damaged — \$\.templates\[2\]\.kpis\[3\]\.aggregation: /);
    const dangling = JSON.parse(shippedText);
    dangling.templates[1].links[0].to = 'nowhere';
    let caught: unknown;
    try {
      parseTemplatesFile(JSON.stringify(dangling));
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/\$\.templates\[1\]\.links\[0\]\.to: no objective “nowhere”/) });
    expect(() => parseTemplatesFile('{"templates": [')).toThrow(/damaged — not JSON/);
    expect(parseTemplatesFile(shippedText)).toEqual(shipped);
  });
});

describe('scorecard.fromTemplate into the sample document', () => {
  const api = client();
  const { call } = api;
  call('document.open', { path: ensureSampleDocument(tempDir('quadrant-templates-')) });
  afterAll(() => api.session.close());

  it.each(shipped.map((t) => [t.id, t] as const))('builds %s, takes values and scores', (_id, t) => {
    const before = call('scorecard.list', {}).length;
    const made = call('scorecard.fromTemplate', { template: t.id });
    expect(made.name).toBe(t.name);
    expect(call('scorecard.list', {})).toHaveLength(before + 1);
    expectBuiltFrom(call, made.id, t);
    fillValues(call, call('kpi.list', { scorecardId: made.id }));
    expectScores(call, made.id, t);
  });

  it('is one undo step, named after the template, and a custom name is kept', () => {
    const sample = call('document.export', {});
    const made = call('scorecard.fromTemplate', { template: 'non-profit', name: 'Harbour Food Bank' });
    expect(made.name).toBe('Harbour Food Bank');
    const state = call('history.state', {});
    expect(state.undoLabel).toBe('New scorecard from template “Non-profit organisation”');
    expect(call('history.undo', {}).undone).toBe(state.undoLabel);
    expect(call('document.export', {})).toEqual(sample);
    call('history.redo', {});
    expectBuiltFrom(call, call('scorecard.list', {}).at(-1)!.id, shipped.find((t) => t.id === 'non-profit')!);
  });
});

describe('document.create with a template', () => {
  it('makes the template the new document’s one scorecard, named after the file', () => {
    const api = client();
    const dir = tempDir('quadrant-templates-');
    const info = api.call('document.create', { path: join(dir, 'Northside Builders.scorecard'), template: 'construction-trades' });
    expect(info.scorecards).toEqual([{ id: 1, name: 'Northside Builders' }]);
    const t = shipped.find((x) => x.id === 'construction-trades')!;
    expectBuiltFrom(api.call, 1, t);
    // A new document starts with nothing to undo.
    expect(api.call('history.state', {}).canUndo).toBe(false);
    api.call('document.create', { path: join(dir, 'Named.scorecard'), template: 'saas', name: 'Tally Cloud' });
    expect(api.call('document.info', {})!.scorecards).toEqual([{ id: 1, name: 'Tally Cloud' }]);
    api.session.close();
  });

  it('refuses an unknown template before writing anything', () => {
    const api = client();
    const dir = tempDir('quadrant-templates-');
    const err = api.fail('document.create', { path: join(dir, 'x.scorecard'), template: 'florist' });
    expect(err.code).toBe('NOT_FOUND');
    expect(readdirSync(dir)).toEqual([]);
    api.session.close();
  });
});

describe('quadrant templates and quadrant new --template', () => {
  it('lists the templates as a table and as JSON', () => {
    const table = run(['templates']);
    expect(table.code).toBe(0);
    const lines = table.out.split('\n');
    expect(lines[0]).toMatch(/^ID +NAME +OBJECTIVES +KPIS +LINKS +FOR$/);
    for (const t of shipped) {
      const line = lines.find((l) => l.startsWith(`${t.id} `))!;
      expect(line).toMatch(new RegExp(` ${t.objectives.length} +${t.kpis.length} +${t.links.length} +${t.industry.replace(/[()]/g, '\\$&')}$`));
      expect(line).toContain(t.name);
    }
    const json = JSON.parse(run(['templates', '--json']).out) as { id: string; kpis: number }[];
    expect(json.map((t) => [t.id, t.kpis])).toEqual(shipped.map((t) => [t.id, t.kpis.length]));
    expect(run(['templates', 'extra'])).toMatchObject({ code: 2, err: expect.stringContaining('Unexpected argument: extra') });
    expect(run(['help']).out).toContain('quadrant templates [--json]');
  });

  itOnFiles.each(shipped.map((t) => [t.id, t] as const))('creates %s from the command line and scores it', (_id, t) => {
    const dir = tempDir('quadrant-templates-cli-');
    const path = join(dir, 'Client.scorecard');
    expect(run(['new', path, '--template', t.id])).toEqual({ code: 0, out: `Created ${path} from the template ${t.id}\n`, err: '' });
    const api = client();
    api.call('document.open', { path });
    expectBuiltFrom(api.call, 1, t);
    fillValues(api.call, api.call('kpi.list', { scorecardId: 1 }));
    expectScores(api.call, 1, t);
    api.session.close();
    const score = run(['score', path, '--period', periodOf(t)]);
    expect(score.code).toBe(0);
    expect(score.out).toMatch(/^Client — .*\nOverall +\d+ %/);
    for (const p of t.perspectives) expect(score.out).toContain(p.name);
    // What a template builds passes the rules a JSON import checks, and comes back unchanged.
    const json = join(dir, 'client.json');
    expect(run(['export', path, '--out', json]).code).toBe(0);
    expect(run(['import', json, join(dir, 'again.scorecard')]).code).toBe(0);
    expect(run(['export', join(dir, 'again.scorecard')]).out).toBe(readFileSync(json, 'utf8'));
  });

  it('accepts a template’s name in any case, and refuses an unknown one with the list of ids', () => {
    const dir = tempDir('quadrant-templates-cli-');
    expect(run(['new', join(dir, 'a.scorecard'), '--template', 'RETAIL SHOP', '--name', 'Page Turners'])).toMatchObject({ code: 0 });
    expect(JSON.parse(run(['export', join(dir, 'a.scorecard')]).out).scorecards[0].name).toBe('Page Turners');
    const unknown = run(['new', join(dir, 'b.scorecard'), '--template', 'florist']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^quadrant new: There is no template “florist”\. Choose one of:\n/);
    for (const t of shipped) expect(unknown.err).toContain(t.id);
    expect(existsSync(join(dir, 'b.scorecard'))).toBe(false);
    expect(run(['new', join(dir, 'c.scorecard'), '--template'])).toMatchObject({ code: 2, err: expect.stringContaining('--template needs a value') });
  });
});
