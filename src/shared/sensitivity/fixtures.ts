/**
 * Small scorecards written as a tree, for the sensitivity, what-if and "what it takes" tests: each test states its
 * numbers where the reader sees them. Ids are given in order (perspectives, then objectives, then KPIs, from 1 each)
 * and looked up by name.
 */
import { kpiDefaults, objectiveDefaults, perspectiveDefaults, scorecardDefaults } from '../defaults';
import type { Kpi, Measurement, Objective, Perspective, Scorecard } from '../domain';
import type { EvaluateInput } from '../scoring';

export const PERIOD = '2026-Q1';

export type KpiSpec = Partial<Omit<Kpi, 'id' | 'objectiveId' | 'position'>> & {
  name: string;
  /** The value of PERIOD; more periods (months of a monthly KPI) through `values`. */
  actual?: number | null;
  values?: Record<string, number | null>;
};
export interface ObjectiveSpec {
  title: string;
  weight?: number;
  kpis: KpiSpec[];
}
export interface PerspectiveSpec {
  name: string;
  weight?: number;
  objectives: ObjectiveSpec[];
}

export interface Card {
  input: EvaluateInput;
  /** The id of the perspective, objective or KPI of that name. */
  id: (name: string) => number;
}

export function card(perspectives: PerspectiveSpec[], over: Partial<Scorecard> = {}): Card {
  const scorecard: Scorecard = { ...scorecardDefaults, id: 1, name: 'Corner café', ...over };
  const ids = new Map<string, number>();
  const named = (name: string, id: number) => {
    if (ids.has(name)) throw new Error(`two parts named ${name}`);
    ids.set(name, id);
    return id;
  };
  const ps: Perspective[] = [];
  const os: Objective[] = [];
  const ks: Kpi[] = [];
  const ms: Measurement[] = [];
  perspectives.forEach((p, pi) => {
    const pid = named(p.name, ps.length + 1);
    ps.push({ ...perspectiveDefaults, id: pid, scorecardId: 1, name: p.name, position: pi, weight: p.weight ?? 1 });
    p.objectives.forEach((o, oi) => {
      const oid = named(o.title, os.length + 1);
      os.push({
        ...objectiveDefaults,
        id: oid,
        perspectiveId: pid,
        title: o.title,
        position: oi,
        weight: o.weight ?? 1,
      });
      o.kpis.forEach((spec, ki) => {
        const { actual, values, ...fields } = spec;
        const kid = named(spec.name, ks.length + 1);
        ks.push({ ...kpiDefaults, ...fields, id: kid, objectiveId: oid, position: ki });
        const all = { ...(actual === undefined ? {} : { [PERIOD]: actual }), ...values };
        for (const [period, value] of Object.entries(all))
          ms.push({ kpiId: kid, period, actual: value, target: null, note: '' });
      });
    });
  });
  return {
    input: { scorecard, perspectives: ps, objectives: os, kpis: ks, measurements: ms },
    id: (name) => {
      const id = ids.get(name);
      if (id === undefined) throw new Error(`no part named ${name}`);
      return id;
    },
  };
}
