/** The map hints panel: what could be better on this map, each with a way to go to the objective concerned. */
import type { MapHint, MapHintKind } from '../../../shared/strategy-map/hints';
import { focusMapElement } from './map-actions';

const KIND_LABEL: Record<MapHintKind, string> = {
  'no-kpi': 'No KPI',
  'no-link': 'No link',
  'downward-link': 'Points down',
  'crowded-perspective': 'Crowded',
  cycle: 'Cycle',
};

export function MapHints({ hints }: { hints: MapHint[] }) {
  return (
    <aside className="map-hints" id="map-hints" aria-labelledby="map-hints-heading">
      <h3 id="map-hints-heading">Map hints</h3>
      {hints.length === 0 ? (
        <p className="map-hints-none">Nothing to point out: every objective is measured and linked.</p>
      ) : (
        <ul>
          {hints.map((h, i) => (
            <li key={`${h.kind}-${i}`}>
              <span className="map-hint-kind">{KIND_LABEL[h.kind]}</span>
              <span className="map-hint-text">{h.message}</span>
              {h.linkIds.length && h.kind === 'downward-link' ? (
                <button
                  type="button"
                  className="small quiet"
                  onClick={() => focusMapElement(`[data-link-id="${h.linkIds[0]}"]`)}
                >
                  Show link
                </button>
              ) : h.objectiveIds.length ? (
                <button
                  type="button"
                  className="small quiet"
                  onClick={() => focusMapElement(`[data-box-id="${h.objectiveIds[0]}"]`)}
                >
                  Show
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
