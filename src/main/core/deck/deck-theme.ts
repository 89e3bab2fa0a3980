/**
 * The deck's look, shared by its slides: the report's font and colours (report.css), the 16:9 grid, slide titles
 * and footers, and statuses in words. Sizes are inches on the 13.33 × 7.5 in LAYOUT_WIDE slide.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Status } from '../../../shared/domain';
import { formatPercent } from '../../../shared/format';
import { currentLanguage, t } from '../../../shared/i18n';
import { dateLabel, MONTH_LONG_NAMES, MONTH_NAMES } from '../../../shared/periods';
import { statusLabel } from '../../../shared/scoring-status';

/** The report's text font (report.css): the deck names it so PowerPoint uses it where it is installed. */
export const FONT = 'Inter';

export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
export const MARGIN = 0.5;
export const CONTENT_W = SLIDE_W - 2 * MARGIN;
/** Where a content slide's body starts (below its title and lede) and must end (above the footer). */
export const BODY_TOP = 1.55;
export const BODY_BOTTOM = 6.8;

/** report.css's palette, without the '#'. */
export const INK = '1B2230';
export const MUTED = '5A6474';
export const RULE = 'DDE1E6';
export const BAND = 'F3F5F8';
export const ACCENT = '2A55C9';

export const STATUS_COLOUR: Record<Status, string> = {
  green: '0F7B5F',
  amber: 'A8690A',
  red: 'C43B2F',
  none: '6B7280',
};
export const STATUS_SOFT: Record<Status, string> = {
  green: 'D7EFE6',
  amber: 'FBECC9',
  red: 'F6D9D5',
  none: 'ECEEF1',
};

const STATUS_GLYPH: Record<Status, string> = { green: '✓', amber: '!', red: '✕', none: '–' };

/** A status as the report prints it (report-format.ts statusWords), in the deck's language: never by colour alone. */
export const statusWord = (status: Status): string => `${STATUS_GLYPH[status]} ${statusLabel(status)}`;

export const scoreText = (score: number | null | undefined): string => formatPercent(score);

/** Text shared by every slide's footer: which scorecard, which period, from which document. */
export interface SlideContext {
  footer: string;
}

/** A content slide with its title, an optional lede under it, the footer and the slide number. */
export function contentSlide(pptx: PptxGenJS, ctx: SlideContext, title: string, lede?: string): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: 0.12,
    h: SLIDE_H,
    fill: { color: ACCENT },
    line: { color: ACCENT, width: 0 },
  });
  slide.addText(title, {
    x: MARGIN,
    y: 0.3,
    w: CONTENT_W,
    h: 0.7,
    fontFace: FONT,
    fontSize: 26,
    bold: true,
    color: INK,
    valign: 'middle',
    fit: 'shrink',
    objectName: 'Title',
  });
  if (lede) {
    slide.addText(lede, {
      x: MARGIN,
      y: 0.98,
      w: CONTENT_W,
      h: 0.42,
      fontFace: FONT,
      fontSize: 13,
      color: MUTED,
      valign: 'top',
      fit: 'shrink',
    });
  }
  slide.addText(ctx.footer, {
    x: MARGIN,
    y: 7.0,
    w: CONTENT_W - 1,
    h: 0.3,
    fontFace: FONT,
    fontSize: 9,
    color: MUTED,
    valign: 'middle',
  });
  slide.slideNumber = {
    x: SLIDE_W - MARGIN - 0.8,
    y: 7.0,
    w: 0.8,
    h: 0.3,
    fontFace: FONT,
    fontSize: 9,
    color: MUTED,
    align: 'right',
  };
  return slide;
}

/** A plain sentence in the body, for slides that have nothing to list ("No open actions."). */
export function bodyText(slide: PptxGenJS.Slide, text: string, y = BODY_TOP): void {
  slide.addText(text, { x: MARGIN, y, w: CONTENT_W, h: 0.5, fontFace: FONT, fontSize: 16, color: MUTED });
}

/** A title that continues on another slide says so, as the PDF's repeated table headers do. */
export const continued = (title: string, page: number): string => (page === 0 ? title : t('deck:continued', { title }));

/**
 * A date as the PDF prints it: "6 October 2026" long, "16 Jun 2025" short. English keeps the day-first form it always
 * printed, whichever English locale; other languages write it as Intl does ("6. Oktober 2026", "16 juin 2025").
 */
export function deckDate(iso: string, width: 'short' | 'long'): string {
  if (currentLanguage() !== 'en') return dateLabel(iso, width);
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${(width === 'long' ? MONTH_LONG_NAMES : MONTH_NAMES)[(m ?? 1) - 1]} ${y}`;
}
