/**
 * Exporting the report from the window: remember the choices in the document, print, then save (Electron: the
 * shell shows the save dialog and writes the file) or download (browser mode: the server sends the PDF back).
 * Progress moves through named steps so the user sees what is happening during the few seconds it takes.
 */
import { useState } from 'react';
import { call, errorMessage, isElectron } from '../../api';
import { downloadBase64 } from '../../download';
import { t } from '../../../shared/i18n';
import type { ReportExportResult, ReportOptions, ReportSettings } from '../../../shared/report';

export type ExportStep = 'idle' | 'saving-settings' | 'printing' | 'done' | 'cancelled' | 'failed';

export interface ExportState {
  step: ExportStep;
  message: string;
  result: ReportExportResult | null;
}

/** Browser mode: the PDF the server sent back, offered as a download under its file name. */
export function download(result: ReportExportResult): void {
  downloadBase64(result.pdfBase64 ?? '', result.fileName, 'application/pdf');
}

/** "Saved /path/x.pdf: 3 pages, 120 KB." (browser mode: "x.pdf (downloaded)"). */
export function savedMessage(result: ReportExportResult): string {
  const where = result.path ?? t('report:progress.downloaded', { file: result.fileName });
  const size = Math.max(1, Math.round(result.bytes / 1024));
  return t('report:progress.saved', { where, count: result.pages, size });
}

export function useReportExport() {
  const [state, setState] = useState<ExportState>({ step: 'idle', message: '', result: null });

  async function run(settings: ReportSettings, options: ReportOptions): Promise<void> {
    setState({ step: 'saving-settings', message: t('report:progress.remembering'), result: null });
    try {
      await call('report.settings.set', settings);
    } catch {
      // A read-only document cannot remember the choices; the report is still worth printing.
    }
    setState({
      step: 'printing',
      message: isElectron()
        ? t('report:progress.choosePlace')
        : t('report:progress.printing'),
      result: null,
    });
    try {
      const result = await call('report.export', { ...options, openAfter: isElectron() && settings.openAfterExport });
      if (!result) {
        setState({ step: 'cancelled', message: t('report:progress.cancelled'), result: null });
        return;
      }
      if (result.pdfBase64) download(result);
      setState({ step: 'done', message: savedMessage(result), result });
    } catch (err) {
      setState({ step: 'failed', message: errorMessage(err), result: null });
    }
  }

  return { state, run, busy: state.step === 'saving-settings' || state.step === 'printing' };
}
