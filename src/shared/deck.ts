/**
 * The PowerPoint hand-over (docs/pptx.md): what the app and `quadrant pptx` ask for. The deck itself is built in the
 * core (src/main/core/deck/) from the same ReportData the PDF prints, so the two tell the same numbers.
 */
import { z } from 'zod';
import { Id, PeriodKey } from './domain';
import { ReportCover } from './report';

export const DeckExportInput = z
  .object({
    /** Absent: the document's first scorecard. */
    scorecardId: Id.optional(),
    /** Absent: the scorecard's current period, as the report chooses it. */
    period: PeriodKey.optional(),
    /** The title slide's texts as the Report view shows them; absent ones: those the document remembers. */
    cover: ReportCover.omit({ logo: true }).partial().optional(),
    openAfter: z.boolean().default(false),
  })
  .strict();
export type DeckExportInput = z.infer<typeof DeckExportInput>;

/** Electron saves the file itself (path); the browser-mode server sends the bytes (base64) for a download. */
export interface DeckExportResult {
  path: string | null;
  base64: string | null;
  fileName: string;
  slides: number;
  bytes: number;
}

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
