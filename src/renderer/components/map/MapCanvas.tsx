/** The map itself: an SVG of lanes, boxes and links under the zoom and pan transform, with its overlays. */
import { useId, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContributionChip } from '../../../shared/strategy-map/contributions';
import type { StrategyCheck } from '../../../shared/analysis';
import { arrowHead } from '../../../shared/strategy-map/draw';
import { DEFAULT_METRICS } from '../../../shared/strategy-map/layout';
import { scoreOf, type MapModel } from './use-map-model';
import { MapBox, MapEdge, MapLane } from './MapShapes';
import { useMapStore } from './map-store';
import { useMapPointer } from './use-map-pointer';
import { useMapKeys } from './use-map-keys';
import { MapTooltip } from './MapTooltip';
import { MapChips } from './MapChips';
import { AddObjectiveField } from './AddObjectiveField';
import { VERDICT_KEY } from './check-style';

interface Props {
  model: MapModel;
  /** The strategy check, while it is shown: each link drawn by its verdict. */
  checks: StrategyCheck | null;
  canvas: RefObject<HTMLDivElement | null>;
  label: string;
  announce(message: string): void;
  fit(): void;
  stepTheme(delta: 1 | -1): void;
  leavePresenter(): void;
}

export function MapCanvas({ model, checks, canvas, label, announce, fit, stepTheme, leavePresenter }: Props) {
  const { t } = useTranslation('map');
  const { layout, palette: p } = model;
  const m = layout.metrics;
  const tooltipId = useId();
  const viewport = useMapStore((s) => s.viewport);
  const themeId = useMapStore((s) => s.themeId);
  const linkFrom = useMapStore((s) => s.linkFrom);
  const adding = useMapStore((s) => s.adding);
  const openMenu = useMapStore((s) => s.openMenu);
  const pointer = useMapPointer(layout, canvas);
  const onKeyDown = useMapKeys(model, canvas, announce, fit, stepTheme, leavePresenter);
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const drag = pointer.drag;
  const menuOpen = useMapStore((s) => s.menu !== null);
  const tipFor = drag || menuOpen ? null : (hovered ?? focused);
  // One object per box, kept while nothing changes, so the memoised boxes do not all draw again.
  const { contributions, contributionCounts } = model;
  const verdicts = useMemo(() => new Map(checks?.links.map((l) => [l.linkId, l])), [checks]);
  const chipsOf = useMemo(() => {
    if (!contributions || layout.metrics.boxHeight <= DEFAULT_METRICS.boxHeight) return null;
    const read = contributions.byObjective;
    return new Map<number, { chips: ContributionChip[] | null; count: number }>(
      layout.boxes.map((b) => [
        b.objectiveId,
        { chips: read ? (read.get(b.objectiveId) ?? []) : null, count: contributionCounts.get(b.objectiveId) ?? 0 },
      ]),
    );
  }, [contributions, contributionCounts, layout]);

  const themeOf = (id: number) => model.objectives.get(id)?.themeId ?? null;
  const inTheme = (id: number) => themeId === null || themeOf(id) === themeId;
  const title = (id: number) => model.objectives.get(id)?.title ?? '';
  const boxId = (target: EventTarget) => {
    const el = (target as Element).closest?.('[data-box-id]');
    return el ? Number(el.getAttribute('data-box-id')) : null;
  };
  const dragged = drag?.kind === 'box' ? drag : null;
  const linking = drag?.kind === 'link' ? drag : null;
  const targetBox = linking?.over ?? null;
  const slotX = (c: number) =>
    c < layout.columnX.length ? layout.columnX[c]! : layout.columnX[layout.columnX.length - 1]! + m.boxWidth + m.gutter;
  const ghost = dragged?.slot
    ? (() => {
        const lane = layout.lanes.find((l) => l.perspectiveId === dragged.slot!.perspectiveId)!;
        return {
          x: slotX(dragged.slot.column),
          y: layout.rowY[lane.firstRow]! + dragged.slot.row * (m.boxHeight + m.rowGap),
        };
      })()
    : null;
  const draggedBox = dragged ? layout.boxes.find((b) => b.objectiveId === dragged.id) : undefined;
  const source = linking ? layout.boxes.find((b) => b.objectiveId === linking.from) : undefined;

  return (
    <div
      className={`map-canvas${linkFrom !== null ? ' linking' : ''}`}
      ref={canvas}
      tabIndex={0}
      role="region"
      aria-label={label}
      aria-roledescription={t('canvas.roleDescription')}
      aria-describedby="map-help"
      onKeyDown={onKeyDown}
      style={{ background: p.background }}
    >
      <svg
        className="map-svg"
        width="100%"
        height="100%"
        role="group"
        onPointerDown={pointer.onPointerDown}
        onPointerMove={pointer.onPointerMove}
        onPointerUp={(e) => void pointer.onPointerUp(e)}
        onPointerCancel={pointer.onPointerCancel}
        onDoubleClick={pointer.onDoubleClick}
        onContextMenu={(e) => {
          e.preventDefault();
          const box = boxId(e.target);
          const link = (e.target as Element).closest('[data-link-id]');
          const lane = (e.target as Element).closest('[data-lane-id]');
          const target =
            box !== null
              ? ({ kind: 'box', id: box } as const)
              : link
                ? ({ kind: 'link', id: Number(link.getAttribute('data-link-id')) } as const)
                : lane
                  ? ({ kind: 'lane', id: Number(lane.getAttribute('data-lane-id')) } as const)
                  : ({ kind: 'background' } as const);
          openMenu(target, e.clientX, e.clientY);
        }}
        onPointerOver={(e) => setHovered(boxId(e.target))}
        onPointerLeave={() => setHovered(null)}
        onFocus={(e) => setFocused(boxId(e.target))}
        onBlur={() => setFocused(null)}
      >
        <g transform={`translate(${viewport.x} ${viewport.y}) scale(${viewport.k})`}>
          {layout.lanes.map((lane) => (
            <MapLane
              key={lane.perspectiveId}
              lane={lane}
              width={layout.width}
              metrics={m}
              palette={p}
              score={model.scores.perspectives.get(lane.perspectiveId)}
            />
          ))}
          {ghost ? (
            <rect
              className="map-slot-ghost"
              x={ghost.x}
              y={ghost.y}
              width={m.boxWidth}
              height={m.boxHeight}
              rx={10}
              fill="none"
              stroke={p.arrowStrong}
              strokeWidth={2}
              strokeDasharray="6 5"
            />
          ) : null}
          {/* The box being dragged is drawn last, over everything else. */}
          {[
            ...layout.boxes.filter((b) => b.objectiveId !== dragged?.id),
            ...layout.boxes.filter((b) => b.objectiveId === dragged?.id),
          ].map((b) => (
            <MapBox
              key={b.objectiveId}
              box={b}
              metrics={m}
              palette={p}
              score={scoreOf(model, b.objectiveId)}
              themeColour={b.themeId === null ? null : (model.themes.get(b.themeId)?.colour ?? null)}
              faded={!inTheme(b.objectiveId)}
              marked={b.objectiveId === targetBox || b.objectiveId === linkFrom}
              active={b.objectiveId === hovered || b.objectiveId === focused || dragged?.id === b.objectiveId}
              describedBy={tipFor === b.objectiveId ? tooltipId : undefined}
              dragSource={dragged?.id === b.objectiveId}
              contributions={chipsOf?.get(b.objectiveId)}
            />
          ))}
          {chipsOf ? (
            // Over the boxes, out of their names' visible text and of the pointer's way: a press on a chip is one on
            // its box. The box's name says what the chips show.
            <g className="map-chip-layer" aria-hidden="true" pointerEvents="none">
              {layout.boxes.map((b) => {
                const c = chipsOf.get(b.objectiveId)!;
                return (
                  <g
                    key={b.objectiveId}
                    data-chips-for={b.objectiveId}
                    opacity={inTheme(b.objectiveId) ? (dragged?.id === b.objectiveId ? 0.35 : 1) : 0.22}
                  >
                    <MapChips box={b} palette={p} chips={c.chips} count={c.count} />
                  </g>
                );
              })}
            </g>
          ) : null}
          {layout.edges.map((e) => {
            const found = verdicts.get(e.linkId);
            const verdict = found ? t(`canvas.verdict.${VERDICT_KEY[found.verdict]}`) : '';
            const both =
              themeId !== null && themeOf(e.fromObjectiveId) === themeId && themeOf(e.toObjectiveId) === themeId;
            return (
              <MapEdge
                key={e.linkId}
                edge={e}
                palette={p}
                label={
                  verdict
                    ? t('canvas.linkChecked', { from: title(e.fromObjectiveId), to: title(e.toObjectiveId), verdict })
                    : t('canvas.link', { from: title(e.fromObjectiveId), to: title(e.toObjectiveId) })
                }
                check={found ? { verdict: found.verdict, text: found.text } : null}
                strong={both}
                faded={themeId !== null && !both}
              />
            );
          })}
          {draggedBox && dragged ? (
            // A copy follows the pointer over everything else; the box itself stays put (and keeps focus).
            <MapBox
              box={draggedBox}
              metrics={m}
              palette={p}
              score={scoreOf(model, draggedBox.objectiveId)}
              themeColour={draggedBox.themeId === null ? null : (model.themes.get(draggedBox.themeId)?.colour ?? null)}
              faded={false}
              marked={false}
              active={false}
              preview={{ dx: dragged.dx, dy: dragged.dy }}
              contributions={chipsOf?.get(draggedBox.objectiveId)}
            />
          ) : null}
          {linking && source ? (
            <g className="map-rubber-band" pointerEvents="none">
              <path
                d={`M${source.x + source.width},${source.y + source.height / 2} L${linking.to.x},${linking.to.y}`}
                stroke={p.arrowStrong}
                strokeWidth={2}
                strokeDasharray="6 4"
                fill="none"
              />
              <polygon
                points={arrowHead([{ x: source.x + source.width, y: source.y + source.height / 2 }, linking.to])}
                fill={p.arrowStrong}
              />
            </g>
          ) : null}
        </g>
      </svg>
      {tipFor !== null ? (
        <MapTooltip
          id={tooltipId}
          model={model}
          objectiveId={tipFor}
          viewport={viewport}
          area={{ width: canvas.current?.clientWidth ?? 0, height: canvas.current?.clientHeight ?? 0 }}
        />
      ) : null}
      {adding ? <AddObjectiveField adding={adding} viewport={viewport} width={m.boxWidth} /> : null}
    </div>
  );
}
