/**
 * What the crash test expects a document to hold: a flat map of facts (a cell's value, a KPI, a note, an
 * imported file), built from the edits the child reported committed, and the same map read back from disk.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dispatchSync } from '../../src/main/core/dispatch';
import { Session } from '../../src/main/core/session';
import { removeStaleTempFiles } from '../../src/main/core/temp-files';
import type { Input, Method, Output } from '../../src/shared/contract';

/** One fact an edit sets (value) or removes (undefined). */
export interface Effect {
  key: string;
  value: number | undefined;
}

export type Facts = Map<string, number>;

export const cellKey = (kpiName: string, period: string) => `cell:${kpiName}|${period}`;

/** mulberry32: small, seeded, good enough to pick edits and kill moments reproducibly. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function apply(facts: Facts, effects: readonly Effect[]): Facts {
  const next = new Map(facts);
  for (const e of effects) {
    if (e.value === undefined) next.delete(e.key);
    else next.set(e.key, e.value);
  }
  return next;
}

/** The facts in `expected` that `actual` lacks or holds differently (what was lost), and what it holds extra. */
export function diff(expected: Facts, actual: Facts): { missing: string[]; extra: string[] } {
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [k, v] of expected) if (actual.get(k) !== v) missing.push(`${k}=${v} (found ${actual.get(k)})`);
  for (const [k, v] of actual) if (!expected.has(k)) extra.push(`${k}=${v}`);
  return { missing, extra };
}

export class OpenFailure extends Error {}

function open(path: string): Session {
  const session = new Session({ mode: 'cli' });
  const r = dispatchSync(session, 'document.open', { path });
  if (!r.ok) throw new OpenFailure(`${path}: ${r.error.code} ${r.error.message}`);
  const check = session.file().db.pragma('integrity_check', { simple: true });
  if (check !== 'ok') {
    session.close();
    throw new OpenFailure(`${path}: integrity_check says ${String(check)}`);
  }
  return session;
}

function read<M extends Method>(session: Session, method: M, input: Input<M>): Output<M> {
  const r = dispatchSync(session, method, input);
  if (!r.ok) throw new OpenFailure(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as Output<M>;
}

/** Opens the document with our own store, proves it intact, and reads its facts through the API. */
export function readFacts(path: string): Facts {
  const session = open(path);
  try {
    const facts: Facts = new Map();
    const scorecardId = read(session, 'scorecard.list', {})[0]!.id;
    const names = new Map<number, string>();
    for (const k of read(session, 'kpi.list', { scorecardId })) {
      names.set(k.id, k.name);
      facts.set(`kpi:${k.name}`, 0);
      if (k.description.startsWith('d')) facts.set(`desc:${k.name}`, Number(k.description.slice(1)));
    }
    for (const m of read(session, 'measurement.list', { scorecardId })) {
      if (m.actual !== null) facts.set(cellKey(names.get(m.kpiId)!, m.period), m.actual);
    }
    for (const n of read(session, 'note.list', { scorecardId })) facts.set(`note:${n.body}`, 0);
    return facts;
  } finally {
    session.close();
  }
}

/**
 * The documents the child imported: each one that exists must open intact and be the import it claims to be.
 * Counts the temporary files a killed import left behind, then clears them as Quadrant does when it next works in
 * the folder (`removeStaleTempFiles`), and counts what is still there: that must be nothing.
 */
export function readImports(dir: string): { facts: Facts; leftovers: number; remaining: string[] } {
  const facts: Facts = new Map();
  let leftovers = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const m = /^import-(\d+)\.scorecard$/.exec(name);
    if (m) {
      const session = open(path);
      try {
        const scorecard = read(session, 'scorecard.list', {})[0];
        facts.set(`file:${path}`, scorecard?.name === `import-${m[1]}` ? Number(m[1]) : -1);
      } finally {
        session.close();
      }
    } else if (name.startsWith('.import-')) leftovers++;
  }
  removeStaleTempFiles(dir);
  const remaining = readdirSync(dir).filter((name) => !/^import-\d+\.scorecard$/.test(name));
  return { facts, leftovers, remaining };
}

/** Removes the imported documents, so the next cycle starts from an empty folder. */
export function clearImports(dir: string): void {
  for (const name of readdirSync(dir)) if (/^import-\d+\.scorecard$/.test(name)) rmSync(join(dir, name));
}
