/** The open scorecard as the map draws it: the layout, the period's scores and the colours of the theme. */
import { useMemo } from 'react';
import type { Kpi, Objective, ScorecardTree, Theme } from '../../../shared/domain';
import type { KpiScore } from '../../../shared/evaluation';
import { PALETTES, type MapPalette } from '../../../shared/strategy-map/draw';
import { mapInputFromTree, mapScores, type MapScore } from '../../../shared/strategy-map/input';
import { layoutStrategyMap } from '../../../shared/strategy-map/layout';
import type { MapLayout } from '../../../shared/strategy-map/types';
import { useDocumentStore } from '../../stores/document-store';
import { effectiveTheme, useUiStore } from '../../stores/ui-store';

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
}

const NO_SCORE: MapScore = { status: 'none', score: null };
export const scoreOf = (model: MapModel, objectiveId: number) => model.scores.objectives.get(objectiveId) ?? NO_SCORE;

const layouts = new WeakMap<ScorecardTree, MapLayout>();

/** The layout of a tree, computed once per tree: the view and the keyboard share it. */
export function layoutOf(tree: ScorecardTree): MapLayout {
  let layout = layouts.get(tree);
  if (!layout) {
    layout = layoutStrategyMap(mapInputFromTree(tree));
    layouts.set(tree, layout);
  }
  return layout;
}

/** The layout as the document store holds it now, for work that runs after an await (see afterEarlierEdits). */
export function currentLayout(): MapLayout | null {
  const tree = useDocumentStore.getState().tree;
  return tree ? layoutOf(tree) : null;
}

export function useMapModel(): MapModel | null {
  const tree = useDocumentStore((s) => s.tree);
  const evaluation = useDocumentStore((s) => s.evaluation);
  const dark = useUiStore((s) => effectiveTheme(s) === 'dark');
  const layout = useMemo(() => (tree ? layoutOf(tree) : null), [tree]);
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
  return { layout, palette: PALETTES[dark ? 'dark' : 'light'], dark, scores, kpiScores, ...rest };
}
