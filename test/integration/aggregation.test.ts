/**
 * A KPI's aggregation follows what it measures when nobody chose one, and a stored choice is never changed behind
 * the user's back: through the API, on a real document, and through an interchange file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentFromJson, exportDocument, serializeInterchange } from '../../src/main/core/interchange-io';
import { client, tempDir } from '../helpers';

const api = client();
const { call } = api;
let dir: string;
let objectiveId: number;

beforeAll(() => {
  dir = tempDir('quadrant-aggregation-');
  call('document.create', { path: join(dir, 'Stores.scorecard'), name: 'Stores' });
  const [customer] = call('perspective.list', { scorecardId: 1 });
  objectiveId = call('objective.create', { perspectiveId: customer!.id, title: 'Delight shoppers' }).id;
});
afterAll(() => api.session.close());

describe('a new KPI’s aggregation', () => {
  it('averages a rating, keeps a level, sums an amount when none is given', () => {
    const create = (name: string, unit: string) => call('kpi.create', { objectiveId, name, unit }).aggregation;
    expect(create('Mystery-shopper rating', '%')).toBe('average');
    expect(create('Rank in the region', '')).toBe('average');
    expect(create('Inventory', 'days')).toBe('last');
    expect(create('Revenue', '€')).toBe('sum');
  });

  it('keeps an explicit choice, and a later change of unit leaves the stored aggregation alone', () => {
    const k = call('kpi.create', { objectiveId, name: 'Rating', unit: '%', aggregation: 'sum' });
    expect(k.aggregation).toBe('sum');
    const plain = call('kpi.create', { objectiveId, name: 'Visits', unit: '' });
    expect(call('kpi.update', { id: plain.id, unit: '%' }).aggregation).toBe('sum');
  });

  it('keeps the stored aggregation of every KPI of an imported document', () => {
    const path = join(dir, 'export.json');
    writeFileSync(path, serializeInterchange(exportDocument(api.session.require().repos)));
    const copy = createDocumentFromJson(join(dir, 'copy.scorecard'), readFileSync(path, 'utf8'));
    copy.close();
    const again = client();
    again.call('document.open', { path: join(dir, 'copy.scorecard') });
    const byName = (list: { name: string; aggregation: string }[]) =>
      Object.fromEntries(list.map((k) => [k.name, k.aggregation]));
    expect(byName(again.call('kpi.list', {}))).toEqual(byName(call('kpi.list', {})));
    expect(byName(again.call('kpi.list', {})).Rating).toBe('sum');
    again.session.close();
  });

  it('refuses a file whose KPI has no aggregation, rather than guessing one for a KPI with history', () => {
    const doc = JSON.parse(serializeInterchange(exportDocument(api.session.require().repos))) as {
      kpis: Record<string, unknown>[];
    };
    delete doc.kpis[0]!.aggregation;
    const target = join(dir, 'guessed.scorecard');
    expect(() => createDocumentFromJson(target, JSON.stringify(doc))).toThrow(/aggregation/);
    expect(existsSync(target)).toBe(false);
  });
});
