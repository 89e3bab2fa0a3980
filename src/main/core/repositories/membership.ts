/**
 * Which rows belong to a scorecard, written once: perspectives and initiatives by their scorecard, objectives
 * through their perspective, KPIs through their objective. Every repository that selects "of this scorecard" builds
 * on these, so they all answer the same. `param` is the placeholder the caller binds the scorecard id to.
 */

type Placeholder = '?' | `@${string}`;

export const perspectiveIdsOf = (param: Placeholder): string =>
  `SELECT id FROM perspective WHERE scorecard_id = ${param}`;

export const objectiveIdsOf = (param: Placeholder): string =>
  `SELECT id FROM objective WHERE perspective_id IN (${perspectiveIdsOf(param)})`;

export const kpiIdsOf = (param: Placeholder): string =>
  `SELECT id FROM kpi WHERE objective_id IN (${objectiveIdsOf(param)})`;

export const initiativeIdsOf = (param: Placeholder): string =>
  `SELECT id FROM initiative WHERE scorecard_id = ${param}`;
