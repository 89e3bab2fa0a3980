/**
 * How the map slide looks beside the deck's other slides: the same frame (accent bar, title, lede, footer, slide
 * number) and status colours as the deck's content slides (deck-theme.ts of the deck part, report.css's palette),
 * so the map does not stand out as a slide from another deck.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Status } from '../../../shared/domain';
import { ACCENT, FONT, INK, MARGIN, MUTED, STATUS_COLOUR, STATUS_SOFT as DECK_STATUS_SOFT } from './deck-theme';

export { FONT, INK, MARGIN, MUTED, STATUS_COLOUR };

/** The deck's soft fills; a box with no data keeps the map's own lighter grey. */
export const STATUS_SOFT: Record<Status, string> = { ...DECK_STATUS_SOFT, none: 'F4F5F7' };

/** Lanes alternate, their title column a shade darker (the Map view's light palette). */
export const LANE = ['F7F8FA', 'EFF2F6'] as const;
export const LANE_TITLE = ['ECEFF4', 'E3E7EE'] as const;
export const ARROW = '6B778A';

/** Inches on the slide: where the map's body starts and must end (above the footer), a little more than a table's. */
export const BODY_TOP = 1.5;
export const BODY_BOTTOM = 6.85;

/** A content slide as the deck's others: its title, a lede under it, the footer and the slide number. */
export function mapSlideFrame(pptx: PptxGenJS, title: string, lede: string, footer: string): PptxGenJS.Slide {
  const w = pptx.presLayout.width / 914400;
  const h = pptx.presLayout.height / 914400;
  const slide = pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 0,
    w: 0.12,
    h,
    fill: { color: ACCENT },
    line: { type: 'none' },
    objectName: 'Accent',
  });
  const text = { x: MARGIN, w: w - 2 * MARGIN, fontFace: FONT, valign: 'middle' as const };
  slide.addText(title, { ...text, y: 0.3, h: 0.7, fontSize: 26, bold: true, color: INK, objectName: 'Title' });
  slide.addText(lede, { ...text, y: 0.98, h: 0.42, fontSize: 13, color: MUTED, valign: 'top', objectName: 'Lede' });
  slide.addText(footer, { ...text, y: h - 0.5, h: 0.3, w: w - 2 * MARGIN - 1, fontSize: 9, color: MUTED });
  slide.slideNumber = {
    x: w - MARGIN - 0.8,
    y: h - 0.5,
    w: 0.8,
    h: 0.3,
    fontFace: FONT,
    fontSize: 9,
    color: MUTED,
    align: 'right',
  };
  return slide;
}
