/** The open scorecard as the map draws it: the layout, the period's scores and the colours of the theme. */
import { useMemo } from 'react';
import type { AlignmentTree } from '../../../shared/cascade';
import type { Kpi, Objective, ScorecardTree, Theme } from '../../../shared/domain';
import type { KpiScore } from '../../../shared/evaluation';
import { PALETTES, type MapPalette } from '../../../shared/strategy-map/draw';
import { mapInputFromTree, mapScores, type MapScore } from '../../../shared/strategy-map/input';
import { layoutStrategyMap } from '../../../shared/strategy-map/layout';
import { contributionMetrics, type ContributionChip } from '../../../shared/strategy-map/contributions';
import type { MapLayout } from '../../../shared/strategy-map/types';
import { useDocumentStore } from '../../stores/document-store';
import { effectiveTheme, useUiStore } from '../../stores/ui-store';
import { useAlignment } from '../cascade/use-alignment';
import { useMapStore } from './map-store';

export interface MapModel {
  layout: MapLayout;
  palette: MapPalette;
  dark: boolean;
  objectives: Map<number, Objective>;
  themes: Map<number, Theme>;
  themeList: Theme[];
  scores: { objectives: Map<number, MapScore>; perspectives: Map<number, MapScore> };
  kpisOf: Map<number, Kpi[]>;
  kpiScores: Map<number, KpiScore>;
  /**
   * With "Show contributions from below": each objective's contributors by objective id (byObjective null while
   * they are read); null when they are not shown.
   */
  contributions: { byObjective: Map<number, ContributionChip[]> | null } | null;
  /** How many contributions each objective has, by the document (what the boxes make room for). */
  contributionCounts: Map<number, number>;
}

const NO_SCORE: MapScore = { status: 'none', score: null };
export const scoreOf = (model: MapModel, objectiveId: number) => model.scores.objectives.get(objectiveId) ?? NO_SCORE;

const layouts = {
  plain: new WeakMap<ScorecardTree, MapLayout>(),
  contributions: new WeakMap<ScorecardTree, MapLayout>(),
};

/** Contributions into each objective of the tree from objectives of other scorecards. */
export function contributionCounts(tree: ScorecardTree): Map<number, number> {
  const own = new Set(tree.objectives.map((o) => o.id));
  const counts = new Map<number, number>();
  for (const c of tree.contributions) {
    if (own.has(c.toObjectiveId) && !own.has(c.fromObjectiveId))
      counts.set(c.toObjectiveId, (counts.get(c.toObjectiveId) ?? 0) + 1);
  }
  return counts;
}

/**
 * The layout of a tree, computed once per tree (and per showing of contributions, whose chips make the boxes
 * taller): the view and the keyboard share it.
 */
export function layoutOf(tree: ScorecardTree, withContributions = false): MapLayout {
  const cache = withContributions ? layouts.contributions : layouts.plain;
  let layout = cache.get(tree);
  if (!layout) {
    const most = withContributions ? Math.max(0, ...contributionCounts(tree).values()) : 0;
    layout = layoutStrategyMap(mapInputFromTree(tree), contributionMetrics(most));
    cache.set(tree, layout);
  }
  return layout;
}

/** The layout as the document store holds it now, for work that runs after an await (see afterEarlierEdits). */
export function currentLayout(): MapLayout | null {
  const tree = useDocumentStore.getState().tree;
  return tree ? layoutOf(tree, useMapStore.getState().showContributions) : null;
}

/** The contributors of each objective of the alignment's root scorecard, as chips. */
function chipsOf(alignment: AlignmentTree): Map<number, ContributionChip[]> {
  const names = new Map(alignment.scorecards.map((s) => [s.id, s.name]));
  return new Map(
    alignment.roots.map((root) => [
      root.id,
      root.children
        .filter((c) => c.kind === 'objective' && c.scorecardId !== alignment.scorecardId)
        .map((c) => ({
          objectiveId: c.id,
          title: c.title,
          scorecardName: names.get(c.scorecardId) ?? '',
          weight: c.weight ?? 1,
          status: c.status,
          score: c.score,
        })),
    ]),
  );
}

export function useMapModel(): MapModel | null {
  const tree = useDocumentStore((s) => s.tree);
  const evaluation = useDocumentStore((s) => s.evaluation);
  const dark = useUiStore((s) => effectiveTheme(s) === 'dark');
  const show = useMapStore((s) => s.showContributions) && (tree?.contributions.length ?? 0) > 0;
  const layout = useMemo(() => (tree ? layoutOf(tree, show) : null), [tree, show]);
  const alignment = useAlignment(show).tree;
  const contributions = useMemo(
    () => (show ? { byObjective: alignment ? chipsOf(alignment) : null } : null),
    [show, alignment],
  );
  const counts = useMemo(() => (tree ? contributionCounts(tree) : new Map<number, number>()), [tree]);
  const scores = useMemo(() => mapScores(evaluation), [evaluation]);
  const rest = useMemo(() => {
    if (!tree) return null;
    const kpisOf = new Map<number, Kpi[]>();
    for (const k of [...tree.kpis].sort((a, b) => a.position - b.position || a.id - b.id)) {
      kpisOf.set(k.objectiveId, [...(kpisOf.get(k.objectiveId) ?? []), k]);
    }
    return {
      objectives: new Map(tree.objectives.map((o) => [o.id, o])),
      themes: new Map(tree.themes.map((t) => [t.id, t])),
      themeList: [...tree.themes].sort((a, b) => a.id - b.id),
      kpisOf,
    };
  }, [tree]);
  const kpiScores = useMemo(() => new Map((evaluation?.kpis ?? []).map((k) => [k.kpiId, k])), [evaluation]);
  if (!layout || !rest) return null;
  return {
    layout,
    palette: PALETTES[dark ? 'dark' : 'light'],
    dark,
    scores,
    kpiScores,
    contributions,
    contributionCounts: counts,
    ...rest,
  };
}
