/**
 * deck.export: the scorecard as a PowerPoint deck (docs/pptx.md), built from the same ReportData as the PDF and
 * saved by the host's dialog or sent back to the page. `quadrant pptx` writes the same bytes (buildDeck).
 */
import type { z } from 'zod';
import { AppError, ErrorCode } from '../../../shared/errors';
import type { DeckExportInput, DeckExportResult } from '../../../shared/deck';
import type { ReportData } from '../../../shared/report';
import type { Capabilities } from '../capabilities';
import type { ReadCore } from '../handlers/types';

/** The deck's file name and bytes, and how many slides it has. */
export async function buildDeck(data: ReportData): Promise<{ fileName: string; bytes: Buffer; slides: number }> {
  void data;
  throw new AppError(ErrorCode.VALIDATION, 'The PowerPoint deck is not built yet.');
}

export function exportDeck(
  input: z.output<typeof DeckExportInput>,
  host: Capabilities,
  read: ReadCore,
): Promise<DeckExportResult | null> {
  void input;
  void host;
  void read;
  return Promise.reject(new AppError(ErrorCode.VALIDATION, 'The PowerPoint deck is not built yet.'));
}
