/**
 * Pointer gestures on the map: drag the background (or anything with Space held) to pan, drag a box to move it
 * to another slot or lane, drag from a box's handle onto another box to link them, click a box to open it,
 * double-click a lane to add an objective there, and the wheel to zoom around the pointer.
 */
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { freeSlotNear, slotAt, type Slot } from '../../../shared/strategy-map/slots';
import type { MapLayout, Point } from '../../../shared/strategy-map/types';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import { createLink, moveObjective } from './map-actions';
import { useMapStore, zoomAround, type Viewport } from './map-store';

export type DragState =
  | { kind: 'box'; id: number; dx: number; dy: number; slot: Slot | null }
  | { kind: 'link'; from: number; to: Point; over: number | null }
  | null;

type Gesture =
  | { kind: 'pan'; startX: number; startY: number; origin: Viewport; moved: boolean }
  | { kind: 'box'; id: number; startX: number; startY: number; moved: boolean; element: Element; slot: Slot | null }
  | { kind: 'link'; from: number };

const CLICK_SLOP = 4;

const dataOf = (target: EventTarget | null, attr: string): number | null => {
  const el = (target as Element | null)?.closest?.(`[${attr}]`);
  return el ? Number(el.getAttribute(attr)) : null;
};

export function boxAt(layout: MapLayout, p: Point): number | null {
  const hit = layout.boxes.find((b) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height);
  return hit?.objectiveId ?? null;
}

export function useMapPointer(layout: MapLayout, canvas: RefObject<HTMLDivElement | null>) {
  const [drag, setDrag] = useState<DragState>(null);
  const gesture = useRef<Gesture | null>(null);
  const space = useRef(false);

  const toMap = (clientX: number, clientY: number): Point => {
    const rect = canvas.current!.getBoundingClientRect();
    const v = useMapStore.getState().viewport;
    return { x: (clientX - rect.left - v.x) / v.k, y: (clientY - rect.top - v.y) / v.k };
  };

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    // React's wheel listener is passive; zooming must stop the page from scrolling.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      const { viewport, setViewport } = useMapStore.getState();
      setViewport(zoomAround(viewport, Math.exp(-e.deltaY * 0.0015), e.clientX - rect.left, e.clientY - rect.top));
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === ' ') space.current = e.type === 'keydown';
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('keydown', onKey);
    el.addEventListener('keyup', onKey);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('keydown', onKey);
      el.removeEventListener('keyup', onKey);
    };
  }, [canvas]);

  function onPointerDown(e: ReactPointerEvent<SVGSVGElement>): void {
    if (e.button !== 0 && e.button !== 1) return;
    const store = useMapStore.getState();
    store.closeMenu();
    const handle = dataOf(e.target, 'data-handle');
    const box = dataOf(e.target, 'data-box-id');
    const onControl = dataOf(e.target, 'data-link-id') !== null || dataOf(e.target, 'data-lane-add') !== null;
    if (!space.current && e.button === 0 && handle !== null) {
      gesture.current = { kind: 'link', from: handle };
      setDrag({ kind: 'link', from: handle, to: toMap(e.clientX, e.clientY), over: null });
    } else if (!space.current && e.button === 0 && box !== null) {
      const element = (e.target as Element).closest('[data-box-id]')!;
      gesture.current = {
        kind: 'box',
        id: box,
        startX: e.clientX,
        startY: e.clientY,
        moved: false,
        element,
        slot: null,
      };
    } else if (space.current || e.button === 1 || !onControl) {
      e.preventDefault();
      gesture.current = { kind: 'pan', startX: e.clientX, startY: e.clientY, origin: store.viewport, moved: false };
    } else return;
    e.currentTarget.setPointerCapture(e.pointerId);
  }

  function onPointerMove(e: ReactPointerEvent<SVGSVGElement>): void {
    const g = gesture.current;
    if (!g) return;
    if (g.kind === 'pan') {
      const dx = e.clientX - g.startX;
      const dy = e.clientY - g.startY;
      if (!g.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
      g.moved = true;
      useMapStore.getState().setViewport({ ...g.origin, x: g.origin.x + dx, y: g.origin.y + dy });
    } else if (g.kind === 'box') {
      if (!g.moved && Math.hypot(e.clientX - g.startX, e.clientY - g.startY) < CLICK_SLOP) return;
      g.moved = true;
      const k = useMapStore.getState().viewport.k;
      const dx = (e.clientX - g.startX) / k;
      const dy = (e.clientY - g.startY) / k;
      const b = layout.boxes.find((x) => x.objectiveId === g.id)!;
      const over = slotAt(layout, b.x + b.width / 2 + dx, b.y + b.height / 2 + dy);
      g.slot = over ? freeSlotNear(layout, over, g.id) : null;
      setDrag({ kind: 'box', id: g.id, dx, dy, slot: g.slot });
    } else {
      const to = toMap(e.clientX, e.clientY);
      const over = boxAt(layout, to);
      setDrag({ kind: 'link', from: g.from, to, over: over === g.from ? null : over });
    }
  }

  async function onPointerUp(e: ReactPointerEvent<SVGSVGElement>): Promise<void> {
    const g = gesture.current;
    gesture.current = null;
    if (!g) return;
    if (g.kind === 'pan') {
      if (!g.moved) useMapStore.getState().select(null);
      return;
    }
    if (g.kind === 'box' && !g.moved) {
      const from = useMapStore.getState().linkFrom;
      if (from === null) openObjective(g.id, g.element);
      else {
        useMapStore.getState().setLinkFrom(null);
        if (from !== g.id) await createLink(from, g.id);
      }
      return;
    }
    if (g.kind === 'box') {
      const b = layout.boxes.find((x) => x.objectiveId === g.id)!;
      const slot = g.slot;
      const same = slot && slot.perspectiveId === b.perspectiveId && slot.row === b.row && slot.column === b.column;
      if (slot && !same) await moveObjective(g.id, slot);
      setDrag(null);
      return;
    }
    const over = boxAt(layout, toMap(e.clientX, e.clientY));
    setDrag(null);
    if (over !== null && over !== g.from) await createLink(g.from, over);
  }

  function onPointerCancel(): void {
    gesture.current = null;
    setDrag(null);
  }

  function onDoubleClick(e: React.MouseEvent<SVGSVGElement>): void {
    const el = e.target as Element;
    if (el.closest('[data-box-id],[data-link-id],[data-lane-add]')) return;
    const p = toMap(e.clientX, e.clientY);
    // The pointer was captured by the map, so the event's target may not be what is under it.
    if (boxAt(layout, p) !== null) return;
    const slot = slotAt(layout, p.x, p.y);
    if (!slot) return;
    startAdding(layout, freeSlotNear(layout, slot, null));
  }

  return { drag, onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onDoubleClick };
}

/** Opens the objective's edit dialog; focus comes back to its box. */
export function openObjective(id: number, element: Element | null): void {
  const objective = useDocumentStore.getState().tree?.objectives.find((o) => o.id === id);
  if (!objective) return;
  useUiStore
    .getState()
    .openDialog(
      { kind: 'objective', objective, perspectiveId: objective.perspectiveId },
      element as HTMLElement | null,
    );
}

/** Shows the inline title field in a slot; where it sits on the map is that slot's top-left corner. */
export function startAdding(layout: MapLayout, slot: Slot): void {
  const m = layout.metrics;
  const lane = layout.lanes.find((l) => l.perspectiveId === slot.perspectiveId)!;
  const firstRowY = layout.rowY[lane.firstRow]!;
  const x =
    slot.column < layout.columnX.length
      ? layout.columnX[slot.column]!
      : layout.columnX[layout.columnX.length - 1]! + m.boxWidth + m.gutter;
  useMapStore.getState().setAdding({
    perspectiveId: slot.perspectiveId,
    mapX: slot.mapX,
    mapY: slot.mapY,
    x,
    y: firstRowY + slot.row * (m.boxHeight + m.rowGap),
  });
}
