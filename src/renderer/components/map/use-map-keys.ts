/**
 * The map by keyboard. Tab reaches every lane's Add button, box and link.
 *  - Space held: dragging pans (Space does nothing else here).
 *  - Box: Enter opens it, arrow keys move it (into the next lane at a lane's edge), L starts a link.
 *  - Link mode: arrow keys go to the nearest box that way, Enter links to it, Escape cancels.
 *  - Link: Delete removes it, Enter edits its note.
 *  - Shift+F10 or the Menu key opens the context menu of what has focus.
 *  - Anywhere: + and − zoom, 0 fits the map to the window; arrow keys pan when nothing is focused.
 *  - Presenting: arrow keys step through the themes, Escape leaves.
 */
import type { KeyboardEvent, RefObject } from 'react';
import { t } from '../../../shared/i18n';
import { slotMove, type Direction } from '../../../shared/strategy-map/slots';
import type { MapLayout } from '../../../shared/strategy-map/types';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import {
  afterEarlierEdits,
  createLink,
  deleteLink,
  focusAfterEdit,
  focusMapElement,
  moveObjective,
} from './map-actions';
import { useMapStore, zoomAround, type MapTarget } from './map-store';
import { openObjective, startAdding } from './use-map-pointer';
import { currentLayout, type MapModel } from './use-map-model';
import { firstFreeSlot } from './map-geometry';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const PAN_STEP = 60;

/** The nearest box from `from` in a direction, preferring boxes straight that way. */
function nearestBox(layout: MapLayout, from: number, direction: Direction): number | null {
  const a = layout.boxes.find((b) => b.objectiveId === from);
  if (!a) return null;
  const cx = (b: { x: number; width: number }) => b.x + b.width / 2;
  const cy = (b: { y: number; height: number }) => b.y + b.height / 2;
  let best: number | null = null;
  let bestCost = Infinity;
  for (const b of layout.boxes) {
    if (b === a) continue;
    const dx = cx(b) - cx(a);
    const dy = cy(b) - cy(a);
    const [along, across] =
      direction === 'left' ? [-dx, dy] : direction === 'right' ? [dx, dy] : direction === 'up' ? [-dy, dx] : [dy, dx];
    if (along <= 1) continue;
    const cost = along + 2 * Math.abs(across);
    if (cost < bestCost) [best, bestCost] = [b.objectiveId, cost];
  }
  return best;
}

export function targetOf(el: Element | null): MapTarget | null {
  const box = el?.closest('[data-box-id]');
  if (box) return { kind: 'box', id: Number(box.getAttribute('data-box-id')) };
  const link = el?.closest('[data-link-id]');
  if (link) return { kind: 'link', id: Number(link.getAttribute('data-link-id')) };
  const lane = el?.closest('[data-lane-add]');
  if (lane) return { kind: 'lane', id: Number(lane.getAttribute('data-lane-add')) };
  return null;
}

/** The title as the document store holds it now (a key may be handled after an edit renamed or moved things). */
const title = (id: number) => useDocumentStore.getState().tree?.objectives.find((o) => o.id === id)?.title ?? '';

/**
 * Returns the map's keydown handler. What a key means is decided at once (so the page never scrolls under an arrow
 * key); what it does to the document runs after the edits already under way (afterEarlierEdits), against the map
 * those edits left, so fast typing on a slow machine does what it would do on a fast one.
 */
export function useMapKeys(
  model: MapModel,
  canvas: RefObject<HTMLDivElement | null>,
  announce: (message: string) => void,
  fit: () => void,
  stepTheme: (delta: 1 | -1) => void,
  leavePresenter: () => void,
) {
  const { layout } = model;

  return function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    if ((e.target as Element).closest('input, textarea, select, [role="menu"]')) return;
    const store = useMapStore.getState();
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (store.presenting) {
      if (e.key === 'Escape') leavePresenter();
      else if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'PageDown' || e.key === ' ') stepTheme(1);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'PageUp') stepTheme(-1);
      else return;
      e.preventDefault();
      return;
    }
    const rect = canvas.current!.getBoundingClientRect();
    if (e.key === '+' || e.key === '=' || e.key === '-') {
      e.preventDefault();
      store.setViewport(zoomAround(store.viewport, e.key === '-' ? 1 / 1.2 : 1.2, rect.width / 2, rect.height / 2));
      return;
    }
    if (e.key === '0') {
      e.preventDefault();
      fit();
      return;
    }
    const target = targetOf(e.target as Element);
    if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
      e.preventDefault();
      const r = (e.target as Element).getBoundingClientRect();
      store.openMenu(
        target ?? { kind: 'background' },
        r.left + Math.min(24, r.width / 2),
        r.top + Math.min(24, r.height / 2),
      );
      return;
    }
    if (e.key === 'Escape') {
      if (store.linkFrom !== null) {
        const from = store.linkFrom;
        store.setLinkFrom(null);
        announce(t('map:announce.linkCancelled'));
        focusMapElement(`[data-box-id="${from}"]`);
        e.preventDefault();
      }
      return;
    }
    const direction = ARROWS[e.key];
    if (!target) {
      if (direction) {
        e.preventDefault();
        const [dx, dy] = { left: [1, 0], right: [-1, 0], up: [0, 1], down: [0, -1] }[direction];
        const v = store.viewport;
        store.setViewport({ ...v, x: v.x + dx! * PAN_STEP, y: v.y + dy! * PAN_STEP });
      }
      return;
    }
    if (target.kind === 'lane') {
      if (e.key === 'Enter' || e.key.toLowerCase() === 'n') {
        e.preventDefault();
        startAdding(layout, firstFreeSlot(layout, target.id));
      }
      return;
    }
    if (target.kind === 'link') {
      if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        const focus = focusAfterEdit();
        void afterEarlierEdits(async () => {
          const link = useDocumentStore.getState().tree?.links.find((l) => l.id === target.id);
          if (!link) return;
          const [from, to] = [title(link.fromObjectiveId), title(link.toObjectiveId)];
          if ((await deleteLink(link.id)) !== null) {
            announce(t('map:announce.linkDeleted', { from, to }));
            focus.land(`[data-box-id="${link.fromObjectiveId}"]`);
          }
        });
      } else if (e.key === 'Enter') {
        e.preventDefault();
        const link = useDocumentStore.getState().tree?.links.find((l) => l.id === target.id);
        if (link) useUiStore.getState().openDialog({ kind: 'link', link }, e.target as HTMLElement);
      }
      return;
    }
    if (target.kind !== 'box') return;
    const id = target.id;
    if (store.linkFrom !== null) {
      if (direction) {
        e.preventDefault();
        // From the box that has focus when the earlier edits are done: two quick arrows go two boxes on.
        void afterEarlierEdits(() => {
          const at = targetOf(document.activeElement);
          const fromBox = at?.kind === 'box' ? at.id : id;
          const now = currentLayout();
          const next = now && nearestBox(now, fromBox, direction);
          if (next !== null && next !== undefined) focusMapElement(`[data-box-id="${next}"]`);
        });
      } else if (e.key === 'Enter') {
        e.preventDefault();
        // To the box that has focus once the arrow keys typed before Enter have been handled.
        void afterEarlierEdits(async () => {
          const at = targetOf(document.activeElement);
          const to = at?.kind === 'box' ? at.id : id;
          const from = useMapStore.getState().linkFrom;
          if (from === null || from === to) return;
          useMapStore.getState().setLinkFrom(null);
          const focus = focusAfterEdit();
          if ((await createLink(from, to)) !== null)
            announce(t('map:announce.linked', { from: title(from), to: title(to) }));
          focus.land(`[data-box-id="${to}"]`);
        });
      }
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      openObjective(id, e.target as Element);
    } else if (e.key.toLowerCase() === 'l') {
      e.preventDefault();
      store.setLinkFrom(id);
      announce(t('map:announce.linkFrom', { title: title(id) }));
    } else if (direction) {
      e.preventDefault();
      const focus = focusAfterEdit();
      void afterEarlierEdits(async () => {
        const now = currentLayout();
        const slot = now && slotMove(now, id, direction);
        if (!now || !slot) return;
        if ((await moveObjective(id, slot)) !== null) {
          const lane = now.lanes.find((l) => l.perspectiveId === slot.perspectiveId);
          announce(
            t('map:announce.moved', {
              title: title(id),
              lane: lane?.name ?? t('map:announce.anotherLane'),
              row: slot.row + 1,
              column: slot.column + 1,
            }),
          );
        }
        focus.land(`[data-box-id="${id}"]`);
      });
    }
  };
}
