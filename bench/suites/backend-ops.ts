/** The backend operations the benchmarks time, done exactly as the app does them: through dispatch. */
import type { Method, Output } from '../../src/shared/contract';
import type { Evaluation } from '../../src/shared/evaluation';
import { dispatchSync } from '../../src/main/core/dispatch';
import { Session } from '../../src/main/core/session';

export function call<M extends Method>(session: Session, method: M, input: unknown): Output<M> {
  const r = dispatchSync(session, method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message}`);
  return r.value as Output<M>;
}

/** Opens a document and evaluates every scorecard for one period: what the app does to show a document. */
export function openAndEvaluate(path: string, period: string): { session: Session; evaluations: Evaluation[] } {
  const session = new Session({ mode: 'cli' });
  call(session, 'document.open', { path });
  const evaluations = call(session, 'scorecard.list', {}).map((s) =>
    call(session, 'scorecard.evaluate', { scorecardId: s.id, period }),
  );
  return { session, evaluations };
}

/** How many KPIs, objectives, perspectives and scorecards an evaluation scored: proves the work was done. */
export function scored(evaluations: readonly Evaluation[]): number {
  return evaluations.reduce((n, e) => n + e.kpis.length + e.objectives.length + e.perspectives.length + 1, 0);
}
