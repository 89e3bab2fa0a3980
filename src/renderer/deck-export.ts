/**
 * Exporting the PowerPoint deck from the window (docs/pptx.md), for the Report view's button and the File menu:
 * Electron shows its save dialog and writes the file; browser mode downloads the bytes the server sends back.
 */
import { formatNumber } from '../shared/format';
import { t } from '../shared/i18n';
import { call, errorMessage } from './api';
import { downloadBase64 } from './download';
import type { ReportCover } from '../shared/report';

/** As src/shared/deck.ts says it: that module holds a zod schema, which the first screen's chunks must not load. */
const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export interface DeckOutcome {
  outcome: 'done' | 'cancelled' | 'failed';
  message: string;
}

/** `cover`: the title slide's texts as the Report view shows them (the File menu uses those the document remembers). */
export async function exportDeckFile(
  scorecardId: number,
  period: string,
  cover?: Omit<ReportCover, 'logo'>,
): Promise<DeckOutcome> {
  try {
    const result = await call('deck.export', { scorecardId, period, ...(cover ? { cover } : {}) });
    if (!result) return { outcome: 'cancelled', message: t('shell:deck.cancelled') };
    if (result.base64) downloadBase64(result.base64, result.fileName, PPTX_MIME);
    const where = result.path ?? t('shell:deck.downloaded', { file: result.fileName });
    const size = formatNumber(Math.max(1, Math.round(result.bytes / 1024)));
    return { outcome: 'done', message: t('shell:deck.saved', { where, count: result.slides, size }) };
  } catch (err) {
    return { outcome: 'failed', message: t('shell:deck.failed', { message: errorMessage(err) }) };
  }
}
