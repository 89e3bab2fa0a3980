/**
 * Exports a review's minutes as a PDF, through the report's print pipeline: in the app the shell asks where to
 * save it; in browser mode the server sends the PDF back and the page offers it as a download. The progress and
 * its outcome read like the report's.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage, isElectron } from '../../api';
import { ExportProgress } from '../report/ExportProgress';
import { download, savedMessage, type ExportState } from '../report/use-report-export';
import '../../styles/report-view.css';

export function MinutesButton({ reviewId }: { reviewId: number }) {
  const { t } = useTranslation('review');
  const [state, setState] = useState<ExportState>({ step: 'idle', message: '', result: null });
  const busy = state.step === 'printing';

  async function run(): Promise<void> {
    setState({
      step: 'printing',
      message: isElectron() ? t('minutesExport.choosePlace') : t('minutesExport.printing'),
      result: null,
    });
    try {
      const result = await call('minutes.export', { reviewId, openAfter: isElectron() });
      if (!result) {
        setState({ step: 'cancelled', message: t('minutesExport.cancelled'), result: null });
        return;
      }
      if (result.pdfBase64) download(result);
      setState({ step: 'done', message: savedMessage(result), result });
    } catch (err) {
      setState({ step: 'failed', message: errorMessage(err), result: null });
    }
  }

  return (
    <div className="minutes-export">
      <button type="button" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {isElectron() ? t('minutesExport.buttonApp') : t('minutesExport.buttonBrowser')}
      </button>
      <ExportProgress state={state} label={t('minutesExport.status')} />
    </div>
  );
}
