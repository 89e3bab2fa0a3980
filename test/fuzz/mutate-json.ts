/**
 * Seeded generators of hostile JSON for the import fuzz test: each returns the text of one input file and the
 * name of the damage done, from the sample interchange document.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Mutation {
  kind: string;
  text: string;
}

export type Random = () => number;

const int = (random: Random, n: number) => Math.floor(random() * n);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;

/** A random place in the document: the parent container and the key or index of one value in it. */
function randomSlot(random: Random, doc: Json): { parent: Json[] | Record<string, Json>; key: string | number } | null {
  let parent: Json = doc;
  let slot: { parent: Json[] | Record<string, Json>; key: string | number } | null = null;
  for (let depth = 0; depth < 4; depth++) {
    if (Array.isArray(parent)) {
      if (parent.length === 0) break;
      const key = int(random, parent.length);
      slot = { parent, key };
      parent = parent[key]!;
    } else if (parent && typeof parent === 'object') {
      const keys = Object.keys(parent);
      if (keys.length === 0) break;
      const key = pick(random, keys);
      slot = { parent, key };
      parent = parent[key]!;
    } else break;
    if (depth >= 1 && random() < 0.35) break;
  }
  return slot;
}

function set(slot: { parent: Json[] | Record<string, Json>; key: string | number }, value: Json): void {
  (slot.parent as Record<string | number, Json>)[slot.key] = value;
}

const clone = (doc: Json): Json => JSON.parse(JSON.stringify(doc)) as Json;

function wrongTypeFor(random: Random, value: Json): Json {
  const options: Json[] = [
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    '',
    'x',
    '12',
    [],
    {},
    [1, 2, 3],
    { id: 1 },
    'NaN',
    '2026-13-45',
  ];
  let v = pick(random, options);
  for (let i = 0; i < 4 && JSON.stringify(v) === JSON.stringify(value); i++) v = pick(random, options);
  return v;
}

function randomJson(random: Random, depth: number): Json {
  const r = random();
  if (depth <= 0 || r < 0.3) {
    return pick(random, [null, true, false, int(random, 1000) - 500, random() * 1e6, 'text', '', '\u0000\u2028']);
  }
  if (r < 0.65) return Array.from({ length: int(random, 4) }, () => randomJson(random, depth - 1));
  const out: Record<string, Json> = {};
  for (let i = 0; i < int(random, 4); i++)
    out[pick(random, ['format', 'kpis', 'id', 'a', 'name'])] = randomJson(random, depth - 1);
  return out;
}

/** Keys that reach Object.prototype in careless code (merges, lodash-style set). */
const POLLUTION = [
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"prototype": {"polluted": "yes"}}',
];

/** One malformed input. `sample` is the sample document's text; `doc` its parsed value. */
export function mutate(random: Random, sample: string, doc: Json): Mutation {
  const kind = pick(random, [
    'truncated',
    'bytes-replaced',
    'wrong-type',
    'missing-key',
    'huge-string',
    'deep-nesting',
    'non-finite',
    'prototype-keys',
    'random-json',
    'dangling-reference',
    'duplicate-id',
  ] as const);
  switch (kind) {
    case 'truncated':
      return { kind, text: sample.slice(0, int(random, sample.length - 1)) };
    case 'bytes-replaced': {
      const chars = [...sample];
      for (let i = 0, n = 1 + int(random, 8); i < n; i++) {
        chars[int(random, chars.length)] = pick(random, [
          '{',
          '}',
          '[',
          ']',
          '"',
          ',',
          ':',
          '\\',
          'x',
          '\u0000',
          '\uFFFF',
          '😀',
        ]);
      }
      return { kind, text: chars.join('') };
    }
    case 'wrong-type':
    case 'missing-key': {
      const copy = clone(doc);
      const slot = randomSlot(random, copy);
      if (slot && kind === 'wrong-type')
        set(slot, wrongTypeFor(random, (slot.parent as Record<string | number, Json>)[slot.key]!));
      else if (slot && !Array.isArray(slot.parent)) delete slot.parent[slot.key as string];
      return { kind, text: JSON.stringify(copy) };
    }
    case 'huge-string': {
      const copy = clone(doc);
      const slot = randomSlot(random, copy);
      if (slot) set(slot, 'A'.repeat(pick(random, [201, 20_001, 1_000_000, 8_000_000])));
      return { kind, text: JSON.stringify(copy) };
    }
    case 'deep-nesting': {
      const depth = pick(random, [1_000, 10_000, 100_000]);
      const open = pick(random, ['[', '{"a":']);
      const close = open === '[' ? ']' : '}';
      const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
      const where = pick(random, ['top', 'field', 'unclosed']);
      if (where === 'top') return { kind, text: nested };
      if (where === 'unclosed') return { kind, text: open.repeat(depth) };
      return { kind, text: sample.replace('"scorecards": [', `"scorecards": [${nested},`) };
    }
    case 'non-finite': {
      const token = pick(random, ['NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '0x10', '1_000', '+1', '.5']);
      const numbers = [...sample.matchAll(/(?<=": )-?\d+(\.\d+)?/g)];
      const m = pick(random, numbers);
      return { kind, text: sample.slice(0, m.index) + token + sample.slice(m.index + m[0].length) };
    }
    case 'prototype-keys': {
      const payload = pick(random, POLLUTION).slice(1, -1);
      const at = pick(random, ['{\n  "format"', '{\n      "id"']);
      const index = sample.indexOf(at, int(random, sample.length / 2));
      const i = index >= 0 ? index : sample.indexOf(at);
      return { kind, text: `${sample.slice(0, i + 1)}${payload}, ${sample.slice(i + 1)}` };
    }
    case 'random-json':
      return { kind, text: JSON.stringify(randomJson(random, 5)) };
    case 'dangling-reference': {
      const copy = clone(doc) as Record<string, Json>;
      const table = pick(random, ['perspectives', 'objectives', 'kpis', 'measurements', 'links', 'notes']);
      const rows = copy[table] as Record<string, Json>[];
      const row = pick(random, rows);
      const ref = Object.keys(row).find((k) => k.endsWith('Id') && k !== 'id') ?? 'id';
      row[ref] = 900_000 + int(random, 1000);
      return { kind, text: JSON.stringify(copy) };
    }
    case 'duplicate-id': {
      const copy = clone(doc) as Record<string, Json>;
      const rows = copy[pick(random, ['scorecards', 'objectives', 'kpis', 'notes'])] as Json[];
      rows.push(clone(rows[0]!));
      return { kind, text: JSON.stringify(copy) };
    }
  }
}
