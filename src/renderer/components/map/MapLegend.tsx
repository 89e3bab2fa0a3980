/**
 * The legend: what the status colours and glyphs mean, the strategy check's line styles when it is shown, and the
 * themes, each a button that highlights it.
 */
import type { ReactNode } from 'react';
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
  return (
    <div className="map-legend">
      <ul className="map-legend-status" aria-label="Status colours">
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
        <div className="map-legend-themes" role="group" aria-label="Highlight a theme">
          {themes.map((t) => (
            <button
              key={t.id}
              type="button"
              className="map-theme-chip"
              aria-pressed={themeId === t.id}
              onClick={() => useMapStore.getState().setTheme(themeId === t.id ? null : t.id)}
            >
              <span className="map-theme-swatch" style={{ borderColor: t.colour }} aria-hidden="true" />
              {t.name}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
