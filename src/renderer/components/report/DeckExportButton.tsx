/** "Export PowerPoint…" beside "Export PDF": the deck of the scorecard and period shown, with its outcome in words. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isElectron } from '../../api';
import { exportDeckFile, type DeckOutcome } from '../../deck-export';
import type { ReportCover } from '../../../shared/report';

type State = { step: 'idle' } | { step: 'busy' } | DeckOutcome;

const SYMBOL: Record<DeckOutcome['outcome'], string> = { done: '✓', cancelled: '–', failed: '✕' };

interface Props {
  scorecardId: number;
  period: string;
  /** The cover fields as typed in the Report view, for the title slide. */
  cover: ReportCover;
}

export function DeckExportButton({ scorecardId, period, cover }: Props) {
  const { t } = useTranslation('report');
  const [state, setState] = useState<State>({ step: 'idle' });
  const busy = 'step' in state && state.step === 'busy';

  async function run() {
    setState({ step: 'busy' });
    const { logo: _logo, ...texts } = cover;
    setState(await exportDeckFile(scorecardId, period, texts));
  }

  return (
    <>
      <button type="button" disabled={busy} aria-describedby="deck-export-status" onClick={() => void run()}>
        {busy ? t('deck.exporting') : isElectron() ? t('deck.exportDialog') : t('deck.export')}
      </button>
      <div
        id="deck-export-status"
        role="status"
        aria-live="polite"
        aria-label={t('deck.status')}
        className={`report-progress report-progress-${'outcome' in state ? state.outcome : state.step}`}
      >
        {busy ? <p>{isElectron() ? t('deck.choosePlace') : t('deck.writing')}</p> : null}
        {'outcome' in state ? (
          <p>
            <span className="report-progress-symbol" aria-hidden="true">
              {SYMBOL[state.outcome]}{' '}
            </span>
            {state.message}
          </p>
        ) : null}
      </div>
    </>
  );
}
