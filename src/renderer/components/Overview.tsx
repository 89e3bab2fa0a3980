/**
 * The scorecard at a glance: perspectives as bands in their order, objectives as cards with status, score and
 * trend, filtered by owner, status, theme and key KPIs; the selected objective opens out below its band.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api';
import type { Kpi, Status } from '../../shared/domain';
import type { KpiScore } from '../../shared/evaluation';
import { listOwners } from '../../shared/owners';
import { filterScorecard, filtersActive } from '../../shared/scorecard-filter';
import { useDocumentStore } from '../stores/document-store';
import { useOverviewStore } from '../stores/overview-store';
import { useUiStore } from '../stores/ui-store';
import { useTrend } from '../use-trend';
import { useShownTree } from '../closed-view';
import { FilterBar } from './FilterBar';
import { PerspectiveSection } from './PerspectiveSection';
import { PerspectiveSummary } from './PerspectiveSummary';
import { StrategyPanels } from './StrategyPanels';
import '../styles/scorecard.css';

const byPosition = <T extends { position: number; id: number }>(a: T, b: T) => a.position - b.position || a.id - b.id;

export function Overview() {
  const { t } = useTranslation(['app', 'common']);
  // A closed period lists the objectives and KPIs it was scored with: one deleted since still shows there.
  const tree = useShownTree();
  const evaluation = useDocumentStore((s) => s.evaluation);
  const period = useDocumentStore((s) => s.period);
  const viewKind = useDocumentStore((s) => s.viewKind);
  const run = useDocumentStore((s) => s.run);
  const openDialog = useUiStore((s) => s.openDialog);
  const showNotice = useUiStore((s) => s.showNotice);
  const filters = useOverviewStore((s) => s.filters);
  const clearFilters = useOverviewStore((s) => s.clearFilters);
  const trend = useTrend();

  const perspectives = useMemo(() => (tree ? [...tree.perspectives].sort(byPosition) : []), [tree]);
  const kpisByObjective = useMemo(() => {
    const map = new Map<number, Kpi[]>();
    for (const k of tree ? [...tree.kpis].sort(byPosition) : []) {
      const list = map.get(k.objectiveId) ?? [];
      list.push(k);
      map.set(k.objectiveId, list);
    }
    return map;
  }, [tree]);
  const kpiScores = useMemo(
    () => new Map<number, KpiScore>((evaluation?.kpis ?? []).map((k) => [k.kpiId, k])),
    [evaluation],
  );
  const visible = useMemo(() => {
    const status = new Map<number, Status>((evaluation?.objectives ?? []).map((o) => [o.objectiveId, o.status]));
    return filterScorecard(tree?.objectives ?? [], tree?.kpis ?? [], (id) => status.get(id) ?? 'none', filters);
  }, [tree, evaluation, filters]);
  const owners = useMemo(
    () => (tree ? listOwners({ ...tree, kpis: [], initiatives: [] }).map((o) => o.name) : []),
    [tree],
  );

  if (!tree || !period) return null;
  const { scorecard } = tree;

  async function move(perspectiveId: number, delta: -1 | 1): Promise<void> {
    const ids = perspectives.map((p) => p.id);
    const i = ids.indexOf(perspectiveId);
    const j = i + delta;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j], ids[i]];
    const name = perspectives[i].name;
    try {
      await run('perspective.reorder', { scorecardId: scorecard.id, ids });
    } catch (err) {
      showNotice(t('overview.couldNotMove', { name, error: errorMessage(err) }));
      return;
    }
    // Reordering moves DOM nodes and can drop focus; put it back on the same control, or its twin at the edge.
    requestAnimationFrame(() => {
      const up = `button[aria-label="${CSS.escape(t('section.moveUpNamed', { name }))}"]`;
      const down = `button[aria-label="${CSS.escape(t('section.moveDownNamed', { name }))}"]`;
      const same = document.querySelector<HTMLButtonElement>(delta < 0 ? up : down);
      const other = document.querySelector<HTMLButtonElement>(delta < 0 ? down : up);
      (same && !same.disabled ? same : other)?.focus();
    });
  }

  const active = filtersActive(filters);
  const shown = tree.objectives.filter((o) => visible.objectiveIds.has(o.id)).length;
  const nothing = active && shown === 0 && tree.objectives.length > 0;

  return (
    <>
      <PerspectiveSummary perspectives={perspectives} evaluation={evaluation} />
      {tree.objectives.length > 0 ? (
        <FilterBar
          owners={owners}
          themes={tree.themes}
          shown={shown}
          total={tree.objectives.length}
          hideClear={nothing}
        />
      ) : null}
      {nothing ? (
        <div className="empty-card filter-empty">
          <h2>{t('overview.noMatch')}</h2>
          <p>{t('overview.noMatchHint')}</p>
          <button type="button" className="primary" onClick={clearFilters}>
            {t('overview.clearFilters')}
          </button>
        </div>
      ) : null}
      {perspectives.length === 0 ? (
        <div className="empty-card">
          <h2>{t('overview.noPerspectives')}</h2>
          <p>{t('overview.noPerspectivesHint')}</p>
          <button
            type="button"
            className="primary"
            onClick={(e) => openDialog({ kind: 'perspective' }, e.currentTarget)}
          >
            {t('overview.addPerspective')}
          </button>
        </div>
      ) : (
        perspectives.map((p, index) => {
          const all = tree.objectives.filter((o) => o.perspectiveId === p.id).sort(byPosition);
          const objectives = all.filter((o) => visible.objectiveIds.has(o.id));
          // Filtering hides the bands it empties; without filters an empty band still invites a first objective.
          if (active && objectives.length === 0) return null;
          return (
            <PerspectiveSection
              key={p.id}
              perspective={p}
              index={index}
              count={perspectives.length}
              objectives={objectives}
              objectiveCount={all.length}
              kpisByObjective={kpisByObjective}
              visibleKpis={visible.kpiIds}
              kpiScores={kpiScores}
              trend={trend}
              themes={tree.themes}
              scorecard={scorecard}
              evaluation={evaluation}
              period={period}
              viewKind={viewKind}
              onMove={(id, d) => void move(id, d)}
            />
          );
        })
      )}
      <StrategyPanels />
    </>
  );
}
