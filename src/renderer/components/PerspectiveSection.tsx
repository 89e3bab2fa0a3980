/** A perspective as a band: its rollup, its objectives as cards, the selected one's panel, and its controls. */
import { useTranslation } from 'react-i18next';
import type { Frequency, Kpi, Objective, Perspective, Scorecard, Theme } from '../../shared/domain';
import type { Evaluation, KpiScore } from '../../shared/evaluation';
import { formatNumber, formatPercent } from '../../shared/format';
import { periodLabel } from '../../shared/periods';
import { useOverviewStore } from '../stores/overview-store';
import { useUiStore } from '../stores/ui-store';
import type { TrendPair } from '../use-trend';
import { ObjectiveCard } from './ObjectiveCard';
import { ObjectivePanel } from './ObjectivePanel';
import { StatusBadge } from './StatusBadge';
import { useTeamAccess } from '../team/access';

interface Props {
  perspective: Perspective;
  index: number;
  count: number;
  /** The objectives the filters leave, in order. */
  objectives: Objective[];
  /** All objectives of the perspective, for "n hidden by filters". */
  objectiveCount: number;
  kpisByObjective: Map<number, Kpi[]>;
  /** KPIs the filters leave. */
  visibleKpis: Set<number>;
  kpiScores: Map<number, KpiScore>;
  trend: TrendPair | null;
  themes: Theme[];
  scorecard: Scorecard;
  evaluation: Evaluation | null;
  period: string;
  viewKind: Frequency;
  onMove(perspectiveId: number, delta: -1 | 1): void;
}

export function PerspectiveSection(p: Props) {
  const { t } = useTranslation(['app', 'common']);
  const openDialog = useUiStore((s) => s.openDialog);
  // Team mode: a viewer or contributor is not offered changes to the scorecard itself (the server refuses them).
  const fixed = useTeamAccess().edit !== null;
  const selectedId = useOverviewStore((s) => s.selectedObjectiveId);
  const toggleObjective = useOverviewStore((s) => s.toggleObjective);
  const { perspective } = p;
  const selected = p.objectives.find((o) => o.id === selectedId);
  const previousLabel = p.trend ? periodLabel(p.trend.previousPeriod, p.scorecard.fiscalYearStartMonth) : '';
  const kpisOf = (o: Objective) => (p.kpisByObjective.get(o.id) ?? []).filter((k) => p.visibleKpis.has(k.id));

  function close(o: Objective): void {
    toggleObjective(null);
    // Back to the card the panel belonged to, so keyboard users keep their place.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`#objective-${o.id} button`)?.focus());
  }
  const score = p.evaluation?.perspectives.find((s) => s.perspectiveId === perspective.id);
  const headingId = `perspective-${perspective.id}`;
  const total = score?.total ?? p.objectives.length;
  return (
    <section className="perspective" aria-labelledby={headingId}>
      <header className="perspective-header">
        <div className="perspective-title">
          <h2 id={headingId} tabIndex={-1}>
            {perspective.name}
          </h2>
          {perspective.description ? <p className="meta">{perspective.description}</p> : null}
        </div>
        <div className="perspective-score">
          <StatusBadge status={score?.status ?? 'none'} explanation={score?.formula.text} />
          <span className="score" title={score?.formula.text}>
            <span className="visually-hidden">{t('card.score')} </span>
            {formatPercent(score?.score ?? null)}
          </span>
          <span className="reported">{t('reported.objectives', { reported: score?.reported ?? 0, count: total })}</span>
          {perspective.weight !== 1 ? (
            <span className="reported">{t('section.weight', { weight: formatNumber(perspective.weight) })}</span>
          ) : null}
        </div>
        <div className="card-actions">
          <button
            type="button"
            className="small quiet icon-text"
            hidden={fixed}
            aria-label={t('section.moveUpNamed', { name: perspective.name })}
            title={t('section.moveUp')}
            disabled={p.index === 0}
            onClick={() => p.onMove(perspective.id, -1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="small quiet icon-text"
            hidden={fixed}
            aria-label={t('section.moveDownNamed', { name: perspective.name })}
            title={t('section.moveDown')}
            disabled={p.index === p.count - 1}
            onClick={() => p.onMove(perspective.id, 1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="small quiet"
            hidden={fixed}
            aria-label={t('section.addObjectiveTo', { name: perspective.name })}
            onClick={(e) => openDialog({ kind: 'objective', perspectiveId: perspective.id }, e.currentTarget)}
          >
            {t('section.addObjective')}
          </button>
          <button
            type="button"
            className="small quiet"
            aria-label={t('notesOn', { name: perspective.name })}
            onClick={(e) =>
              openDialog(
                {
                  kind: 'notes',
                  entityType: 'perspective',
                  entityId: perspective.id,
                  title: perspective.name,
                  period: p.period,
                },
                e.currentTarget,
              )
            }
          >
            {t('common:notes')}
          </button>
          <button
            type="button"
            className="small quiet"
            hidden={fixed}
            aria-label={t('section.editPerspective', { name: perspective.name })}
            onClick={(e) => openDialog({ kind: 'perspective', perspective }, e.currentTarget)}
          >
            {t('common:edit')}
          </button>
        </div>
      </header>
      {p.objectiveCount === 0 ? (
        <p className="empty-note">{t('section.noObjectives')}</p>
      ) : (
        <div className="objective-grid">
          {p.objectives.map((o) => (
            <ObjectiveCard
              key={o.id}
              objective={o}
              kpis={kpisOf(o)}
              kpiCount={(p.kpisByObjective.get(o.id) ?? []).length}
              kpiScores={p.kpiScores}
              theme={p.themes.find((th) => th.id === o.themeId)}
              score={p.evaluation?.objectives.find((s) => s.objectiveId === o.id)}
              previousScore={
                p.trend ? (p.trend.previous.objectives.find((s) => s.objectiveId === o.id)?.score ?? null) : undefined
              }
              previousLabel={previousLabel}
              selected={o.id === selectedId}
              onSelect={() => toggleObjective(o.id)}
            />
          ))}
        </div>
      )}
      {p.objectiveCount > p.objectives.length ? (
        <p className="filtered-note">
          {t('section.hiddenByFilters', { hidden: p.objectiveCount - p.objectives.length, count: p.objectiveCount })}
        </p>
      ) : null}
      {selected ? (
        <ObjectivePanel
          key={selected.id}
          objective={selected}
          allKpis={p.kpisByObjective.get(selected.id) ?? []}
          kpis={kpisOf(selected)}
          theme={p.themes.find((th) => th.id === selected.themeId)}
          scorecard={p.scorecard}
          evaluation={p.evaluation}
          period={p.period}
          viewKind={p.viewKind}
          onClose={() => close(selected)}
        />
      ) : null}
    </section>
  );
}
