/**
 * The contributions from below inside the bottom of an objective's box: one chip per contributing objective of
 * another scorecard (status mark, title; scorecard, weight and score). The box's name says the same in words.
 */
import { useTranslation } from 'react-i18next';
import { CHIP, chipPlaces, chipText, type ContributionChip } from '../../../shared/strategy-map/contributions';
import { STATUS_GLYPH, type MapPalette } from '../../../shared/strategy-map/draw';
import { DEFAULT_METRICS } from '../../../shared/strategy-map/layout';
import type { BoxLayout } from '../../../shared/strategy-map/types';

interface Props {
  box: BoxLayout;
  palette: MapPalette;
  /** The contributors, or null while they are read. */
  chips: ContributionChip[] | null;
  /** How many the document has: the places drawn while the chips are read. */
  count: number;
}

export function MapChips({ box, palette: p, chips, count }: Props) {
  const { t } = useTranslation('map');
  const n = chips ? chips.length : count;
  const places = chipPlaces(box, n);
  if (n === 0) {
    return (
      <text
        className="map-chip-none"
        x={box.x + box.width / 2}
        y={(box.y + DEFAULT_METRICS.boxHeight + box.y + box.height) / 2 + 3}
        textAnchor="middle"
        fontSize={CHIP.detailSize}
        fill={p.muted}
      >
        {t('chips.none')}
      </text>
    );
  }
  return (
    <g className="map-chips">
      <line
        x1={box.x + CHIP.inset}
        x2={box.x + box.width - CHIP.inset}
        y1={places.chips[0]!.y - CHIP.top / 2}
        y2={places.chips[0]!.y - CHIP.top / 2}
        stroke={p.boxBorder}
        strokeDasharray="3 3"
      />
      {places.chips.map((at, i) => {
        const chip = chips?.[i];
        if (!chip) {
          return (
            <rect
              key={i}
              x={at.x}
              y={at.y}
              width={at.width}
              height={at.height}
              rx={6}
              fill={p.lane[1]}
              stroke={p.boxBorder}
            />
          );
        }
        const s = p.status[chip.status];
        const text = chipText(chip, at.width);
        return (
          <g key={chip.objectiveId} className="map-chip" data-contributor-id={chip.objectiveId}>
            <rect
              x={at.x}
              y={at.y}
              width={at.width}
              height={at.height}
              rx={6}
              fill={p.background}
              stroke={s.strong}
              strokeOpacity={0.55}
            />
            <circle
              cx={at.x + 11}
              cy={at.y + at.height / 2}
              r={5.5}
              fill={chip.status === 'none' ? 'none' : s.strong}
              stroke={chip.status === 'none' ? s.strong : 'none'}
              strokeDasharray={chip.status === 'none' ? '2 2' : undefined}
            />
            <text
              x={at.x + 11}
              y={at.y + at.height / 2 + 3}
              fontSize={7.5}
              fontWeight={700}
              textAnchor="middle"
              fill={s.glyphText}
            >
              {STATUS_GLYPH[chip.status].glyph}
            </text>
            <text x={at.x + 22} y={at.y + 13} fontSize={CHIP.titleSize} fontWeight={600} fill={p.text}>
              {text.title}
            </text>
            <text x={at.x + 22} y={at.y + 26} fontSize={CHIP.detailSize} fill={p.muted}>
              {text.detail}
            </text>
          </g>
        );
      })}
      {places.moreY !== null ? (
        <text x={box.x + CHIP.inset + 2} y={places.moreY} fontSize={CHIP.detailSize} fill={p.muted}>
          {t('chips.more', { count: n - CHIP.maxShown })}
        </text>
      ) : null}
    </g>
  );
}
