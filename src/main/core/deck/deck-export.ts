/**
 * deck.export: the scorecard as a PowerPoint deck (docs/pptx.md), built from the same ReportData as the PDF and
 * saved by the host's dialog or sent back to the page. `quadrant pptx` writes the same bytes (buildDeck).
 */
import JSZip from 'jszip';
import type PptxGenJS from 'pptxgenjs';
import type { z } from 'zod';
import type { DeckExportInput, DeckExportResult } from '../../../shared/deck';
import { AppError, ErrorCode } from '../../../shared/errors';
import { t, withLocale } from '../../../shared/i18n';
import { DEFAULT_REPORT_SETTINGS, REPORT_SECTIONS, type ReportCover, type ReportData } from '../../../shared/report';
import type { ActionItem } from '../../../shared/review';
import { latestPeriodWithData } from '../../../shared/period-choice';
import type { Capabilities } from '../capabilities';
import type { ReadCore } from '../handlers/types';
import { kpiSlides } from './deck-kpis';
import { addMapSlide, glueConnectors } from './deck-map';
import { perspectiveSlides, titleSlide } from './deck-slides';
import { summarySlides } from './deck-summary';
import { actionSlides, initiativeSlides } from './deck-tables';
import { FONT } from './deck-theme';

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "Harbour & Ember Q3 2026.pptx", without the characters a file name cannot hold. */
export function deckFileName(data: ReportData): string {
  const sc = data.scorecards[0];
  const safe = `${sc?.tree.scorecard.name ?? data.documentName} ${sc?.periodLabel ?? ''}`
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 150)
    .trim();
  return `${safe || t('deck:file.fallbackName')}.pptx`;
}

/**
 * Two things pptxgenjs cannot be told. It writes a missing value (a period without an actual, an objective without a
 * score) as an empty <c:v>, which is not a number; a chart leaves the point out instead, as PowerPoint itself does
 * for a blank cell. And it marks every text as US English: a deck in another language says so, for PowerPoint's
 * spelling and the charts' number formats.
 */
async function tidy(bytes: Buffer, locale: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const english = locale.startsWith('en');
  const parts = Object.keys(zip.files).filter(
    (p) => /^ppt\/charts\/chart\d+\.xml$/.test(p) || (!english && /^ppt\/slides\/slide\d+\.xml$/.test(p)),
  );
  for (const path of parts) {
    const xml = await zip.file(path)!.async('string');
    let fixed = xml.replace(/<c:numCache>[\s\S]*?<\/c:numCache>/g, (cache) =>
      cache.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, ''),
    );
    if (!english) fixed = fixed.replace(/\blang="en-US"/g, `lang="${locale}"`);
    if (fixed !== xml) zip.file(path, fixed);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * The deck's file name and bytes, and how many slides it has. Per scorecard of the data: title, summary, strategy
 * map, a slide per perspective, one per key KPI, initiatives, and the open actions among `actions` when there are any.
 * Its words, numbers and dates are in the language the data was made in (the report's), as the PDF's are.
 */
export async function buildDeck(
  data: ReportData,
  actions: readonly ActionItem[] = [],
): Promise<{ fileName: string; bytes: Buffer; slides: number }> {
  // Loaded on the first export: starting the app needs none of pptxgenjs.
  const { default: Pptx } = await import('pptxgenjs');
  // The slides are laid out synchronously, so the locale is switched for that part only, never across an await.
  const { pptx, fileName } = withLocale(data.locale, () => ({
    pptx: layOut(new Pptx(), data, actions),
    fileName: deckFileName(data),
  }));
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
  const bytes = await glueConnectors(await tidy(Buffer.from(written), data.locale));
  // pptxgenjs has a `slides` getter its types leave out; the map slide is the deck-map part's to add or not.
  const slides = (pptx as unknown as { slides: unknown[] }).slides.length;
  return { fileName, bytes, slides };
}

function layOut(pptx: PptxGenJS, data: ReportData, actions: readonly ActionItem[]): PptxGenJS {
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  pptx.author = data.cover.preparedBy || 'Quadrant';
  // pptxgenjs writes the company into docProps/app.xml as it is: escaped here, or "&" breaks the file.
  pptx.company = xmlEscape(data.cover.companyName);
  pptx.title = `${data.cover.title}: ${data.scorecards.map((s) => s.tree.scorecard.name).join(', ')}`;
  for (const sc of data.scorecards) {
    const ctx = { footer: `${sc.tree.scorecard.name} · ${sc.periodLabel} · ${data.documentName}` };
    titleSlide(pptx, data, sc);
    summarySlides(pptx, ctx, sc);
    addMapSlide(pptx, sc, ctx);
    perspectiveSlides(pptx, ctx, sc);
    kpiSlides(pptx, ctx, sc);
    initiativeSlides(pptx, ctx, sc);
    const open = actions.filter((a) => a.scorecardId === sc.tree.scorecard.id && a.status === 'open');
    actionSlides(pptx, ctx, sc, open);
  }
  return pptx;
}

/**
 * The report's data and open actions for one scorecard and period, read in one go before anything is awaited.
 * Without a scorecard: the document's first; without a period: the latest with data, as `quadrant report` chooses.
 */
export function readDeckData(
  read: ReadCore,
  {
    scorecardId,
    period,
    cover,
  }: { scorecardId?: number | undefined; period?: string | undefined; cover?: Partial<ReportCover> | undefined },
): { data: ReportData; actions: ActionItem[] } {
  const id = scorecardId ?? read('scorecard.list', {})[0]?.id;
  if (id === undefined) throw new AppError(ErrorCode.VALIDATION, t('deck:errors.noScorecard'));
  const tree = read('scorecard.get', { id });
  const chosen = period ?? latestPeriodWithData(tree.scorecard, read('measurement.list', { scorecardId: id }));
  if (!chosen) throw new AppError(ErrorCode.VALIDATION, t('deck:errors.noMeasurements'));
  const settings = read('report.settings.get', {});
  const data = read('report.data', {
    scorecardIds: [id],
    period: chosen,
    sections: [...REPORT_SECTIONS],
    pageSize: DEFAULT_REPORT_SETTINGS.pageSize,
    orientation: 'landscape',
    cover: { ...settings.cover, ...cover },
  });
  return { data, actions: read('action.list', { scorecardId: id }).filter((a) => a.status === 'open') };
}

export function exportDeck(
  input: z.output<typeof DeckExportInput>,
  host: Capabilities,
  read: ReadCore,
): Promise<DeckExportResult | null> {
  const { data, actions } = readDeckData(read, input);
  // The save dialog speaks the app's language, whatever the deck's.
  const filter = t('deck:file.filter');
  return buildDeck(data, actions).then(async ({ fileName, bytes, slides }) => {
    if (host.saveFile) {
      const path = await host.saveFile(fileName, bytes, {
        name: filter,
        extensions: ['pptx'],
      });
      return path ? { path, base64: null, fileName, slides, bytes: bytes.length } : null;
    }
    return { path: null, base64: bytes.toString('base64'), fileName, slides, bytes: bytes.length };
  });
}
