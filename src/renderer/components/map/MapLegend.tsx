/**
 * The legend: what the status colours and glyphs mean, the strategy check's line styles when it is shown, and the
 * themes, each a button that highlights it.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../shared/domain';
import { STATUS_GLYPH } from '../../../shared/strategy-map/draw';
import { useMapStore } from './map-store';

interface Props {
  themes: Theme[];
  themeId: number | null;
  /** The strategy check's legend (MapCheckLegend), while the check is shown. */
  check?: ReactNode;
}

export function MapLegend({ themes, themeId, check }: Props) {
  const { t } = useTranslation('map');
  return (
    <div className="map-legend">
      <ul className="map-legend-status" aria-label={t('legend.status')}>
        {(['green', 'amber', 'red', 'none'] as const).map((s) => (
          <li key={s}>
            <span className={`map-legend-glyph status-bg-${s}`} aria-hidden="true">
              {STATUS_GLYPH[s].glyph}
            </span>
            {STATUS_GLYPH[s].label}
          </li>
        ))}
      </ul>
      {check}
      {themes.length ? (
        <div className="map-legend-themes" role="group" aria-label={t('legend.themes')}>
          {themes.map((theme) => (
            <button
              key={theme.id}
              type="button"
              className="map-theme-chip"
              aria-pressed={themeId === theme.id}
              onClick={() => useMapStore.getState().setTheme(themeId === theme.id ? null : theme.id)}
            >
              <span className="map-theme-swatch" style={{ borderColor: theme.colour }} aria-hidden="true" />
              {theme.name}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
