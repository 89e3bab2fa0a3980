/** Accountability: who owns what across objectives, KPIs and initiatives, and what of theirs needs attention. */
import type { ScorecardTree, Status } from './domain';
import type { Evaluation } from './evaluation';
import { initiativeSchedule, type ScheduleState } from './initiative-schedule';
import { ownerKey } from './scorecard-filter';

export interface Owner {
  /** As first written in the document. */
  name: string;
  key: string;
  objectives: number;
  kpis: number;
  initiatives: number;
}

type OwnerSource = Pick<ScorecardTree, 'perspectives' | 'objectives' | 'kpis' | 'initiatives'>;

const byPosition = <T extends { position: number; id: number }>(a: T, b: T) => a.position - b.position || a.id - b.id;

/** Everyone named as an owner, alphabetically; blank owners are nobody. */
export function listOwners(tree: OwnerSource): Owner[] {
  const owners = new Map<string, Owner>();
  const add = (raw: string, kind: 'objectives' | 'kpis' | 'initiatives') => {
    const key = ownerKey(raw);
    if (!key) return;
    const o = owners.get(key) ?? { name: raw.trim().replace(/\s+/g, ' '), key, objectives: 0, kpis: 0, initiatives: 0 };
    o[kind] += 1;
    owners.set(key, o);
  };
  for (const o of tree.objectives) add(o.owner, 'objectives');
  for (const k of tree.kpis) add(k.owner, 'kpis');
  for (const i of tree.initiatives) add(i.owner, 'initiatives');
  return [...owners.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export type Attention = 'red' | 'overdue' | 'behind' | 'no_data';

export interface OwnedItem {
  kind: 'objective' | 'kpi' | 'initiative';
  id: number;
  title: string;
  /** Where it sits: the perspective of an objective, the objective of a KPI. */
  context: string;
  /** Scoring status for objectives and KPIs; initiatives have a schedule instead. */
  status: Status | null;
  score: number | null;
  schedule: ScheduleState | null;
  /** Why it is listed first, or null when it is fine. */
  attention: Attention | null;
}

const RANK: Record<Attention | 'amber' | 'green' | 'ok', number> = {
  red: 0,
  overdue: 1,
  behind: 2,
  no_data: 3,
  amber: 4,
  green: 5,
  ok: 6,
};
const KIND_ORDER = { objective: 0, kpi: 1, initiative: 2 };

function rank(item: OwnedItem): number {
  if (item.attention) return RANK[item.attention];
  if (item.status === 'amber') return RANK.amber;
  if (item.status === 'green') return RANK.green;
  return RANK.ok;
}

/** What one person owns, red and empty first, then at risk, then the rest; ties keep the scorecard's order. */
export function ownedItems(
  tree: OwnerSource,
  evaluation: Evaluation | null,
  owner: string,
  today: string,
): OwnedItem[] {
  const key = ownerKey(owner);
  if (!key) return [];
  const perspectiveOrder = new Map([...tree.perspectives].sort(byPosition).map((p, i) => [p.id, i]));
  const perspectiveName = new Map(tree.perspectives.map((p) => [p.id, p.name]));
  const objectives = [...tree.objectives].sort(
    (a, b) =>
      (perspectiveOrder.get(a.perspectiveId) ?? 0) - (perspectiveOrder.get(b.perspectiveId) ?? 0) || byPosition(a, b),
  );
  const objectiveOrder = new Map(objectives.map((o, i) => [o.id, i]));
  const objectiveTitle = new Map(objectives.map((o) => [o.id, o.title]));
  const objectiveScore = new Map((evaluation?.objectives ?? []).map((s) => [s.objectiveId, s]));
  const kpiScore = new Map((evaluation?.kpis ?? []).map((s) => [s.kpiId, s]));
  const scored = (status: Status): Attention | null =>
    status === 'red' ? 'red' : status === 'none' ? 'no_data' : null;

  const items: OwnedItem[] = [];
  for (const o of objectives) {
    if (ownerKey(o.owner) !== key) continue;
    const s = objectiveScore.get(o.id);
    const status = s?.status ?? 'none';
    items.push({
      kind: 'objective',
      id: o.id,
      title: o.title,
      context: perspectiveName.get(o.perspectiveId) ?? '',
      status,
      score: s?.score ?? null,
      schedule: null,
      attention: scored(status),
    });
  }
  const kpis = [...tree.kpis].sort(
    (a, b) => (objectiveOrder.get(a.objectiveId) ?? 0) - (objectiveOrder.get(b.objectiveId) ?? 0) || byPosition(a, b),
  );
  for (const k of kpis) {
    if (ownerKey(k.owner) !== key) continue;
    const s = kpiScore.get(k.id);
    const status = s?.status ?? 'none';
    items.push({
      kind: 'kpi',
      id: k.id,
      title: k.name,
      context: objectiveTitle.get(k.objectiveId) ?? '',
      status,
      score: s?.score ?? null,
      schedule: null,
      attention: scored(status),
    });
  }
  for (const i of tree.initiatives) {
    if (ownerKey(i.owner) !== key) continue;
    const schedule = initiativeSchedule(i, today).state;
    items.push({
      kind: 'initiative',
      id: i.id,
      title: i.title,
      context: i.objectiveIds
        .map((id) => objectiveTitle.get(id))
        .filter(Boolean)
        .join(', '),
      status: null,
      score: null,
      schedule,
      attention: schedule === 'overdue' || schedule === 'behind' ? schedule : null,
    });
  }
  // Array.prototype.sort is stable, so equal ranks keep kind order and then the scorecard's order.
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) => rank(a.item) - rank(b.item) || KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] || a.index - b.index,
    )
    .map((x) => x.item);
}
