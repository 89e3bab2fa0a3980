/**
 * The map's edits, each one API call through the document store (so each is saved at once and undoable with
 * Edit ▸ Undo). Failures are shown as a notice; the map then simply shows what is on disk.
 */
import { errorMessage } from '../../api';
import type { Slot } from '../../../shared/strategy-map/slots';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';

async function attempt<T>(what: string, action: () => Promise<T>): Promise<T | null> {
  try {
    return await action();
  } catch (err) {
    useUiStore.getState().showNotice(`Could not ${what}: ${errorMessage(err)}`);
    return null;
  }
}

const run = () => useDocumentStore.getState().run;
const objectiveTitle = (id: number) =>
  useDocumentStore.getState().tree?.objectives.find((o) => o.id === id)?.title ?? '';

/** Puts an objective in a slot, in its own or another perspective. */
export function moveObjective(id: number, slot: Slot) {
  const current = useDocumentStore.getState().tree?.objectives.find((o) => o.id === id);
  const perspective =
    current && current.perspectiveId !== slot.perspectiveId ? { perspectiveId: slot.perspectiveId } : {};
  return attempt(`move “${objectiveTitle(id)}”`, () =>
    run()('objective.update', { id, ...perspective, mapX: slot.mapX, mapY: slot.mapY }),
  );
}

/** Lets the layout place the objective again. */
export function placeAutomatically(id: number) {
  return attempt(`move “${objectiveTitle(id)}”`, () => run()('objective.update', { id, mapX: null, mapY: null }));
}

export function setObjectiveTheme(id: number, themeId: number | null) {
  return attempt(`change the theme of “${objectiveTitle(id)}”`, () => run()('objective.update', { id, themeId }));
}

export function addObjective(perspectiveId: number, title: string, mapX: number, mapY: number) {
  return attempt('add the objective', () => run()('objective.create', { perspectiveId, title, mapX, mapY }));
}

export function createLink(fromObjectiveId: number, toObjectiveId: number) {
  return attempt(`link “${objectiveTitle(fromObjectiveId)}” to “${objectiveTitle(toObjectiveId)}”`, () =>
    run()('link.create', { fromObjectiveId, toObjectiveId }),
  );
}

export function deleteLink(id: number) {
  return attempt('delete the link', () => run()('link.delete', { id }));
}

/**
 * Puts focus on a map element after the map re-rendered (its node may have moved and lost focus), unless the user
 * has meanwhile gone on to something else: an edit that finishes late must not pull focus back.
 */
export function focusMapElement(selector: string, force = false): void {
  requestAnimationFrame(() => {
    const target = document.querySelector<SVGElement>(selector);
    const active = document.activeElement;
    const lost = !active || active === document.body || !active.isConnected;
    if (target && (force || lost || active === target)) target.focus();
  });
}
