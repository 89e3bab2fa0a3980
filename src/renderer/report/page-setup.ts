/**
 * Page geometry and the @page rules of the report. The footer (document name, period, page x of y) is drawn by
 * Chromium in the page's bottom margin from CSS margin boxes, in the report's own embedded font; the cover has none.
 */
import { t } from '../../shared/i18n';
import type { Orientation, PageSize } from '../../shared/report';

const SIZES_MM: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

export const MARGIN_MM = { top: 14, bottom: 17, side: 14 };
export const PX_PER_MM = 96 / 25.4;

export interface PageGeometry {
  size: PageSize;
  orientation: Orientation;
  /** The area inside the margins, mm. */
  contentWidth: number;
  contentHeight: number;
  landscape: boolean;
}

export function pageGeometry(size: PageSize, orientation: Orientation): PageGeometry {
  const s = SIZES_MM[size];
  const landscape = orientation === 'landscape';
  const width = landscape ? s.height : s.width;
  const height = landscape ? s.width : s.height;
  return {
    size,
    orientation,
    landscape,
    contentWidth: width - 2 * MARGIN_MM.side,
    contentHeight: height - MARGIN_MM.top - MARGIN_MM.bottom,
  };
}

export const mmToPx = (mm: number): number => Math.round(mm * PX_PER_MM);

/** A CSS string literal holding `text` (names come from the user's document). */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n\f]+/g, ' ')}"`;
}

export function pageCss(g: PageGeometry, footer: string, hasCover: boolean): string {
  const wide = pageGeometry(g.size, 'landscape');
  const box = 'font-family: Inter, sans-serif; font-size: 7.5pt; color: #5a6474;';
  // The page numbers are CSS counters: the sentence around them is cut where they stand, in the report's language.
  const [before, middle, after] = t('report:page.of', { page: '\u0000', pages: '\u0000' }).split('\u0000');
  const pageNumbers = `${cssString(before ?? '')} counter(page) ${cssString(middle ?? '')} counter(pages) ${cssString(after ?? '')}`;
  // i18n-ignore: CSS, its only words come from the catalogue above
  return `
@page {
  size: ${g.size} ${g.orientation};
  margin: ${MARGIN_MM.top}mm ${MARGIN_MM.side}mm ${MARGIN_MM.bottom}mm;
  @bottom-left { content: ${cssString(footer)}; ${box} vertical-align: top; padding-top: 5mm; }
  @bottom-right { content: ${pageNumbers}; ${box} vertical-align: top; padding-top: 5mm; }
}
${hasCover ? '@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }' : ''}
:root { --content-width: ${g.contentWidth}mm; --content-height: ${g.contentHeight}mm; --wide-content-height: ${wide.contentHeight}mm; }
/* A wide strategy map in a portrait report gets a landscape page of its own. */
@page wide { size: ${g.size} landscape; }
.wide-page { page: wide; }
`;
}
