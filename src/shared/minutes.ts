/**
 * The minutes of a review as a PDF: the second kind of document the print pipeline prints, beside the report.
 * The core gathers MinutesData (minutes.data); the print view draws it; the app, the browser-mode server and
 * `quadrant minutes` print the same minutes from the same data.
 */
import { z } from 'zod';
import type { MinutesData } from './contract-review';
import { Id, type Initiative, type ScorecardTree } from './domain';
import { t } from './i18n';
import type { ActionItem } from './review';
import { ownerKey } from './scorecard-filter';

export const MinutesExportInput = z.object({ reviewId: Id, openAfter: z.boolean().default(false) }).strict();

/** What the print view reports back once the minutes are drawn: counts of what it drew. */
export interface MinutesReady {
  items: number;
  owners: number;
  actions: number;
}

export interface ActionsOfOwner {
  /** As first written; '' for actions nobody owns. */
  owner: string;
  actions: ActionItem[];
}

const STATUS_ORDER: Record<ActionItem['status'], number> = { open: 0, done: 1, dropped: 2 };

/**
 * The actions by owner, owners alphabetically and nobody's last; "Dana" and "dana " are one person, as the owner
 * filter and `quadrant due` match them. Within an owner: open first, then by due date (undated last), then title.
 */
export function groupActionsByOwner(actions: readonly ActionItem[]): ActionsOfOwner[] {
  const groups = new Map<string, ActionsOfOwner>();
  for (const action of actions) {
    const key = ownerKey(action.owner);
    const group = groups.get(key);
    if (group) group.actions.push(action);
    else groups.set(key, { owner: key === '' ? '' : action.owner.trim().replace(/\s+/g, ' '), actions: [action] });
  }
  const byDue = (a: ActionItem, b: ActionItem) =>
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
    a.title.localeCompare(b.title, 'en') ||
    a.id - b.id;
  return [...groups.values()]
    .map((g) => ({ ...g, actions: [...g.actions].sort(byDue) }))
    .sort((a, b) => {
      if ((a.owner === '') !== (b.owner === '')) return a.owner === '' ? 1 : -1;
      return a.owner.localeCompare(b.owner, 'en');
    });
}

/** What an action is about, in words: "KPI: Walk-in visitors"; the name is gone when its subject was deleted since. */
export function concernText(
  action: Pick<ActionItem, 'concernType' | 'concernId'>,
  tree: Pick<ScorecardTree, 'objectives' | 'kpis'> & { initiatives?: readonly Initiative[] },
): string {
  const { concernType: type, concernId: id } = action;
  if (type === 'scorecard' || id === null) return t('engine:minutesText.scorecard');
  const name =
    type === 'objective'
      ? tree.objectives.find((o) => o.id === id)?.title
      : type === 'kpi'
        ? tree.kpis.find((k) => k.id === id)?.name
        : tree.initiatives?.find((i) => i.id === id)?.title;
  return t(`engine:minutesText.${type}`, { name: name ?? t('engine:minutesText.deleted') });
}

/** "Harbour & Ember minutes 2026-Q3 2026-10-14.pdf": the document, the period and the day of the meeting. */
export function minutesFileName(data: Pick<MinutesData, 'documentName' | 'review'>): string {
  const name = `${data.documentName} minutes ${data.review.period} ${data.review.heldOn}`;
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim()}.pdf`;
}
