/**
 * "Show contributions from below" on the strategy map: the objectives of other scorecards that contribute to an
 * objective are drawn as small chips inside the bottom of its box (title; scorecard, weight and score). The boxes
 * grow to make room, so arrows, which end on a box's edge, never cross a chip. Pure: the layout's metrics and the
 * chips' places and texts.
 */
import { t } from '../i18n';
import type { Status } from '../domain';
import { DEFAULT_METRICS } from './layout';
import { textWidth } from './text';
import type { BoxLayout, MapMetrics } from './types';

/** One contributing objective as its chip shows it. */
export interface ContributionChip {
  objectiveId: number;
  title: string;
  scorecardName: string;
  weight: number;
  status: Status;
  /** The contributor's own score, 0–100; null without data. */
  score: number | null;
}

export const CHIP = {
  /** Chips shown under one objective; more are summed up in a "+ n more" line. */
  maxShown: 3,
  height: 32,
  gap: 4,
  /** Space between the box's own content and the first chip, and below the last. */
  top: 4,
  bottom: 8,
  moreHeight: 16,
  inset: 8,
  titleSize: 11.5,
  detailSize: 10.5,
};

/** The box height with room for `count` chips (the most any objective of the map has). */
export function contributionMetrics(count: number): Partial<MapMetrics> {
  if (count <= 0) return {};
  const shown = Math.min(count, CHIP.maxShown);
  const more = count > CHIP.maxShown ? CHIP.moreHeight : 0;
  return {
    boxHeight: DEFAULT_METRICS.boxHeight + CHIP.top + shown * (CHIP.height + CHIP.gap) - CHIP.gap + more + CHIP.bottom,
  };
}

export interface ChipPlace {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the chips of a box go (at most CHIP.maxShown), and where the "+ n more" line goes when there are more. */
export function chipPlaces(
  box: Pick<BoxLayout, 'x' | 'y' | 'width'>,
  count: number,
): { chips: ChipPlace[]; moreY: number | null } {
  const top = box.y + DEFAULT_METRICS.boxHeight + CHIP.top;
  const chips = Array.from({ length: Math.min(count, CHIP.maxShown) }, (_, i) => ({
    x: box.x + CHIP.inset,
    y: top + i * (CHIP.height + CHIP.gap),
    width: box.width - 2 * CHIP.inset,
    height: CHIP.height,
  }));
  const last = chips[chips.length - 1];
  return { chips, moreY: count > CHIP.maxShown && last ? last.y + last.height + CHIP.moreHeight - 4 : null };
}

/** Cuts `text` with an ellipsis to fit `width` at `size`. */
export function fitText(text: string, width: number, size: number, weight: 'regular' | 'bold' = 'regular'): string {
  if (textWidth(text, size, weight) <= width) return text;
  const chars = [...text];
  while (chars.length && textWidth(`${chars.join('').trimEnd()}…`, size, weight) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

const weightText = (w: number) => String(Math.round(w * 100) / 100);
const scoreText = (s: number | null) => (s === null ? t('map:chips.noData') : `${Math.round(s)} %`);

/** The chip's two lines, each cut to the chip's width: the title, then "scorecard · ×weight · score". */
export function chipText(chip: ContributionChip, width: number): { title: string; detail: string } {
  const room = width - 26;
  const tail = ` · ×${weightText(chip.weight)} · ${scoreText(chip.score)}`;
  const name = fitText(chip.scorecardName, Math.max(30, room - textWidth(tail, CHIP.detailSize)), CHIP.detailSize);
  return {
    title: fitText(chip.title, room, CHIP.titleSize, 'bold'),
    detail: fitText(`${name}${tail}`, room, CHIP.detailSize),
  };
}

/** What a screen reader hears after a box's own label when contributions show. */
export function contributionsLabel(chips: readonly ContributionChip[], statusWord: (s: Status) => string): string {
  if (chips.length === 0) return '';
  const each = chips.map((c) =>
    c.score === null
      ? t('map:chips.contributor', {
          title: c.title,
          scorecard: c.scorecardName,
          weight: weightText(c.weight),
          status: statusWord(c.status),
        })
      : t('map:chips.contributorScored', {
          title: c.title,
          scorecard: c.scorecardName,
          weight: weightText(c.weight),
          score: scoreText(c.score),
          status: statusWord(c.status),
        }),
  );
  return t('map:chips.supportedBy', { list: each.join(t('map:chips.separator')) });
}
