/** The map's tools: zoom, fit, contributions from below, the strategy check, undo, hints, present and export. */
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../shared/format';
import { runHistory } from '../../edit-commands';
import { useDocumentStore } from '../../stores/document-store';
import { useMapStore } from './map-store';

interface Props {
  hintCount: number;
  zoom(factor: number): void;
  fit(): void;
  present(): void;
  exportSvg(): void;
  exportPng(): void;
}

export function MapToolbar(p: Props) {
  const viewport = useMapStore((s) => s.viewport);
  const fitted = useMapStore((s) => s.fitted);
  const hintsOpen = useMapStore((s) => s.hintsOpen);
  const showContributions = useMapStore((s) => s.showContributions);
  const showCheck = useMapStore((s) => s.showCheck);
  const severalScorecards = useDocumentStore((s) => s.scorecards.length > 1);
  const { t } = useTranslation('map');
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button
        type="button"
        className="small"
        aria-label={t('toolbar.zoomOut')}
        title={t('toolbar.zoomOutTitle')}
        onClick={() => p.zoom(1 / 1.2)}
      >
        −
      </button>
      <span className="map-zoom" aria-live="polite">
        {formatPercent(viewport.k * 100)}
      </span>
      <button
        type="button"
        className="small"
        aria-label={t('toolbar.zoomIn')}
        title={t('toolbar.zoomInTitle')}
        onClick={() => p.zoom(1.2)}
      >
        +
      </button>
      <button type="button" className="small" aria-pressed={fitted} onClick={p.fit} title={t('toolbar.fitTitle')}>
        {t('toolbar.fit')}
      </button>
      {severalScorecards ? (
        <button
          type="button"
          className="small"
          aria-pressed={showContributions}
          title={t('toolbar.contributionsTitle')}
          onClick={() => useMapStore.getState().toggleContributions()}
        >
          {t('toolbar.contributions')}
        </button>
      ) : null}
      <button
        type="button"
        className="small"
        aria-pressed={showCheck}
        title={t('toolbar.checkTitle')}
        onClick={() => useMapStore.getState().toggleCheck()}
      >
        {t('toolbar.check')}
      </button>
      <span className="map-toolbar-gap" />
      <button type="button" className="small" onClick={() => void runHistory('undo')} title={t('toolbar.undoTitle')}>
        {t('toolbar.undo')}
      </button>
      <button
        type="button"
        className="small"
        aria-expanded={hintsOpen}
        aria-controls="map-hints"
        onClick={() => useMapStore.getState().toggleHints()}
      >
        {t('toolbar.hints', { count: p.hintCount })}
      </button>
      <button type="button" className="small" onClick={p.present}>
        {t('toolbar.present')}
      </button>
      <button type="button" className="small" onClick={p.exportSvg}>
        {t('toolbar.exportSvg')}
      </button>
      <button type="button" className="small" onClick={p.exportPng}>
        {t('toolbar.exportPng')}
      </button>
    </div>
  );
}
