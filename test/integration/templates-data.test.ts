/**
 * The shipped scorecard templates (resources/templates.json): the file parses with the schema the app loads it
 * with, and every template is a well-formed balanced scorecard — keys resolve, cause and effect runs from learning
 * up to financial without loops, every objective is measured and linked, and no rate or rating is summed.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summedByMistake } from '../../src/shared/aggregation';
import { TemplatesFile, type ScorecardTemplate } from '../../src/shared/templates';

const file = join(resolve(__dirname, '../..'), 'resources/templates.json');
const parsed = TemplatesFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));

/** The industries the issue asks for, each matched by a word of a template's id. */
const REQUIRED = ['cafe', 'retail', 'online', 'services', 'saas', 'manufacturer', 'construction', 'non-profit'];

function dupes(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/** Objectives on a cycle of links (Kahn's algorithm: what cannot be peeled off from the sources). */
function onCycles(t: ScorecardTemplate): string[] {
  const incoming = new Map(t.objectives.map((o) => [o.key, 0]));
  for (const l of t.links) incoming.set(l.to, (incoming.get(l.to) ?? 0) + 1);
  const queue = [...incoming].filter(([, n]) => n === 0).map(([k]) => k);
  while (queue.length) {
    const key = queue.pop()!;
    incoming.delete(key);
    for (const l of t.links.filter((x) => x.from === key)) {
      const n = incoming.get(l.to)! - 1;
      incoming.set(l.to, n);
      if (n === 0) queue.push(l.to);
    }
  }
  return [...incoming.keys()];
}

describe('resources/templates.json', () => {
  it('parses with TemplatesFile', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  const templates = parsed.data?.templates ?? [];

  it('has a template for each kind of small business the issue names, with unique ids and names', () => {
    expect(templates.length).toBeGreaterThanOrEqual(8);
    for (const word of REQUIRED) expect(templates.map((t) => t.id).some((id) => id.includes(word)), word).toBe(true);
    expect(dupes(templates.map((t) => t.id))).toEqual([]);
    expect(dupes(templates.map((t) => t.name.toLowerCase()))).toEqual([]);
  });

  describe.each(templates.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    const perspectiveOrder = new Map(t.perspectives.map((p, i) => [p.key, i]));
    const objective = new Map(t.objectives.map((o) => [o.key, o]));

    it('has four perspectives, 2–4 themes and 8–14 objectives, each key and name unique', () => {
      expect(t.perspectives).toHaveLength(4);
      expect(t.themes.length).toBeGreaterThanOrEqual(2);
      expect(t.themes.length).toBeLessThanOrEqual(4);
      expect(t.objectives.length).toBeGreaterThanOrEqual(8);
      expect(t.objectives.length).toBeLessThanOrEqual(14);
      for (const list of [t.perspectives, t.themes, t.objectives]) expect(dupes(list.map((x) => x.key))).toEqual([]);
      expect(dupes(t.perspectives.map((p) => p.name.toLowerCase()))).toEqual([]);
      expect(dupes(t.themes.map((p) => p.name.toLowerCase()))).toEqual([]);
      expect(dupes(t.objectives.map((o) => o.title.toLowerCase()))).toEqual([]);
      expect(dupes(t.kpis.map((k) => k.name.toLowerCase()))).toEqual([]);
    });

    it('describes every part in words', () => {
      for (const part of [t, ...t.perspectives, ...t.themes, ...t.objectives, ...t.kpis]) {
        expect(part.description.length, JSON.stringify(part).slice(0, 80)).toBeGreaterThan(20);
      }
      for (const l of t.links) expect(l.note.length).toBeGreaterThan(5);
    });

    it('resolves every reference: perspective, theme, link ends and KPI objective', () => {
      const themes = new Set(t.themes.map((x) => x.key));
      for (const o of t.objectives) {
        expect(perspectiveOrder.has(o.perspective), `${o.key}.perspective ${o.perspective}`).toBe(true);
        if (o.theme !== null) expect(themes.has(o.theme), `${o.key}.theme ${o.theme}`).toBe(true);
      }
      for (const l of t.links) {
        expect(objective.has(l.from), `link from ${l.from}`).toBe(true);
        expect(objective.has(l.to), `link to ${l.to}`).toBe(true);
      }
      for (const k of t.kpis) expect(objective.has(k.objective), `${k.name}.objective ${k.objective}`).toBe(true);
      // Every theme is used.
      for (const theme of themes) expect(t.objectives.some((o) => o.theme === theme), theme).toBe(true);
    });

    it('links cause to effect from learning up to financial, without self-links, duplicates or cycles', () => {
      for (const l of t.links) {
        expect(l.from, 'a self-link').not.toBe(l.to);
        // Perspectives are listed top (financial or mission) first: a cause sits in the same or a lower one.
        const from = perspectiveOrder.get(objective.get(l.from)!.perspective)!;
        const to = perspectiveOrder.get(objective.get(l.to)!.perspective)!;
        expect(from, `${l.from} → ${l.to} runs downwards`).toBeGreaterThanOrEqual(to);
      }
      expect(dupes(t.links.map((l) => `${l.from}>${l.to}`))).toEqual([]);
      expect(onCycles(t)).toEqual([]);
    });

    it('measures every objective with 1–3 KPIs and links every objective', () => {
      for (const o of t.objectives) {
        const n = t.kpis.filter((k) => k.objective === o.key).length;
        expect(n, `${o.key} has ${n} KPIs`).toBeGreaterThanOrEqual(1);
        expect(n, `${o.key} has ${n} KPIs`).toBeLessThanOrEqual(3);
        expect(t.links.some((l) => l.from === o.key || l.to === o.key), `${o.key} is not linked`).toBe(true);
      }
      // Every perspective holds an objective, and a few KPIs (not all) are key.
      for (const p of t.perspectives) expect(t.objectives.some((o) => o.perspective === p.key), p.key).toBe(true);
      const key = t.kpis.filter((k) => k.isKey).length;
      expect(key).toBeGreaterThanOrEqual(2);
      expect(key).toBeLessThan(t.kpis.length / 2);
    });

    it('never sums a percentage, rate, ratio, score or rating', () => {
      for (const k of t.kpis) {
        const rateLike = k.unit.trim() === '%' || /rate|ratio|score|nps|satisfaction/i.test(k.name);
        if (rateLike) expect(k.aggregation, k.name).not.toBe('sum');
        // The app's own advice (the KPI form warns with it) agrees.
        expect(summedByMistake(k), k.name).toBeNull();
      }
    });

    it('leaves targets to the user: thresholds are consistent, example targets are marked as examples', () => {
      for (const k of t.kpis) {
        expect(k.greenThreshold === undefined, k.name).toBe(k.amberThreshold === undefined);
        if (k.greenThreshold !== undefined) expect(k.amberThreshold!).toBeLessThanOrEqual(k.greenThreshold);
        // A target value appears only in an example marked as such ("Example target (not a benchmark): 28–32 %").
        const [plain = '', ...examples] = k.description.split(/Example target \(not a benchmark\): /);
        expect(plain, k.name).not.toMatch(/\btargets?\b[^.]{0,20}\d/i);
        expect(examples.length, k.name).toBeLessThanOrEqual(1);
        expect(k.unit.trim().length, `${k.name} has no unit`).toBeGreaterThan(0);
      }
    });
  });
});
