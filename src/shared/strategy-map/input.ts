/** From a scorecard and its evaluation to what the map needs: the layout input and each box's status. */
import type { ScorecardTree, Status } from '../domain';
import type { Evaluation } from '../evaluation';
import type { MapInput } from './types';

export interface MapScore {
  status: Status;
  /** 0–100, null without data. */
  score: number | null;
}

export function mapInputFromTree(tree: Pick<ScorecardTree, 'perspectives' | 'objectives' | 'links'>): MapInput {
  return {
    perspectives: tree.perspectives.map(({ id, name, position }) => ({ id, name, position })),
    objectives: tree.objectives.map(({ id, perspectiveId, title, position, themeId, mapX, mapY }) => ({
      id,
      perspectiveId,
      title,
      position,
      themeId,
      mapX,
      mapY,
    })),
    links: tree.links.map(({ id, fromObjectiveId, toObjectiveId }) => ({ id, fromObjectiveId, toObjectiveId })),
  };
}

/** Objective and perspective scores of one period, by id. */
export function mapScores(evaluation: Evaluation | null): {
  objectives: Map<number, MapScore>;
  perspectives: Map<number, MapScore>;
} {
  return {
    objectives: new Map(
      (evaluation?.objectives ?? []).map((o) => [o.objectiveId, { status: o.status, score: o.score }]),
    ),
    perspectives: new Map(
      (evaluation?.perspectives ?? []).map((p) => [p.perspectiveId, { status: p.status, score: p.score }]),
    ),
  };
}
