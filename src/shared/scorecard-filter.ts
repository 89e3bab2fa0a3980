/** The scorecard view's filters: which objectives and KPIs remain when owner, status, theme and focus combine. */
import type { Kpi, Objective, Status } from './domain';

export interface ScorecardFilters {
  /** Objective owner; '' for anyone. Compared without case or surrounding spaces. */
  owner: string;
  /** Objective status for the period; '' for any. */
  status: Status | '';
  /** Strategic theme; null for any. */
  themeId: number | null;
  /** Only key KPIs, and only objectives that have one. */
  keyOnly: boolean;
}

export const NO_FILTERS: ScorecardFilters = { owner: '', status: '', themeId: null, keyOnly: false };

export function filtersActive(f: ScorecardFilters): boolean {
  return f.owner.trim() !== '' || f.status !== '' || f.themeId !== null || f.keyOnly;
}

/** One spelling per person: "maeve donnelly " and "Maeve Donnelly" are the same owner. */
export function ownerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface FilterResult {
  objectiveIds: Set<number>;
  kpiIds: Set<number>;
}

export function filterScorecard(
  objectives: readonly Objective[],
  kpis: readonly Kpi[],
  objectiveStatus: (objectiveId: number) => Status,
  f: ScorecardFilters,
): FilterResult {
  const owner = ownerKey(f.owner);
  const kpisOf = new Map<number, Kpi[]>();
  for (const k of kpis) {
    const list = kpisOf.get(k.objectiveId) ?? [];
    list.push(k);
    kpisOf.set(k.objectiveId, list);
  }
  const objectiveIds = new Set<number>();
  const kpiIds = new Set<number>();
  for (const o of objectives) {
    if (owner && ownerKey(o.owner) !== owner) continue;
    if (f.status && objectiveStatus(o.id) !== f.status) continue;
    if (f.themeId !== null && o.themeId !== f.themeId) continue;
    const own = (kpisOf.get(o.id) ?? []).filter((k) => !f.keyOnly || k.isKey);
    if (f.keyOnly && own.length === 0) continue;
    objectiveIds.add(o.id);
    for (const k of own) kpiIds.add(k.id);
  }
  return { objectiveIds, kpiIds };
}

/** Parses remembered filters, dropping anything malformed instead of failing. */
export function parseFilters(raw: unknown): ScorecardFilters {
  if (!raw || typeof raw !== 'object') return NO_FILTERS;
  const r = raw as Record<string, unknown>;
  const statuses: readonly string[] = ['green', 'amber', 'red', 'none'];
  return {
    owner: typeof r.owner === 'string' ? r.owner.slice(0, 200) : '',
    status: typeof r.status === 'string' && statuses.includes(r.status) ? (r.status as Status) : '',
    themeId: typeof r.themeId === 'number' && Number.isInteger(r.themeId) && r.themeId > 0 ? r.themeId : null,
    keyOnly: r.keyOnly === true,
  };
}
