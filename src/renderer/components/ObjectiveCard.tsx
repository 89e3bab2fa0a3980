/**
 * An objective at a glance: title, owner, theme, status, score with its trend, KPIs reporting, and its KPIs in
 * brief. Clicking the card (or Enter on its title) selects it and opens its panel below the perspective.
 */
import { useTranslation } from 'react-i18next';
import { summedByMistake as summed, summedByMistakeText } from '../../shared/aggregation';
import type { Kpi, Objective, Theme } from '../../shared/domain';
import type { KpiScore, ObjectiveScore } from '../../shared/evaluation';
import { formatPercent, formatValue } from '../../shared/format';
import { TREND_ARROW, trendDirection, trendShort, trendText } from '../../shared/trend';
import { STATUS_TEXT, StatusBadge } from './StatusBadge';
import { SmartMarker } from './smart/SmartMarker';
import { useSmartReport } from '../use-smart';
import { CardKeyResults } from './okr/ObjectiveKeyResults';

interface Props {
  objective: Objective;
  /** The KPIs the filters leave, in order. */
  kpis: Kpi[];
  kpiScores: Map<number, KpiScore>;
  /** All the objective's KPIs, shown or filtered out: what its score counts besides key results and contributors. */
  kpiCount: number;
  theme: Theme | undefined;
  score: ObjectiveScore | undefined;
  /** The previous period's score, undefined while it loads. */
  previousScore: number | null | undefined;
  previousLabel: string;
  selected: boolean;
  onSelect(): void;
}

export function ObjectiveCard(p: Props) {
  const { t } = useTranslation(['app', 'common']);
  const { objective, score } = p;
  const smart = useSmartReport()?.objectives.get(objective.id);
  const status = score?.status ?? 'none';
  const headingId = `objective-${objective.id}`;
  const total = score?.total ?? p.kpis.length;
  const direction = p.previousScore === undefined ? 'none' : trendDirection(p.previousScore, score?.score ?? null);
  const trend =
    p.previousScore === undefined ? null : trendText(p.previousScore, score?.score ?? null, p.previousLabel);

  return (
    <article
      className={`objective-card card-${status}${p.selected ? ' selected' : ''}`}
      aria-labelledby={headingId}
      onClick={(e) => {
        // Buttons inside the card do their own thing; anywhere else selects the objective.
        if (!(e.target as HTMLElement).closest('button, a, input, select')) p.onSelect();
      }}
    >
      <header className="card-head">
        <h3 id={headingId}>
          <button
            type="button"
            className="card-title"
            aria-expanded={p.selected}
            aria-controls={p.selected ? `objective-panel-${objective.id}` : undefined}
            onClick={p.onSelect}
          >
            {objective.title}
          </button>
        </h3>
        <StatusBadge status={status} explanation={score?.formula.text} />
      </header>
      <p className="meta">
        {objective.owner ? (
          <span>{t('card.owner', { owner: objective.owner })}</span>
        ) : (
          <span>{t('card.noOwner')}</span>
        )}
        {p.theme ? (
          <span className="theme-chip">
            <span className="theme-dot" style={{ background: p.theme.colour }} aria-hidden="true" />
            {p.theme.name}
          </span>
        ) : null}
        <SmartMarker item={smart} />
      </p>
      <div className="card-figures">
        <span className="score" title={score?.formula.text}>
          <span className="visually-hidden">{t('card.score')} </span>
          {formatPercent(score?.score ?? null)}
        </span>
        {trend ? (
          <span className={`trend trend-${direction}`} title={trend}>
            <span aria-hidden="true">
              {direction === 'none'
                ? t('card.noTrend')
                : t('card.trendVs', {
                    arrow: TREND_ARROW[direction],
                    change: trendShort(p.previousScore, score?.score ?? null),
                    period: p.previousLabel,
                  })}
            </span>
            <span className="visually-hidden">{trend}</span>
          </span>
        ) : null}
        <span className="reported">
          {/* Named as the formula names them: KPIs, key results, or items when they are of several kinds. */}
          {t(`reported.${childNoun(total, p.kpiCount, score?.contributors !== undefined)}`, {
            reported: score?.reported ?? 0,
            count: total,
          })}
        </span>
      </div>
      {p.kpis.length > 0 ? (
        <ul className="card-kpis" aria-label={t('card.kpisOf', { title: objective.title })}>
          {p.kpis.map((k) => {
            const s = p.kpiScores.get(k.id);
            const st = STATUS_TEXT[s?.status ?? 'none'];
            return (
              <li key={k.id} className={`card-kpi status-${s?.status ?? 'none'}-text`}>
                <span className="card-kpi-status" aria-hidden="true">
                  {st.icon}
                </span>
                <span className="visually-hidden">{t('card.kpiStatus', { status: st.label })}</span>
                {k.isKey ? (
                  <span className="key-star" role="img" aria-label={t('card.keyKpi')}>
                    ★
                  </span>
                ) : null}
                <span className="card-kpi-name">{k.name}</span>
                {summed(k) ? (
                  <span className="card-kpi-flag" title={summedByMistakeText(k, summed(k)!)}>
                    <span aria-hidden="true">⚠ </span>
                    {t('card.summed')}
                  </span>
                ) : null}
                <span className="card-kpi-value">{formatValue(s?.actual ?? null, k.unit)}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="empty-note">{t('card.noKpis')}</p>
      )}
      <CardKeyResults objective={objective} />
    </article>
  );
}

/** What an objective's score counts: only KPIs, only key results, or items of several kinds. */
function childNoun(total: number, kpis: number, withContributors: boolean): 'kpis' | 'keyResults' | 'items' {
  if (!withContributors && kpis === total) return 'kpis';
  if (!withContributors && kpis === 0) return 'keyResults';
  return 'items';
}
