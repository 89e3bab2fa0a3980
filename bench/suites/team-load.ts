/**
 * Team server under load: simulated people on loopback, each signed in with a browser's cookie and CSRF token,
 * reading, entering values, pasting blocks and writing notes for a fixed time, against one real PostgreSQL
 * (a throwaway cluster, test/postgres-cluster.ts). The subject is the p95 latency of every request with 50 people at
 * once; the baseline is the same mix from one person alone, measured in the same run.
 *
 * It also checks what the issue asks of concurrent editing, and fails (error) when either does not hold:
 *  - no error other than reported conflicts (CONFLICT answers, which a person would see);
 *  - no lost update: every cell's final value is the one of its last successful write, and no successful write was
 *    based on a revision older than another person's write to the same cell (that one must have been a conflict).
 */
import { randomInt } from 'node:crypto';
import type { InterchangeDocument } from '../../src/shared/interchange';
import type { Role } from '../../src/shared/contract-team';
import type { Result } from '../../src/shared/errors';
import { PgStore } from '../../src/main/core/db/pg-store';
import { importInto } from '../../src/main/core/interchange-io';
import { Repositories } from '../../src/main/core/repositories';
import { hashPassword } from '../../src/main/team/passwords';
import { startTeamServer, type TeamServer } from '../../src/main/team/server';
import { postgresMissing, startCluster, type Cluster } from '../../test/postgres-cluster';
import { generateDocument } from '../generate';
import type { BenchDefinition, BenchContext } from '../harness';

const PASSWORD = 'load test password 1';

interface Load {
  people: number;
  seconds: number;
  /** Each person waits this long between requests (uniform), as a person at a keyboard does. */
  thinkMs: [number, number];
}

interface Write {
  cell: string;
  value: number;
  accountId: number;
  base: number | null;
  revision: number;
}

interface Outcome {
  latencies: number[];
  byKind: Map<string, number[]>;
  conflicts: number;
  errors: string[];
  writes: Write[];
  requests: number;
}

const percentile = (xs: number[], p: number): number => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** One person's browser: cookie, CSRF token and the revision its page holds. */
class Person {
  cookie = '';
  csrf = '';
  revision: number | null = null;
  constructor(
    readonly base: string,
    readonly accountId: number,
    readonly email: string,
    readonly role: Role,
    readonly kpis: number[],
  ) {}

  async post<T>(path: string, body: unknown): Promise<{ status: number; body: Result<T> }> {
    const res = await fetch(new URL(path, this.base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: this.base.replace(/\/$/, ''), Cookie: this.cookie, 'X-CSRF-Token': this.csrf },
      body: JSON.stringify(body),
    });
    const cookie = res.headers.get('set-cookie');
    if (cookie) this.cookie = cookie.split(';')[0]!;
    return { status: res.status, body: (await res.json()) as Result<T> };
  }

  async signIn(): Promise<void> {
    const r = await this.post<{ csrfToken: string }>('/auth/sign-in', { email: this.email, password: PASSWORD });
    if (!r.body.ok) throw new Error(`sign-in of ${this.email}: ${r.body.error.message}`);
    this.csrf = r.body.value.csrfToken;
  }

  call<T>(method: string, input: unknown): Promise<{ status: number; body: Result<T> }> {
    return this.post<T>('/api', { method, input, baseRevision: this.revision });
  }
}

interface Plan {
  scorecardId: number;
  /** The months people enter values for: few, so that people meet on the same cells. */
  periods: string[];
  kpis: number[];
  /** The quarter the reads evaluate. */
  quarter: string;
}

const WRITES = new Set(['value', 'paste', 'note']);

function pick<T>(xs: readonly T[]): T {
  return xs[randomInt(xs.length)]!;
}

/** One person's minute: a random mix of reads and writes, with a pause between requests as a person makes. */
async function act(p: Person, plan: Plan, load: Load, until: number, out: Outcome): Promise<void> {
  const timed = async <T>(kind: string, method: string, input: unknown) => {
    const start = performance.now();
    const answer = await p.call<T>(method, input);
    const ms = performance.now() - start;
    out.latencies.push(ms);
    let list = out.byKind.get(kind);
    if (!list) out.byKind.set(kind, (list = []));
    list.push(ms);
    out.requests++;
    return answer;
  };
  const read = async () => {
    const r = await timed<{ info: { revision: number } | null }>('read: document.load', 'document.load', { scorecardId: plan.scorecardId });
    if (!r.body.ok) out.errors.push(`document.load: ${r.body.error.message}`);
    else if (r.body.value.info) p.revision = r.body.value.info.revision;
  };
  const wrote = (cells: { kpiId: number; period: string; actual: number }[], base: number | null, answer: Result<unknown>) => {
    const revision = answer.ok ? answer.changes?.revision : undefined;
    if (revision === undefined) return;
    for (const c of cells) out.writes.push({ cell: `${c.kpiId}|${c.period}`, value: c.actual, accountId: p.accountId, base, revision });
  };
  await read();
  const mine = p.role === 'contributor' ? p.kpis : plan.kpis;
  while (Date.now() < until) {
    const roll = Math.random();
    let kind = roll < 0.35 ? 'read' : roll < 0.45 ? 'evaluate' : roll < 0.75 ? 'value' : roll < 0.85 ? 'paste' : roll < 0.95 ? 'note' : 'audit';
    if (WRITES.has(kind) && (p.role === 'viewer' || mine.length === 0)) kind = 'read';
    let answer: { status: number; body: Result<unknown> };
    const base = p.revision;
    if (kind === 'read') {
      await read();
      answer = { status: 200, body: { ok: true, value: null } };
    } else if (kind === 'evaluate') {
      answer = await timed('read: scorecard.evaluate', 'scorecard.evaluate', { scorecardId: plan.scorecardId, period: plan.quarter });
    } else if (kind === 'value') {
      const cell = { kpiId: pick(mine), period: pick(plan.periods), actual: randomInt(1_000_000) / 100 };
      answer = await timed('write: measurement.set', 'measurement.set', cell);
      wrote([cell], base, answer.body);
    } else if (kind === 'paste') {
      // A block of up to 3 KPIs × the months: what a paste from a spreadsheet writes.
      const kpis = [...new Set([pick(mine), pick(mine), pick(mine)])];
      const items = kpis.flatMap((kpiId) => plan.periods.map((period) => ({ kpiId, period, actual: randomInt(1_000_000) / 100 })));
      answer = await timed('write: measurement.setMany', 'measurement.setMany', { items });
      wrote(items, base, answer.body);
    } else if (kind === 'note') {
      answer = await timed('write: note.create', 'note.create', {
        entityType: 'kpi',
        entityId: pick(mine),
        period: pick(plan.periods),
        body: `Load test note ${randomInt(1e9)}`,
      });
    } else {
      answer = await timed('read: audit.list', 'audit.list', { entityType: 'kpi', id: pick(plan.kpis), limit: 20 });
    }
    if (!answer.body.ok) {
      if (answer.body.error.code === 'CONFLICT') {
        out.conflicts++;
        // As a person would: the page shows the current value; they read it again before another try.
        await read();
      } else out.errors.push(`${kind} (HTTP ${answer.status}): ${answer.body.error.code} ${answer.body.error.message}`);
    }
    await new Promise((r) => setTimeout(r, load.thinkMs[0] + randomInt(load.thinkMs[1] - load.thinkMs[0] + 1)));
  }
}

/** Lost updates among the successful writes; empty when none. */
function lostUpdates(writes: Write[], final: Map<string, number | null>): string[] {
  const problems: string[] = [];
  const byCell = new Map<string, Write[]>();
  for (const w of writes) {
    let list = byCell.get(w.cell);
    if (!list) byCell.set(w.cell, (list = []));
    list.push(w);
  }
  for (const [cell, list] of byCell) {
    list.sort((a, b) => a.revision - b.revision);
    const last = list.at(-1)!;
    if (final.get(cell) !== last.value) problems.push(`${cell}: holds ${final.get(cell)}, its last successful write was ${last.value} (revision ${last.revision})`);
    for (const w of list) {
      // A write based on a page older than another person's write to the same cell overwrote it without a conflict.
      const overwritten = list.find((o) => o.accountId !== w.accountId && w.base !== null && o.revision > w.base && o.revision < w.revision);
      if (overwritten) problems.push(`${cell}: revision ${w.revision} (based on ${w.base}) overwrote revision ${overwritten.revision} of another person without a conflict`);
    }
  }
  return problems;
}

interface Team {
  server: TeamServer;
  store: PgStore;
  plan: Plan;
  people: Person[];
  close(): Promise<void>;
}

const ROLES: { role: Role; share: number }[] = [
  { role: 'editor', share: 0.2 },
  { role: 'contributor', share: 0.6 },
  { role: 'viewer', share: 0.2 },
];

/** A team database with one generated scorecard, a server on loopback and `count` people signed in. */
async function startTeam(ctx: BenchContext, cluster: Cluster, count: number, schema: string): Promise<Team> {
  const doc: InterchangeDocument = generateDocument({ seed: 18, scorecards: 1, objectivesPerScorecard: 12, kpisPerObjective: 3, months: 24 });
  const roles: Role[] = [];
  for (const { role, share } of ROLES) for (let i = 0; i < Math.max(1, Math.round(count * share)); i++) roles.push(role);
  roles.length = count;
  const names = roles.map((role, i) => `${role[0]!.toUpperCase()}${role.slice(1)} ${i + 1}`);
  const contributors = names.filter((_, i) => roles[i] === 'contributor');
  // Each KPI belongs to a contributor, so contributors enter values for theirs and editors for any.
  doc.kpis.forEach((k, i) => (k.owner = contributors.length ? contributors[i % contributors.length]! : k.owner));
  const store = PgStore.open(cluster.conninfo, { schema });
  store.engine.transaction(() => importInto(new Repositories(store.engine), doc));
  const rendererDir = ctx.tmp;
  const server = await startTeamServer({ store, rendererDir, port: 0 });
  const passwordHash = await hashPassword(PASSWORD);
  const scorecardId = doc.scorecards[0]!.id;
  const kpis = doc.kpis.map((k) => k.id);
  const people: Person[] = [];
  for (const [i, role] of roles.entries()) {
    const email = `person${i + 1}@example.com`;
    const account = server.accounts.create({ email, name: names[i]!, role, ownerName: role === 'contributor' ? names[i]! : null, passwordHash });
    const own = doc.kpis.filter((k) => k.owner === names[i]).map((k) => k.id);
    const person = new Person(server.url, account.id, email, role, own);
    await person.signIn();
    people.push(person);
  }
  const last = doc.measurements.map((m) => m.period).sort().at(-1)!;
  const year = Number(last.slice(0, 4));
  const plan: Plan = {
    scorecardId,
    kpis,
    periods: [`${year}-10`, `${year}-11`, `${year}-12`],
    quarter: `${year}-Q4`,
  };
  return {
    server,
    store,
    plan,
    people,
    close: async () => {
      await server.close();
      store.close();
    },
  };
}

async function underLoad(team: Team, load: Load): Promise<Outcome> {
  const out: Outcome = { latencies: [], byKind: new Map(), conflicts: 0, errors: [], writes: [], requests: 0 };
  const until = Date.now() + load.seconds * 1000;
  await Promise.all(team.people.slice(0, load.people).map((p) => act(p, team.plan, load, until, out)));
  return out;
}

function check(team: Team, out: Outcome): void {
  if (out.errors.length) throw new Error(`${out.errors.length} errors besides conflicts, first: ${out.errors.slice(0, 3).join(' | ')}`);
  const final = new Map<string, number | null>();
  for (const m of new Repositories(team.store.engine).measurements.listByScorecard(team.plan.scorecardId)) {
    final.set(`${m.kpiId}|${m.period}`, m.actual);
  }
  const lost = lostUpdates(out.writes, final);
  if (lost.length) throw new Error(`${lost.length} lost updates, first: ${lost.slice(0, 3).join(' | ')}`);
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

function describeOutcome(label: string, out: Outcome, load: Load): string {
  const kinds = [...out.byKind.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, xs]) => `${kind} ${xs.length} (p95 ${fmt(percentile(xs, 95))} ms)`)
    .join(', ');
  return (
    `${label}: ${load.people} ${load.people === 1 ? 'person' : 'people'} for ${load.seconds} s, ${out.requests} requests (${(out.requests / load.seconds).toFixed(1)}/s), ` +
    `p50 ${fmt(percentile(out.latencies, 50))} ms, p95 ${fmt(percentile(out.latencies, 95))} ms, p99 ${fmt(percentile(out.latencies, 99))} ms, ` +
    `max ${fmt(Math.max(...out.latencies))} ms; ${out.writes.length} cells written, ${out.conflicts} conflicts reported, ` +
    `0 other errors, 0 lost updates; ${kinds}`
  );
}

export const teamLoad: BenchDefinition[] = [
  {
    name: 'team server: 50 people for 60 s, p95',
    unit: 'ms',
    aim: { on: 'median', below: 250 },
    fixedRuns: { runs: 1, warmup: 0 },
    skip: () => postgresMissing() ?? undefined,
    async setup(ctx) {
      const crowd: Load = ctx.quick ? { people: 5, seconds: 3, thinkMs: [50, 200] } : { people: 50, seconds: 60, thinkMs: [200, 1000] };
      const alone: Load = ctx.quick ? { people: 1, seconds: 1, thinkMs: [50, 200] } : { people: 1, seconds: 10, thinkMs: [200, 1000] };
      const cluster = startCluster({ durable: true });
      const teams: Team[] = [];
      const notes: string[] = [];
      const run = async (load: Load, label: string, schema: string) => {
        const team = await startTeam(ctx, cluster, load.people, schema);
        teams.push(team);
        const out = await underLoad(team, load);
        check(team, out);
        notes.push(describeOutcome(label, out, load));
        return percentile(out.latencies, 95);
      };
      return {
        subject: { label: 'p95 of every request, the people at once', sample: () => run(crowd, 'At once', 'load_crowd') },
        baseline: { label: 'p95 of the same mix from one person alone', sample: () => run(alone, 'Alone', 'load_alone') },
        notes,
        async teardown() {
          for (const t of teams) await t.close();
          cluster.stop();
        },
      };
    },
  },
];
