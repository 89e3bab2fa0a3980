/**
 * A seeded stream of random edits of every kind over a document (a failure replays with its seed), for the tests
 * that run long random sessions: undo/redo (history-random) and the changes each write answers (changes).
 */
import type { Input, Method, Output } from '../src/shared/contract';
import { prng as random } from '../src/shared/prng';

function periodFor(frequency: string, r: () => number): string {
  const year = 2024 + Math.floor(r() * 3);
  if (frequency === 'year') return String(year);
  if (frequency === 'quarter') return `${year}-Q${1 + Math.floor(r() * 4)}`;
  return `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`;
}

export type Edit = { [M in Method]: [M, Input<M>] }[Method];

type Call = <M extends Method>(method: M, input: Input<M>) => Output<M>;

/** Edits of the document `call` reaches; each reads the document first, so ids are those of rows that exist (mostly). */
export function randomEdits(seed: number, call: Call): () => Edit {
  const r = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
  /** Any row's id, or one that may not exist: refused edits belong in the session too. */
  const idOf = (rows: readonly { id: number }[]): number => (rows.length ? pick(rows).id : 1);

  function nextEdit(): Edit {
    const doc = call('document.export', {});
    const scorecard = pick(doc.scorecards);
    const perspectives = doc.perspectives.filter((p) => p.scorecardId === scorecard.id);
    const objectives = doc.objectives.filter((o) => perspectives.some((p) => p.id === o.perspectiveId));
    const objective = pick(objectives.length ? objectives : doc.objectives);
    const kpi = pick(doc.kpis);
    const n = Math.round(r() * 1e6) / 100;
    const choices: (() => Edit)[] = [
      () => [
        'measurement.set',
        { kpiId: kpi.id, period: periodFor(kpi.frequency, r), actual: r() < 0.15 ? null : n },
      ],
      () => {
        const items = doc.kpis
          .filter((k) => k.frequency === 'quarter')
          .slice(0, 1 + Math.floor(r() * 5))
          .flatMap((k) =>
            ['2025-Q1', '2025-Q2', '2025-Q3'].map((period) => ({ kpiId: k.id, period, actual: n + k.id })),
          );
        return ['measurement.setMany', { items }];
      },
      () => ['kpi.update', { id: kpi.id, target: n, isKey: r() < 0.5, name: `${kpi.name.slice(0, 20)} ${seed}` }],
      () => ['kpi.create', { objectiveId: objective.id, name: `KPI ${n}`, polarity: 'decrease', target: n }],
      () => ['kpi.delete', { id: kpi.id }],
      () => [
        'kpi.reorder',
        {
          objectiveId: kpi.objectiveId,
          ids: doc.kpis
            .filter((k) => k.objectiveId === kpi.objectiveId)
            .map((k) => k.id)
            .reverse(),
        },
      ],
      () => ['objective.create', { perspectiveId: pick(perspectives).id, title: `Objective ${n}`, owner: 'Ana' }],
      () => [
        'objective.update',
        { id: objective.id, perspectiveId: pick(perspectives).id, weight: 1 + Math.floor(r() * 3) },
      ],
      () => ['objective.delete', { id: objective.id }],
      () => ['perspective.reorder', { scorecardId: scorecard.id, ids: perspectives.map((p) => p.id).reverse() }],
      () => ['perspective.update', { id: pick(perspectives).id, description: `About ${n}` }],
      () => [
        'link.create',
        { fromObjectiveId: objective.id, toObjectiveId: pick(objectives.length ? objectives : doc.objectives).id },
      ],
      () => ['link.delete', { id: idOf(doc.links) }],
      () => [
        'initiative.create',
        {
          scorecardId: scorecard.id,
          title: `Initiative ${n}`,
          objectiveIds: objectives.slice(0, 2).map((o) => o.id),
        },
      ],
      () => [
        'initiative.update',
        {
          id: idOf(doc.initiatives),
          objectiveIds: [objective.id],
          spent: n,
        },
      ],
      () => ['initiative.delete', { id: idOf(doc.initiatives) }],
      () => [
        'note.create',
        { entityType: 'objective', entityId: objective.id, body: `Note ${n}`, period: '2025-Q2' },
      ],
      () => ['note.update', { id: idOf(doc.notes), body: `Edited ${n}` }],
      () => ['note.delete', { id: idOf(doc.notes) }],
      () => ['theme.delete', { id: idOf(doc.themes) }],
      () => ['theme.create', { scorecardId: scorecard.id, name: `Theme ${n}`, colour: '#336699' }],
      () => ['scorecard.create', { name: `Department ${n}` }],
      () => ['scorecard.update', { id: scorecard.id, amberThreshold: 50 + Math.floor(r() * 40) }],
    ];
    return pick(choices)();
  }
  return nextEdit;
}
