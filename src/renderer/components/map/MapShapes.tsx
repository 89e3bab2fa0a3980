/**
 * The drawn parts of the map: lanes, objective boxes and links. They only draw; the canvas handles pointer and
 * keyboard for all of them through the data attributes (data-box-id, data-link-id, data-lane-add).
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  arrowHead,
  arrowPath,
  boxText,
  scoreText,
  STATUS_GLYPH,
  statusWord,
  type MapPalette,
} from '../../../shared/strategy-map/draw';
import type { CheckVerdict } from '../../../shared/analysis';
import { textWidth } from '../../../shared/strategy-map/text';
import type { MapScore } from '../../../shared/strategy-map/input';
import { DEFAULT_METRICS } from '../../../shared/strategy-map/layout';
import { contributionsLabel, type ContributionChip } from '../../../shared/strategy-map/contributions';
import type { BoxLayout, EdgeLayout, LaneLayout, MapMetrics } from '../../../shared/strategy-map/types';
import { VERDICT_STYLE } from './check-style';

interface LaneProps {
  lane: LaneLayout;
  width: number;
  metrics: MapMetrics;
  palette: MapPalette;
  score: MapScore | undefined;
}

export const MapLane = memo(function MapLane({ lane, width, metrics: m, palette: p, score }: LaneProps) {
  const { t } = useTranslation('map');
  const addText = t('laneAdd');
  // As wide as the words need, at least as wide as the English button ("+ Add"), within the lane's title column.
  const addWidth = Math.min(m.titleWidth - 28, Math.max(70, Math.ceil(textWidth(addText, 12.5)) + 24));
  const shade = lane.index % 2;
  const lines = lane.titleLines.length + (score ? 1 : 0);
  const y0 = lane.y + lane.height / 2 - (lines * 20) / 2 + 15 - 14;
  return (
    <g className="map-lane" data-lane-id={lane.perspectiveId}>
      <rect x={0} y={lane.y} width={width} height={lane.height} fill={p.lane[shade]} />
      <rect x={0} y={lane.y} width={m.titleWidth} height={lane.height} fill={p.laneTitle[shade]} />
      {lane.titleLines.map((line, i) => (
        <text key={i} x={20} y={y0 + i * 20} fontSize={m.laneFontSize} fontWeight={650} fill={p.laneText}>
          {line}
        </text>
      ))}
      {score ? (
        <text
          x={20}
          y={y0 + lane.titleLines.length * 20 + 2}
          fontSize={13}
          fontWeight={600}
          fill={p.status[score.status].strong}
        >
          {`${STATUS_GLYPH[score.status].glyph} ${scoreText(score.score)}`}
        </text>
      ) : null}
      <g
        className="map-lane-add"
        role="button"
        tabIndex={0}
        aria-label={t('addToLane', { lane: lane.name })}
        data-lane-add={lane.perspectiveId}
        transform={`translate(20 ${y0 + lines * 20 + 4})`}
      >
        <rect x={-4} y={0} width={addWidth} height={26} rx={6} fill="transparent" stroke={p.boxBorder} />
        <text x={addWidth / 2 - 4} y={17.5} fontSize={12.5} textAnchor="middle" fill={p.muted}>
          {addText}
        </text>
      </g>
    </g>
  );
});

interface BoxProps {
  box: BoxLayout;
  metrics: MapMetrics;
  palette: MapPalette;
  score: MapScore;
  themeColour: string | null;
  faded: boolean;
  /** The box a link being drawn would end on, or the box a keyboard link starts from. */
  marked: boolean;
  /** Hovered or focused: only then are the focus ring and the link handle drawn (fewer elements to paint). */
  active: boolean;
  describedBy?: string;
  /** The box is being dragged: it stays in place, dimmed, while a preview follows the pointer. */
  dragSource?: boolean;
  /** Draws the dragged copy, offset by the drag and out of the accessibility tree and tab order. */
  preview?: { dx: number; dy: number };
  /** With "Show contributions from below" (drawn by MapChips): the contributors (null while read), for the label. */
  contributions?: { chips: ContributionChip[] | null; count: number };
}

export const MapBox = memo(function MapBox(props: BoxProps) {
  const { t: tm } = useTranslation('map');
  const { box: b, metrics: m, palette: p, score, themeColour, faded, marked, active } = props;
  const s = p.status[score.status];
  const contributions = props.contributions;
  // Chips take the bottom of a taller box: the title and score keep their places in its usual top part.
  const t = boxText(contributions ? { ...b, height: DEFAULT_METRICS.boxHeight } : b, m);
  const g = t.glyphCentre;
  const preview = props.preview;
  // The name says what the box shows, in the same order (WCAG 2.5.3, label in name): title, score, status, chips.
  const status = statusWord(score.status);
  const title = b.lines.join(' ');
  const label =
    (score.score === null
      ? tm('box.label', { title, status })
      : tm('box.labelScored', { title, score: scoreText(score.score), status })) +
    contributionsLabel(contributions?.chips ?? [], statusWord);
  return (
    <g
      className={`map-box${preview ? ' dragging' : ''}${marked ? ' marked' : ''}`}
      {...(preview
        ? { 'aria-hidden': true, pointerEvents: 'none', transform: `translate(${preview.dx} ${preview.dy})` }
        : {
            'data-box-id': b.objectiveId,
            role: 'button',
            tabIndex: 0,
            'aria-label': label,
            'aria-describedby': props.describedBy,
          })}
      opacity={faded ? 0.22 : props.dragSource ? 0.35 : 1}
    >
      {active || marked ? (
        <rect
          className="map-focus-ring"
          x={b.x - 5}
          y={b.y - 5}
          width={b.width + 10}
          height={b.height + 10}
          rx={14}
          fill="none"
          stroke={p.focus}
          strokeWidth={2.5}
        />
      ) : null}
      <rect
        x={b.x}
        y={b.y}
        width={b.width}
        height={b.height}
        rx={10}
        fill={s.soft}
        stroke={themeColour ?? p.boxBorder}
        strokeWidth={themeColour ? 2.5 : 1.25}
      />
      <rect
        x={b.x + 6}
        y={b.y + 10}
        width={4}
        height={(contributions ? DEFAULT_METRICS.boxHeight : b.height) - 20}
        rx={2}
        fill={s.strong}
      />
      {b.lines.map((line, i) => (
        <text key={i} x={t.textX} y={t.lineY[i]} fontSize={m.fontSize} fontWeight={600} fill={p.text}>
          {/* The space the wrap took out: text read from the page keeps the title's words apart. */}
          {i < b.lines.length - 1 ? `${line} ` : line}
        </text>
      ))}
      <circle
        cx={g.x}
        cy={g.y}
        r={7.5}
        fill={score.status === 'none' ? 'none' : s.strong}
        stroke={score.status === 'none' ? s.strong : 'none'}
        strokeDasharray={score.status === 'none' ? '2 2' : undefined}
      />
      <text
        x={g.x}
        y={g.y + 3.5}
        fontSize={10}
        fontWeight={700}
        textAnchor="middle"
        fill={s.glyphText}
        aria-hidden="true"
      >
        {STATUS_GLYPH[score.status].glyph}
      </text>
      <text x={t.scoreX} y={t.statusBaseline} fontSize={12.5} fontWeight={650} fill={s.strong}>
        {scoreText(score.score)}
        <tspan fontWeight={400} fill={p.muted}>{` · ${STATUS_GLYPH[score.status].label}`}</tspan>
      </text>
      {active ? (
        <g className="map-handle" data-handle={b.objectiveId} aria-hidden="true">
          <circle
            cx={b.x + b.width}
            cy={b.y + b.height / 2}
            r={9}
            fill={p.background}
            stroke={p.arrowStrong}
            strokeWidth={1.5}
          />
          <path
            d={`M${b.x + b.width - 4},${b.y + b.height / 2} h8 m-3,-3 l3,3 l-3,3`}
            fill="none"
            stroke={p.arrowStrong}
            strokeWidth={1.6}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </g>
      ) : null}
    </g>
  );
});

interface EdgeProps {
  edge: EdgeLayout;
  palette: MapPalette;
  label: string;
  strong: boolean;
  faded: boolean;
  /** With the strategy check on: the link's verdict (its line's style) and finding (its tooltip). */
  check?: { verdict: CheckVerdict; text: string } | null;
}

export const MapEdge = memo(function MapEdge({ edge, palette: p, label, strong, faded, check }: EdgeProps) {
  const d = arrowPath(edge.points);
  const style = check ? VERDICT_STYLE[check.verdict] : null;
  const colour = strong || check?.verdict === 'supported' ? p.arrowStrong : p.arrow;
  const width = style ? style.width + (strong ? 0.6 : 0) : strong ? 2.2 : 1.6;
  return (
    <g
      className="map-link"
      data-link-id={edge.linkId}
      data-verdict={check?.verdict}
      role="button"
      tabIndex={0}
      aria-label={label}
      opacity={(faded ? 0.15 : 1) * (style?.opacity ?? 1)}
    >
      {check ? <title>{check.text}</title> : null}
      <path className="map-link-hit" d={d} fill="none" stroke="transparent" strokeWidth={12} />
      <path
        className="map-link-line"
        d={d}
        fill="none"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={style?.dash}
        strokeLinecap={style?.cap}
      />
      <polygon className="map-link-head" points={arrowHead(edge.points)} fill={colour} />
    </g>
  );
});
