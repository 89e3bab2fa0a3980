/**
 * 'report.export' in browser mode: the server prints the report with the machine's Chromium and sends the PDF
 * back in the result (base64), for the page to offer as a download. The core's dispatch is synchronous and
 * cannot print, so the HTTP adapter routes this one method here.
 */
import { contract } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { ReportData, ReportExportResult } from '../../shared/report';
import { dispatchSync, toApiError, validationError } from './dispatch';
import { printReportPdf, reportFileName } from './report-pdf';
import type { Session } from './session';

export const REPORT_EXPORT = 'report.export';

export async function exportReportForBrowser(
  session: Session,
  input: unknown,
  rendererDir: string,
): Promise<Result<ReportExportResult>> {
  const parsed = contract[REPORT_EXPORT].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  const { openAfter: _ignored, ...options } = parsed.data;
  const gathered = dispatchSync(session, 'report.data', options);
  if (!gathered.ok) return gathered;
  const data = gathered.value as ReportData;
  try {
    const printed = await printReportPdf(data, { rendererDir });
    return {
      ok: true,
      value: {
        path: null,
        pdfBase64: printed.pdf.toString('base64'),
        fileName: reportFileName(data),
        pages: printed.pages,
        bytes: printed.pdf.length,
        engine: printed.engine,
      },
    };
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
}
