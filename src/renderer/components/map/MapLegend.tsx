/** The legend: what the status colours and glyphs mean, and the themes, each a button that highlights it. */
import type { Theme } from '../../../shared/domain';
import { STATUS_GLYPH } from '../../../shared/strategy-map/draw';
import { useMapStore } from './map-store';

export function MapLegend({ themes, themeId }: { themes: Theme[]; themeId: number | null }) {
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
