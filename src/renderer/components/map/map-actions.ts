/**
 * The map's edits, each one API call through the document store (so each is saved at once and undoable with
 * Edit ▸ Undo). Failures are shown as a notice; the map then simply shows what is on disk.
 */
import { errorMessage } from '../../api';
import { t } from '../../../shared/i18n';
import type { Slot } from '../../../shared/strategy-map/slots';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';

async function attempt<T>(what: string, action: () => Promise<T>): Promise<T | null> {
  try {
    return await action();
  } catch (err) {
    useUiStore.getState().showNotice(t('map:failed', { what, error: errorMessage(err) }));
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
  return attempt(t('map:action.move', { title: objectiveTitle(id) }), () =>
    run()('objective.update', { id, ...perspective, mapX: slot.mapX, mapY: slot.mapY }),
  );
}

/** Lets the layout place the objective again. */
export function placeAutomatically(id: number) {
  return attempt(t('map:action.move', { title: objectiveTitle(id) }), () =>
    run()('objective.update', { id, mapX: null, mapY: null }),
  );
}

export function setObjectiveTheme(id: number, themeId: number | null) {
  return attempt(t('map:action.theme', { title: objectiveTitle(id) }), () =>
    run()('objective.update', { id, themeId }),
  );
}

export function addObjective(perspectiveId: number, title: string, mapX: number, mapY: number) {
  return attempt(t('map:action.add'), () => run()('objective.create', { perspectiveId, title, mapX, mapY }));
}

export function createLink(fromObjectiveId: number, toObjectiveId: number) {
  return attempt(
    t('map:action.link', { from: objectiveTitle(fromObjectiveId), to: objectiveTitle(toObjectiveId) }),
    () => run()('link.create', { fromObjectiveId, toObjectiveId }),
  );
}

export function deleteLink(id: number) {
  return attempt(t('map:action.deleteLink'), () => run()('link.delete', { id }));
}

/**
 * Map edits made by keyboard or menu run one after another, each against the map as the previous one left it: a
 * key pressed while a move is still being saved (a slow laptop, a busy disk) must act on the box where it now is,
 * not where the screen showed it before the reload. `work` runs once every earlier edit has finished and the
 * document store holds its result.
 */
let settled: Promise<unknown> = Promise.resolve();
export function afterEarlierEdits<T>(work: () => Promise<T> | T): Promise<T> {
  const next = settled.then(() => work());
  settled = next.catch(() => undefined);
  return next;
}

/** Ask for focus on a map element; only the newest request may move focus. */
let focusRequests = 0;

const focusWhenPresent = (selector: string, request: number, frames = 2): void => {
  if (request !== focusRequests) return;
  const target = document.querySelector<SVGElement | HTMLElement>(selector);
  if (target) target.focus();
  // The element appears with the render that follows the store update; look again on the next frames.
  else if (frames > 0) requestAnimationFrame(() => focusWhenPresent(selector, request, frames - 1));
};

/**
 * Puts focus on a map element now, over any focus an unfinished edit would put back later (Escape, a hint, the
 * menu's "Link to…").
 */
export function focusMapElement(selector: string): void {
  focusWhenPresent(selector, ++focusRequests, 0);
}

/**
 * Starts an edit that ends with focus on a map element (the box it moved, the box a link came from, the new
 * objective). Call it when the user acts, before awaiting anything; call `land` once the edit is done. Focus then
 * moves unless the user has meanwhile gone on to something else: focus left where the action started (Tab, a
 * click, a later edit) is theirs to keep. Focus that fell to the page because the element under it was
 * re-rendered or removed is not a choice and is put right.
 */
export function focusAfterEdit(): { land(selector: string): void } {
  const request = ++focusRequests;
  const origin = document.activeElement;
  return {
    land(selector) {
      if (request !== focusRequests) return;
      const active = document.activeElement;
      const lost = !active || active === document.body || !active.isConnected;
      if (lost || active === origin || (active?.matches(selector) ?? false)) focusWhenPresent(selector, request);
    },
  };
}
