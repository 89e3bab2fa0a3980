/**
 * Undo history on W1: what journaling every row change costs a pasted block, and how long undoing that block takes.
 * A paste is the largest single step a user makes in the quarterly update.
 */
import type { Measurement } from '../../src/shared/domain';
import { handlers } from '../../src/main/core/handlers';
import { Session } from '../../src/main/core/session';
import { timeMs, type BenchDefinition, type BenchContext } from '../harness';
import { call, openAndEvaluate } from './backend-ops';

const MONTH = /^\d{4}-\d{2}$/;

/** One value for every monthly KPI in the latest month with data: a column pasted from a spreadsheet. */
function pasteBlock(ctx: BenchContext): { path: string; items: Measurement[]; label: string } {
  const w = ctx.workload('W1');
  const doc = w.doc();
  const month = doc.measurements.reduce((m, x) => (MONTH.test(x.period) && x.period > m ? x.period : m), '');
  const items = doc.kpis
    .filter((k) => k.frequency === 'month')
    .map((k) => ({ kpiId: k.id, period: month, actual: 0, target: null, note: '' }));
  return { path: ctx.copyOf(w, `history-${Math.random().toString(36).slice(2)}`), items, label: w.label };
}

export const history: BenchDefinition[] = [
  {
    name: 'paste a column, with undo journal',
    unit: 'ms',
    aim: { on: 'ratio', below: 1.5, inclusive: true },
    setup(ctx) {
      const { path, items, label } = pasteBlock(ctx);
      const { session } = openAndEvaluate(path, ctx.workload('W1').period);
      // A second copy, opened but never dispatched to: its connection has no journal triggers (they come with the
      // first dispatched edit), so the baseline is the same handler's work without any journaling.
      const plain = new Session({ mode: 'cli' });
      call(plain, 'document.open', { path: pasteBlock(ctx).path });
      const { store } = plain.require();
      let n = 0;
      const values = () => items.map((m) => ({ ...m, actual: ++n }));
      return {
        subject: {
          label: `measurement.setMany of ${items.length} cells through dispatch (one undo step)`,
          sample: () => timeMs(() => call(session, 'measurement.setMany', { items: values() })),
        },
        baseline: {
          label: 'the same handler in one transaction, no journal',
          sample: () => {
            const input = { items: values() };
            return timeMs(() => store.engine.transaction(() => handlers['measurement.setMany'](input, plain)));
          },
        },
        notes: [`${label}; every cell of the column changes in every sample, so every row is journaled.`],
        teardown: () => {
          session.close();
          plain.close();
        },
      };
    },
  },
  {
    name: 'undo + redo a pasted column',
    unit: 'ms',
    aim: { on: 'median', below: 100 },
    setup(ctx) {
      const { path, items, label } = pasteBlock(ctx);
      const { session } = openAndEvaluate(path, ctx.workload('W1').period);
      let n = 0;
      const paste = () => call(session, 'measurement.setMany', { items: items.map((m) => ({ ...m, actual: ++n })) });
      paste();
      return {
        subject: {
          label: `history.undo then history.redo of a ${items.length}-cell paste`,
          sample: () =>
            timeMs(() => {
              if (call(session, 'history.undo', {}).undone === null) throw new Error('nothing was undone');
              call(session, 'history.redo', {});
            }),
        },
        baseline: {
          label: 'pasting the same cells again (two of them: one each way)',
          sample: () =>
            timeMs(() => {
              paste();
              paste();
            }),
        },
        notes: [`${label}; undo and redo each replay ${items.length} journaled statements in one durable transaction.`],
        teardown: () => session.close(),
      };
    },
  },
];
