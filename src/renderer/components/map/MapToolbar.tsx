/** The map's tools: zoom, fit, contributions from below, the strategy check, undo, hints, present and export. */
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
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map tools">
      <button
        type="button"
        className="small"
        aria-label="Zoom out"
        title="Zoom out (−)"
        onClick={() => p.zoom(1 / 1.2)}
      >
        −
      </button>
      <span className="map-zoom" aria-live="polite">
        {Math.round(viewport.k * 100)} %
      </span>
      <button type="button" className="small" aria-label="Zoom in" title="Zoom in (+)" onClick={() => p.zoom(1.2)}>
        +
      </button>
      <button type="button" className="small" aria-pressed={fitted} onClick={p.fit} title="Fit to window (0)">
        Fit to window
      </button>
      {severalScorecards ? (
        <button
          type="button"
          className="small"
          aria-pressed={showContributions}
          title="Objectives of other scorecards that contribute, under the objectives they support"
          onClick={() => useMapStore.getState().toggleContributions()}
        >
          Show contributions from below
        </button>
      ) : null}
      <button
        type="button"
        className="small"
        aria-pressed={showCheck}
        title="Draw each link by what the history says of it: supported, not supported, too little data"
        onClick={() => useMapStore.getState().toggleCheck()}
      >
        Strategy check
      </button>
      <span className="map-toolbar-gap" />
      <button type="button" className="small" onClick={() => void runHistory('undo')} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button
        type="button"
        className="small"
        aria-expanded={hintsOpen}
        aria-controls="map-hints"
        onClick={() => useMapStore.getState().toggleHints()}
      >
        Hints ({p.hintCount})
      </button>
      <button type="button" className="small" onClick={p.present}>
        Present
      </button>
      <button type="button" className="small" onClick={p.exportSvg}>
        Export SVG
      </button>
      <button type="button" className="small" onClick={p.exportPng}>
        Export PNG
      </button>
    </div>
  );
}
