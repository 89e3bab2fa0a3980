/** Backend benchmarks on W1: open and evaluate, edit and re-evaluate, export, import, resident memory. */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { containingPeriod } from '../../src/shared/periods';
import { createDocumentFromJson, serializeInterchange } from '../../src/main/core/interchange-io';
import { getNativeBinding } from '../../src/main/core/native';
import { timeMs, type BenchDefinition } from '../harness';
import { call, openAndEvaluate, scored } from './backend-ops';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HOLD_OPEN = join(ROOT, 'bench', 'child', 'hold-open.ts');
const run = promisify(execFile);
const MB = 1024 * 1024;
const MONTH = /^\d{4}-\d{2}$/;

/** A plain better-sqlite3 connection, as the core makes one (the Electron build may need another binding). */
function rawConnection(path: string): Database.Database {
  const nativeBinding = getNativeBinding();
  return new Database(path, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
}

async function childRss(args: string[]): Promise<number> {
  const { stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: MB });
  const report = JSON.parse(stdout.trim().split('\n').pop()!) as { rss: number };
  return report.rss / MB;
}

export const backend: BenchDefinition[] = [
  {
    name: 'open + evaluate',
    unit: 'ms',
    aim: { on: 'ratio', below: 3, inclusive: true },
    setup(ctx) {
      const w = ctx.workload('W1');
      let rows = 0;
      let evaluated = 0;
      const scorecards = w.doc().scorecards.length;
      return {
        subject: {
          label: `open, evaluate ${scorecards} scorecards for ${w.period}`,
          sample: () => {
            let result: ReturnType<typeof openAndEvaluate> | undefined;
            const ms = timeMs(() => (result = openAndEvaluate(w.path, w.period)));
            evaluated = scored(result!.evaluations);
            result!.session.close();
            return ms;
          },
        },
        baseline: {
          label: 'raw SELECT of every measurement',
          sample: () => {
            let db: Database.Database | undefined;
            const ms = timeMs(() => {
              db = rawConnection(w.path);
              rows = db.prepare('SELECT * FROM measurement').all().length;
            });
            db!.close();
            return ms;
          },
        },
        get notes() {
          return [
            `${w.label}; scored ${evaluated.toLocaleString('en-GB')} KPIs, objectives, perspectives and scorecards; the baseline read ${rows.toLocaleString('en-GB')} rows. Opening runs SQLite's integrity_check over the whole file; evaluating reads only the months, quarter and year the period needs, which is why the figure can sit below the floor of reading every row.`,
          ];
        },
      };
    },
  },
  {
    name: 'edit + re-evaluate',
    unit: 'ms',
    aim: { on: 'median', below: 5 },
    setup(ctx) {
      const w = ctx.workload('W1');
      const { session } = openAndEvaluate(ctx.copyOf(w, 'edit'), w.period);
      const db = session.file().db;
      const doc = w.doc();
      const scorecards = new Map(doc.scorecards.map((s) => [s.id, s]));
      const scorecardOfPerspective = new Map(doc.perspectives.map((p) => [p.id, p.scorecardId]));
      const scorecardOfObjective = new Map(
        doc.objectives.map((o) => [o.id, scorecardOfPerspective.get(o.perspectiveId)!]),
      );
      // The latest month of every KPI, in turn: the usual edit is this month's value.
      const month = doc.measurements.reduce(
        (latest, m) => (MONTH.test(m.period) && m.period > latest ? m.period : latest),
        '',
      );
      const targets = doc.kpis
        .filter((k) => k.frequency === 'month')
        .map((k) => {
          const scorecard = scorecards.get(scorecardOfObjective.get(k.objectiveId)!)!;
          // Re-evaluate what the user is looking at: the scorecard of the KPI, at the scorecard's granularity.
          const period =
            scorecard.granularity === 'month'
              ? month
              : containingPeriod(month, 'quarter', scorecard.fiscalYearStartMonth);
          return { kpiId: k.id, scorecardId: scorecard.id, period };
        });
      if (!targets.length) throw new Error(`${w.title} has no monthly KPI to edit`);
      let i = 0;
      let j = 0;
      const upsert = db.prepare(
        `INSERT INTO measurement (kpi_id, period, actual, target) VALUES (?, ?, ?, NULL)
         ON CONFLICT (kpi_id, period) DO UPDATE SET actual = excluded.actual`,
      );
      return {
        subject: {
          label: 'measurement.set, then scorecard.evaluate of its scorecard',
          sample: () => {
            const t = targets[i++ % targets.length]!;
            return timeMs(() => {
              call(session, 'measurement.set', { kpiId: t.kpiId, period: month, actual: 1000 + i });
              call(session, 'scorecard.evaluate', { scorecardId: t.scorecardId, period: t.period });
            });
          },
        },
        baseline: {
          label: 'raw UPSERT of one measurement (one durable commit)',
          sample: () => {
            const t = targets[j++ % targets.length]!;
            return timeMs(() => upsert.run(t.kpiId, month, 2000 + j));
          },
        },
        notes: [`${w.label}; edits ${month} of each KPI in turn; synchronous = FULL, so each edit waits for the disk.`],
        teardown: () => session.close(),
      };
    },
  },
  {
    name: 'export to JSON',
    unit: 'ms',
    aim: { on: 'median', below: 1000 },
    setup(ctx) {
      const w = ctx.workload('W1');
      const { session } = openAndEvaluate(w.path, w.period);
      const data = call(session, 'document.export', {});
      let bytes = 0;
      return {
        subject: {
          label: 'document.export + serializeInterchange',
          sample: () => timeMs(() => (bytes = serializeInterchange(call(session, 'document.export', {})).length)),
        },
        baseline: {
          label: 'JSON.stringify of the same data',
          sample: () => timeMs(() => JSON.stringify(data, null, 2)),
        },
        get notes() {
          return [`${w.label}; ${(bytes / MB).toFixed(1)} MB of JSON.`];
        },
        teardown: () => session.close(),
      };
    },
  },
  {
    name: 'import from JSON',
    unit: 'ms',
    aim: { on: 'median', below: 1000 },
    setup(ctx) {
      const w = ctx.workload('W1');
      const text = serializeInterchange(w.doc());
      const path = join(ctx.tmp, 'imported.scorecard');
      return {
        subject: {
          label: 'createDocumentFromJson (parse, validate, write, open)',
          sample: () => {
            let store: ReturnType<typeof createDocumentFromJson> | undefined;
            const ms = timeMs(() => (store = createDocumentFromJson(path, text, true)));
            store!.close();
            rmSync(path, { force: true });
            return ms;
          },
        },
        baseline: { label: 'JSON.parse of the same text', sample: () => timeMs(() => JSON.parse(text)) },
        notes: [`${w.label}; ${(text.length / MB).toFixed(1)} MB of JSON.`],
      };
    },
  },
  {
    name: 'resident memory, open + evaluated',
    unit: 'MB',
    aim: { on: 'median', below: 150 },
    async setup(ctx) {
      const w = ctx.workload('W1');
      const loaderMb = await childRss(['--import', 'tsx', HOLD_OPEN, '--bare']);
      return {
        subject: {
          label: `RSS of a process holding ${w.title} open and evaluated`,
          sample: () => childRss(['--import', 'tsx', HOLD_OPEN, w.path, w.period]),
        },
        baseline: {
          label: 'RSS of a bare Node process',
          sample: () => childRss(['-e', 'process.stdout.write(JSON.stringify({ rss: process.memoryUsage().rss }))']),
        },
        notes: [
          `${w.label}; the child runs the TypeScript core under tsx, whose loader alone brings a bare process to ${loaderMb.toFixed(0)} MB (the built app loads plain JavaScript).`,
        ],
      };
    },
  },
];
