/**
 * The victim of the crash test: a write-heavy session on a real document through the real dispatch, until it is
 * killed. Before each edit it announces what the edit will change ("B"), and once dispatch has returned ok it
 * reports the edit committed ("C"); the parent holds every reported edit to account after the SIGKILL.
 *
 *   node child.mjs <document> <import folder> <seed> <first edit id>
 *
 * Lines are written with writeSync, so a line the parent receives was written before the kill, never after.
 */
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Input, Method, Output } from '../../src/shared/contract';
import { dispatchSync } from '../../src/main/core/dispatch';
import { createDocumentFromJson } from '../../src/main/core/interchange-io';
import { Session } from '../../src/main/core/session';
import { cellKey, type Effect, rng } from './model';

const [docPath, importDir, seedArg, firstIdArg] = process.argv.slice(2);
if (!docPath || !importDir || !seedArg || !firstIdArg)
  throw new Error('usage: child <doc> <importDir> <seed> <firstId>');

const say = (line: string) => writeSync(1, `${line}\n`);
const random = rng(Number(seedArg));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const PERIODS = Array.from({ length: 24 }, (_, i) => `${2020 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);

const session = new Session({ mode: 'cli' });

class Refused extends Error {}
function call<M extends Method>(method: M, input: Input<M>): Output<M> {
  const r = dispatchSync(session, method, input);
  if (!r.ok) throw new Refused(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as Output<M>;
}

call('document.open', { path: docPath });
const scorecardId = call('scorecard.list', {})[0]!.id;
const objectives = call('objective.list', { scorecardId }).map((o) => o.id);

/** What this child knows of the document: read back at start, since the previous child was killed. */
const kpis = new Map<number, string>();
const cells = new Set<string>();
const notes = new Map<number, string>();
for (const k of call('kpi.list', { scorecardId })) kpis.set(k.id, k.name);
for (const m of call('measurement.list', { scorecardId })) cells.add(`${m.kpiId}|${m.period}`);
for (const n of call('note.list', { scorecardId })) notes.set(n.id, n.body);
const template = JSON.parse(JSON.stringify(call('document.export', {}))) as Output<'document.export'>;
template.measurements = template.measurements.slice(0, 50);
template.notes = [];

const nameOf = (kpiId: number) => kpis.get(kpiId)!;
const kpiIds = () => [...kpis.keys()];
const created = () => kpiIds().filter((id) => nameOf(id).startsWith('k'));

interface Edit {
  effects: Effect[];
  run(): void;
}

function setCell(id: number): Edit {
  const kpiId = pick(kpiIds());
  const period = pick(PERIODS);
  return {
    effects: [{ key: cellKey(nameOf(kpiId), period), value: id }],
    run: () => {
      call('measurement.set', { kpiId, period, actual: id });
      cells.add(`${kpiId}|${period}`);
    },
  };
}

function paste(id: number): Edit {
  const chosen = new Map<string, { kpiId: number; period: string; actual: number | null }>();
  const n = 5 + Math.floor(random() * 40);
  for (let j = 0; j < n; j++) {
    const kpiId = pick(kpiIds());
    const period = pick(PERIODS);
    // Some pasted cells are empty: they clear what was there.
    chosen.set(`${kpiId}|${period}`, { kpiId, period, actual: random() < 0.15 ? null : id * 100 + j });
  }
  const items = [...chosen.values()];
  return {
    effects: items.map((c) => ({ key: cellKey(nameOf(c.kpiId), c.period), value: c.actual ?? undefined })),
    run: () => {
      call('measurement.setMany', { items });
      for (const c of items) {
        if (c.actual === null) cells.delete(`${c.kpiId}|${c.period}`);
        else cells.add(`${c.kpiId}|${c.period}`);
      }
    },
  };
}

function deleteCell(id: number): Edit {
  const cell = cells.size > 0 ? pick([...cells]) : null;
  if (!cell) return setCell(id);
  const [kpiId, period] = [Number(cell.split('|')[0]), cell.split('|')[1]!];
  return {
    effects: [{ key: cellKey(nameOf(kpiId), period), value: undefined }],
    run: () => {
      call('measurement.delete', { kpiId, period });
      cells.delete(cell);
    },
  };
}

function createKpi(id: number): Edit {
  // Bounded, so a run of a thousand kills keeps each child's start-up read small.
  if (created().length >= 40) return deleteKpi(id);
  const name = `k${id}`;
  return {
    effects: [{ key: `kpi:${name}`, value: 0 }],
    run: () => void kpis.set(call('kpi.create', { objectiveId: pick(objectives), name }).id, name),
  };
}

function deleteKpi(id: number): Edit {
  const choices = created();
  if (choices.length === 0) return createKpi(id);
  const kpiId = pick(choices);
  const name = nameOf(kpiId);
  const gone = [...cells].filter((c) => c.startsWith(`${kpiId}|`));
  return {
    effects: [
      { key: `kpi:${name}`, value: undefined },
      { key: `desc:${name}`, value: undefined },
      ...gone.map((c) => ({ key: cellKey(name, c.split('|')[1]!), value: undefined })),
    ],
    run: () => {
      call('kpi.delete', { id: kpiId });
      kpis.delete(kpiId);
      for (const c of gone) cells.delete(c);
    },
  };
}

function describeKpi(id: number): Edit {
  const choices = created();
  if (choices.length === 0) return createKpi(id);
  const kpiId = pick(choices);
  return {
    effects: [{ key: `desc:${nameOf(kpiId)}`, value: id }],
    run: () => void call('kpi.update', { id: kpiId, description: `d${id}` }),
  };
}

function addNote(id: number): Edit {
  if (notes.size >= 60) return deleteNote(id);
  const body = `n${id}`;
  return {
    effects: [{ key: `note:${body}`, value: 0 }],
    run: () => {
      const note = call('note.create', { entityType: 'scorecard', entityId: scorecardId, body });
      notes.set(note.id, body);
    },
  };
}

function deleteNote(id: number): Edit {
  if (notes.size === 0) return addNote(id);
  const noteId = pick([...notes.keys()]);
  return {
    effects: [{ key: `note:${notes.get(noteId)}`, value: undefined }],
    run: () => {
      call('note.delete', { id: noteId });
      notes.delete(noteId);
    },
  };
}

function importFile(id: number): Edit {
  const path = join(importDir!, `import-${id}.scorecard`);
  return {
    effects: [{ key: `file:${path}`, value: id }],
    run: () => {
      const doc = { ...template, scorecards: template.scorecards.map((s) => ({ ...s, name: `import-${id}` })) };
      createDocumentFromJson(path, JSON.stringify(doc)).close();
    },
  };
}

/** Closing folds the write-ahead log back into the file: a moment worth being killed in. */
function reopen(): Edit {
  return {
    effects: [],
    run: () => {
      call('document.close', {});
      call('document.open', { path: docPath });
    },
  };
}

const EDITS: [number, (id: number) => Edit][] = [
  [30, setCell],
  [20, paste],
  [10, deleteCell],
  [8, createKpi],
  [4, deleteKpi],
  [6, describeKpi],
  [8, addNote],
  [4, deleteNote],
  [3, importFile],
  [2, reopen],
];
const totalWeight = EDITS.reduce((s, [w]) => s + w, 0);
function nextEdit(id: number): Edit {
  let r = random() * totalWeight;
  for (const [w, make] of EDITS) {
    r -= w;
    if (r < 0) return make(id);
  }
  return setCell(id);
}

say('READY');
for (let id = Number(firstIdArg); ; id++) {
  const edit = nextEdit(id);
  say(`B ${id} ${JSON.stringify(edit.effects)}`);
  try {
    edit.run();
    say(`C ${id}`);
  } catch (err) {
    if (!(err instanceof Refused)) throw err;
    say(`F ${id} ${err.message}`);
  }
}
