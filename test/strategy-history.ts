/**
 * A scorecard with sixteen quarters of history (2022-Q4 … 2026-Q3) whose strategy map holds hypotheses the data
 * supports, does not support, and cannot judge, built through the API as a user would: for the strategy check's
 * integration, CLI and end-to-end tests (docs/strategy-check.md).
 *
 * - "Build barista skills" → "Delight café guests": the guests' rating changes a quarter after the training hours
 *   do (a relation planted at lag 1). Supported.
 * - "Delight café guests" → "Grow revenue": revenue is a random walk of its own. Not supported.
 * - "Roast consistently" → "Grow revenue": defects are noise. Not supported.
 * - "Open a second café" → "Grow revenue": four quarters of footfall only. Too little data.
 *
 * Every KPI's target is far enough from its values (with the default seed) that no score is clamped at 0 or 100 %,
 * so an objective's score (its one KPI's progress) moves with the KPI.
 */
import { prng } from '../src/shared/prng';

/** A client's call, synchronous (integration tests) or not (the e2e tests' api). */
export type Call = (method: string, input: unknown) => unknown;

export const HISTORY_QUARTERS = [
  '2022-Q4',
  ...['2023', '2024', '2025'].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`)),
  '2026-Q1',
  '2026-Q2',
  '2026-Q3',
];

export const HISTORY = {
  scorecard: 'Corner Bakery — strategy check',
  training: { objective: 'Build barista skills', kpi: 'Training hours per barista' },
  guests: { objective: 'Delight café guests', kpi: 'Guest rating' },
  revenue: { objective: 'Grow revenue', kpi: 'Monthly revenue' },
  roast: { objective: 'Roast consistently', kpi: 'Roast defects' },
  second: { objective: 'Open a second café', kpi: 'Second café footfall' },
} as const;

export interface StrategyHistory {
  scorecardId: number;
  objectives: Record<keyof Omit<typeof HISTORY, 'scorecard'>, number>;
  kpis: Record<keyof Omit<typeof HISTORY, 'scorecard'>, number>;
  links: { supported: number; randomWalk: number; noise: number; tooLittle: number };
}

/** The series, seeded: the same seed, the same history. */
export function historyValues(seed = 17): Record<keyof Omit<typeof HISTORY, 'scorecard'>, (number | null)[]> {
  const random = prng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const n = HISTORY_QUARTERS.length;
  const training: number[] = [40];
  for (let i = 1; i < n; i++) training.push(training[i - 1]! + 4 * normal());
  // The rating's change follows the training hours' change of the quarter before, with a little noise of its own.
  const guests: number[] = [60];
  for (let i = 1; i < n; i++) guests.push(guests[i - 1]! + 0.9 * (i >= 2 ? training[i - 1]! - training[i - 2]! : 0) + normal());
  const revenue: number[] = [50];
  for (let i = 1; i < n; i++) revenue.push(revenue[i - 1]! + 3 * normal());
  const roast = Array.from({ length: n }, () => 10 + 2 * normal());
  const second = HISTORY_QUARTERS.map((_, i) => (i >= n - 4 ? 400 + 20 * i : null));
  const round = (xs: (number | null)[]) => xs.map((x) => (x === null ? null : Math.round(x * 10) / 10));
  return { training: round(training), guests: round(guests), revenue: round(revenue), roast: round(roast), second: round(second) };
}

/** Builds the scorecard in the open document through `call`; answers the ids the tests need. */
export async function buildStrategyHistory(call: Call, seed = 17): Promise<StrategyHistory> {
  const api = async <T>(method: string, input: unknown) => (await call(method, input)) as T;
  const scorecard = await api<{ id: number }>('scorecard.create', { name: HISTORY.scorecard, granularity: 'quarter' });
  const perspectives = await api<{ id: number; name: string }[]>('perspective.list', { scorecardId: scorecard.id });
  const perspective = (name: string) => perspectives.find((p) => p.name.startsWith(name))!.id;
  const where = {
    training: perspective('Learning'),
    guests: perspective('Customer'),
    revenue: perspective('Financial'),
    roast: perspective('Internal'),
    second: perspective('Financial'),
  } as const;
  // Targets well beyond the values (and baselines well below), so no progress is clamped.
  const range = { training: [0, 100], guests: [0, 120], revenue: [0, 120], roast: [40, 0], second: [0, 1200] } as const;
  const values = historyValues(seed);
  const objectives = {} as StrategyHistory['objectives'];
  const kpis = {} as StrategyHistory['kpis'];
  for (const key of ['training', 'guests', 'revenue', 'roast', 'second'] as const) {
    const o = await api<{ id: number }>('objective.create', { perspectiveId: where[key], title: HISTORY[key].objective });
    const [baseline, target] = range[key];
    const k = await api<{ id: number }>('kpi.create', {
      objectiveId: o.id,
      name: HISTORY[key].kpi,
      polarity: key === 'roast' ? 'decrease' : 'increase',
      baseline,
      target,
      frequency: 'quarter',
    });
    objectives[key] = o.id;
    kpis[key] = k.id;
    const items = HISTORY_QUARTERS.flatMap((period, i) =>
      values[key][i] === null ? [] : [{ kpiId: k.id, period, actual: values[key][i] }],
    );
    await api('measurement.setMany', { items });
  }
  const link = async (from: keyof typeof objectives, to: keyof typeof objectives) =>
    (await api<{ id: number }>('link.create', { fromObjectiveId: objectives[from], toObjectiveId: objectives[to] })).id;
  return {
    scorecardId: scorecard.id,
    objectives,
    kpis,
    links: {
      supported: await link('training', 'guests'),
      randomWalk: await link('guests', 'revenue'),
      noise: await link('roast', 'revenue'),
      tooLittle: await link('second', 'revenue'),
    },
  };
}
