/** The map's context menu (right-click, Shift+F10 or the Menu key): every map action in one place. */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { t } from '../../../shared/i18n';
import { slotMove } from '../../../shared/strategy-map/slots';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import {
  afterEarlierEdits,
  deleteLink,
  focusAfterEdit,
  focusMapElement,
  moveObjective,
  placeAutomatically,
  setObjectiveTheme,
} from './map-actions';
import { firstFreeSlot } from './map-geometry';
import { useMapStore, zoomAround, type MapTarget } from './map-store';
import { openObjective, startAdding } from './use-map-pointer';
import type { MapModel } from './use-map-model';

interface Item {
  label: string;
  run(): void;
  checked?: boolean;
}

function itemsFor(target: MapTarget, model: MapModel, fit: () => void, announce: (m: string) => void): Item[] {
  const { layout } = model;
  const store = useMapStore.getState();
  const openDialog = useUiStore.getState().openDialog;
  if (target.kind === 'box') {
    const o = model.objectives.get(target.id);
    if (!o) return [];
    const el = () => document.querySelector(`[data-box-id="${o.id}"]`);
    const box = layout.boxes.find((b) => b.objectiveId === o.id);
    const laneIndex = layout.lanes.findIndex((l) => l.perspectiveId === o.perspectiveId);
    const move = (direction: 'up' | 'down' | 'left' | 'right'): Item[] => {
      const slot = slotMove(layout, o.id, direction);
      const lane = slot && layout.lanes.find((l) => l.perspectiveId === slot.perspectiveId);
      if (!slot || !lane) return [];
      const run = () => {
        const focus = focusAfterEdit();
        // To the slot the item names; after any edit still being saved, so the two cannot cross.
        void afterEarlierEdits(async () => {
          await moveObjective(o.id, slot);
          focus.land(`[data-box-id="${o.id}"]`);
        });
      };
      if (direction === 'left' || direction === 'right') return [{ label: t(`map:menu.move.${direction}`), run }];
      if (lane.index === laneIndex) return [];
      return [{ label: t(`map:menu.moveTo.${direction}`, { lane: lane.name }), run }];
    };
    return [
      { label: t('map:menu.open'), run: () => openObjective(o.id, el()) },
      {
        label: t('map:menu.linkTo'),
        run: () => {
          store.setLinkFrom(o.id);
          announce(t('map:announce.linkFrom', { title: o.title }));
          focusMapElement(`[data-box-id="${o.id}"]`);
        },
      },
      ...move('left'),
      ...move('right'),
      ...move('up'),
      ...move('down'),
      ...(box?.manual ? [{ label: t('map:menu.placeAutomatically'), run: () => void placeAutomatically(o.id) }] : []),
      ...model.themeList.map((theme) => ({
        label: t('map:menu.theme', { theme: theme.name }),
        checked: o.themeId === theme.id,
        run: () => void setObjectiveTheme(o.id, o.themeId === theme.id ? null : theme.id),
      })),
    ];
  }
  if (target.kind === 'link') {
    const link = useDocumentStore.getState().tree?.links.find((l) => l.id === target.id);
    if (!link) return [];
    return [
      {
        label: t('map:menu.editNote'),
        run: () =>
          openDialog(
            { kind: 'link', link },
            document.querySelector(`[data-link-id="${link.id}"]`) as HTMLElement | null,
          ),
      },
      {
        label: t('map:menu.deleteLink'),
        run: () => {
          const focus = focusAfterEdit();
          void afterEarlierEdits(async () => {
            if ((await deleteLink(link.id)) !== null) announce(t('map:announce.linkDeletedShort'));
            focus.land(`[data-box-id="${link.fromObjectiveId}"]`);
          });
        },
      },
    ];
  }
  if (target.kind === 'lane') {
    const lane = layout.lanes.find((l) => l.perspectiveId === target.id);
    if (!lane) return [];
    return [
      {
        label: t('map:addToLane', { lane: lane.name }),
        run: () => startAdding(layout, firstFreeSlot(layout, lane.perspectiveId)),
      },
    ];
  }
  const zoom = (factor: number) => () => {
    const canvas = document.querySelector('.map-canvas')!.getBoundingClientRect();
    const s = useMapStore.getState();
    s.setViewport(zoomAround(s.viewport, factor, canvas.width / 2, canvas.height / 2));
  };
  return [
    { label: t('map:toolbar.fit'), run: fit },
    { label: t('map:toolbar.zoomIn'), run: zoom(1.2) },
    { label: t('map:toolbar.zoomOut'), run: zoom(1 / 1.2) },
  ];
}

interface Props {
  model: MapModel;
  fit(): void;
  announce(message: string): void;
}

export function MapContextMenu({ model, fit, announce }: Props) {
  // Re-renders the open menu when the language changes; the items read the current language.
  const { t: tm } = useTranslation('map');
  const menu = useMapStore((s) => s.menu);
  const close = useMapStore((s) => s.closeMenu);
  const ref = useRef<HTMLUListElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    if (!menu) return;
    returnTo.current = document.activeElement;
    ref.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) close();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [menu, close]);

  if (!menu) return null;
  const items = itemsFor(menu.target, model, fit, announce);
  if (!items.length) return null;

  function dismiss(): void {
    close();
    (returnTo.current as HTMLElement | null)?.focus?.();
  }

  function onKey(e: KeyboardEvent): void {
    const elements = [...(ref.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const at = elements.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => elements[(i + elements.length) % elements.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(elements.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') dismiss();
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  const choose = (item: Item) => {
    dismiss();
    item.run();
  };
  const left = Math.min(menu.clientX, window.innerWidth - 260);
  const top = Math.min(menu.clientY, window.innerHeight - 40 - items.length * 34);
  return (
    <ul
      className="menu-list map-menu"
      role="menu"
      aria-label={tm('menu.label')}
      ref={ref}
      onKeyDown={onKey}
      style={{ left, top }}
    >
      {items.map((item) => (
        <li
          key={item.label}
          role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
          aria-checked={item.checked}
          tabIndex={-1}
          onClick={() => choose(item)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              choose(item);
            }
          }}
        >
          {item.checked !== undefined ? (
            <span className="map-menu-check" aria-hidden="true">
              {item.checked ? '✓' : ''}
            </span>
          ) : null}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
