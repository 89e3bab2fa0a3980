/** The map hints panel: what could be better on this map, each with a way to go to the objective concerned. */
import { useTranslation } from 'react-i18next';
import type { MapHint, MapHintKind } from '../../../shared/strategy-map/hints';
import { focusMapElement } from './map-actions';

const KIND_KEY = {
  'no-kpi': 'noKpi',
  'no-link': 'noLink',
  'downward-link': 'downwardLink',
  'crowded-perspective': 'crowded',
  cycle: 'cycle',
} as const satisfies Record<MapHintKind, string>;

export function MapHints({ hints }: { hints: MapHint[] }) {
  const { t } = useTranslation('map');
  return (
    <aside className="map-hints" id="map-hints" aria-labelledby="map-hints-heading">
      <h3 id="map-hints-heading">{t('hints.heading')}</h3>
      {hints.length === 0 ? (
        <p className="map-hints-none">{t('hints.none')}</p>
      ) : (
        <ul>
          {hints.map((h, i) => (
            <li key={`${h.kind}-${i}`}>
              <span className="map-hint-kind">{t(`hints.kind.${KIND_KEY[h.kind]}`)}</span>
              <span className="map-hint-text">{h.message}</span>
              {h.linkIds.length && h.kind === 'downward-link' ? (
                <button
                  type="button"
                  className="small quiet"
                  onClick={() => focusMapElement(`[data-link-id="${h.linkIds[0]}"]`)}
                >
                  {t('hints.showLink')}
                </button>
              ) : h.objectiveIds.length ? (
                <button
                  type="button"
                  className="small quiet"
                  onClick={() => focusMapElement(`[data-box-id="${h.objectiveIds[0]}"]`)}
                >
                  {t('hints.show')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
