/**
 * The team server's `changes` events (GET /events): parsed, and said in words for the polite live region
 * ("Ben Ott changed “Revenue”"). Pure, so the wording and the parsing are tested without a browser.
 */
import { t } from '../../shared/i18n';
import type { DocumentChanges } from '../../shared/changes';
import type { ScorecardTree } from '../../shared/domain';

export interface RemoteChange {
  revision: number;
  by: { accountId: number | null; name: string };
  changes: Omit<DocumentChanges, 'history'>;
}

/** The event's data, or null when it is not one (a proxy's garbage, a newer server's shape): the page then reloads. */
export function parseRemoteChange(data: string): RemoteChange | null {
  try {
    const value = JSON.parse(data) as Partial<RemoteChange>;
    const c = value.changes;
    if (typeof value.revision !== 'number' || !value.by || typeof value.by.name !== 'string') return null;
    if (!c || typeof c !== 'object' || typeof c.epoch !== 'number' || typeof c.revision !== 'number') return null;
    return value as RemoteChange;
  } catch {
    return null;
  }
}

/** What the change was about, by the names the page shows; the names after a removal come from the tree held before. */
function subjects(changes: RemoteChange['changes'], tree: ScorecardTree | null): string[] {
  const names: string[] = [];
  const kpiName = (id: number) => tree?.kpis.find((k) => k.id === id)?.name;
  for (const m of changes.measurements?.set ?? []) names.push(kpiName(m.kpiId) ?? '');
  for (const m of changes.measurements?.removed ?? []) names.push(kpiName(m.kpiId) ?? '');
  for (const k of changes.kpis?.set ?? []) names.push(k.name);
  for (const id of changes.kpis?.removed ?? []) names.push(kpiName(id) ?? '');
  for (const o of changes.objectives?.set ?? []) names.push(o.title);
  for (const id of changes.objectives?.removed ?? [])
    names.push(tree?.objectives.find((o) => o.id === id)?.title ?? '');
  for (const p of changes.perspectives?.set ?? []) names.push(p.name);
  for (const i of changes.initiatives?.set ?? []) names.push(i.title);
  for (const a of changes.actions?.set ?? []) names.push(a.title);
  for (const s of changes.scorecards?.set ?? []) names.push(s.name);
  for (const n of changes.notes?.set ?? []) {
    if (n.entityType === 'kpi') names.push(kpiName(n.entityId) ?? '');
  }
  return [...new Set(names.filter(Boolean))];
}

export function describeRemoteChange(event: RemoteChange, tree: ScorecardTree | null): string {
  const who = event.by.name || t('team:remote.someone');
  if (event.changes.reload) return t('team:remote.scorecard', { who });
  const names = subjects(event.changes, tree);
  if (names.length === 0) return t('team:remote.scorecard', { who });
  if (names.length === 1) return t('team:remote.one', { who, name: names[0] });
  return t('team:remote.more', { who, name: names[0], count: names.length - 1 });
}
