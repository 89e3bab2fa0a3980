/** What a box stands for, on hover or keyboard focus: its status and score, owner and every KPI with its value. */
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../../shared/format';
import { scoreText, STATUS_GLYPH } from '../../../shared/strategy-map/draw';
import { targetText } from '../../view-format';
import type { Viewport } from './map-store';
import { scoreOf, type MapModel } from './use-map-model';

interface Props {
  id: string;
  model: MapModel;
  objectiveId: number;
  viewport: Viewport;
  /** The canvas size: the tooltip stays inside it. */
  area: { width: number; height: number };
}

const MAX_KPIS = 8;
const WIDTH = 340;

export function MapTooltip({ id, model, objectiveId, viewport: v, area }: Props) {
  const { t } = useTranslation('map');
  const box = model.layout.boxes.find((b) => b.objectiveId === objectiveId);
  const objective = model.objectives.get(objectiveId);
  if (!box || !objective) return null;
  const score = scoreOf(model, objectiveId);
  const kpis = model.kpisOf.get(objectiveId) ?? [];
  const centre = v.x + (box.x + box.width / 2) * v.k;
  const left = Math.max(8, Math.min(centre - WIDTH / 2, area.width - WIDTH - 8));
  const top = v.y + (box.y + box.height) * v.k + 10;
  // Near the bottom of the canvas the tooltip opens above the box instead.
  const above = top > area.height * 0.6;
  const position = above ? { left, bottom: area.height - (v.y + box.y * v.k) + 10 } : { left, top };
  const theme = objective.themeId === null ? null : model.themes.get(objective.themeId);
  return (
    <div className="map-tooltip" role="tooltip" id={id} style={{ ...position, width: WIDTH }}>
      <p className="map-tooltip-title">{objective.title}</p>
      <p className={`map-tooltip-status status-text-${score.status}`}>
        <span aria-hidden="true">{STATUS_GLYPH[score.status].glyph} </span>
        {STATUS_GLYPH[score.status].label}
        {score.score === null ? '' : ` · ${scoreText(score.score)}`}
        {objective.owner ? <span className="map-tooltip-owner"> · {objective.owner}</span> : null}
      </p>
      {theme ? <p className="map-tooltip-theme">{t('tooltip.theme', { theme: theme.name })}</p> : null}
      {kpis.length === 0 ? (
        <p className="map-tooltip-empty">{t('tooltip.noKpis')}</p>
      ) : (
        <table className="map-tooltip-kpis">
          <caption className="visually-hidden">{t('tooltip.caption', { objective: objective.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tooltip.kpi')}</th>
              <th scope="col">{t('tooltip.actual')}</th>
              <th scope="col">{t('tooltip.target')}</th>
            </tr>
          </thead>
          <tbody>
            {kpis.slice(0, MAX_KPIS).map((k) => {
              const s = model.kpiScores.get(k.id);
              const status = s?.status ?? 'none';
              return (
                <tr key={k.id}>
                  <th scope="row">
                    <span className={`status-text-${status}`} aria-hidden="true">
                      {STATUS_GLYPH[status].glyph}
                    </span>{' '}
                    {k.name}
                    <span className="visually-hidden"> ({STATUS_GLYPH[status].label})</span>
                  </th>
                  <td>{formatValue(s?.actual ?? null, k.unit)}</td>
                  <td>{targetText(k, s?.target ?? k.target)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {kpis.length > MAX_KPIS ? (
        <p className="map-tooltip-more">{t('tooltip.more', { count: kpis.length - MAX_KPIS })}</p>
      ) : null}
    </div>
  );
}
