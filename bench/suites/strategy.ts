/**
 * Strategy check: analysis.strategyCheck on W1's largest scorecard (every cause-and-effect link of its map tested
 * at lags 0–k over its whole history, 2,000 permutations each), beside scorecard.evaluateMany of the same periods
 * measured in the same run: the check scores every period first, so the ratio says what the statistics cost on top.
 */
import type { StrategyCheck } from '../../src/shared/analysis';
import { dispatchSync } from '../../src/main/core/dispatch';
import { Session } from '../../src/main/core/session';
import { timeMs, type BenchDefinition } from '../harness';

function call<T>(session: Session, method: string, input: unknown): T {
  const result = dispatchSync(session, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

export const strategy: BenchDefinition[] = [
  {
    name: 'Strategy check, largest scorecard',
    unit: 'ms',
    aim: { on: 'ratio', below: 3 },
    setup(ctx) {
      const w = ctx.workload('W1');
      const doc = w.doc();
      const perspectivesOf = (id: number) => new Set(doc.perspectives.filter((p) => p.scorecardId === id).map((p) => p.id));
      const kpisOf = (id: number) => {
        const perspectives = perspectivesOf(id);
        const objectives = new Set(doc.objectives.filter((o) => perspectives.has(o.perspectiveId)).map((o) => o.id));
        return doc.kpis.filter((k) => objectives.has(k.objectiveId)).length;
      };
      const largest = [...doc.scorecards].sort((a, b) => kpisOf(b.id) - kpisOf(a.id))[0]!;
      const session = new Session({ mode: 'cli' });
      session.openDocument(w.path);
      // The periods the check analyses, so the baseline scores exactly the same ones.
      const first = call<StrategyCheck>(session, 'analysis.strategyCheck', { scorecardId: largest.id });
      const supported = first.links.filter((l) => l.verdict === 'supported').length;
      return {
        subject: {
          label: `analysis.strategyCheck of “${largest.name}” of ${w.title} (the document open)`,
          sample: () => timeMs(() => call(session, 'analysis.strategyCheck', { scorecardId: largest.id })),
        },
        baseline: {
          label: `scorecard.evaluateMany of the same ${first.periods.length} periods`,
          sample: () => timeMs(() => call(session, 'scorecard.evaluateMany', { scorecardId: largest.id, periods: first.periods })),
        },
        notes: [
          `“${largest.name}” of ${w.title}: ${kpisOf(largest.id)} KPIs, ${first.links.length} links, ${first.periods.length} ${largest.granularity}s ` +
            `(${first.periods[0]} – ${first.periods.at(-1)}), lags 0–${first.maxLag}; ${supported} links supported by the generated data`,
        ],
        teardown() {
          session.close();
        },
      };
    },
  },
];
