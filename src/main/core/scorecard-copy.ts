/**
 * scorecard.copy: a new scorecard in the same document with the structure of another (settings, perspectives,
 * themes, objectives with their map positions, cause-and-effect links, KPIs, key results, initiatives, and the
 * contributions of its objectives to objectives of other scorecards) and, with data, its measurements, check-ins and
 * the notes on every part of it. Every id is new; the copy shares no row with the original, so
 * editing one never changes the other.
 *
 * A copy is a new scorecard, not a second view of the old one's history: closed periods, reviews, their action
 * items and period events stay with the original, so every period of the copy is open and scored from its live
 * structure.
 */
import type { Scorecard } from '../../shared/domain';
import type { Repositories } from './repositories';
import { checkScorecard } from './handlers/rules';
import { copyName } from '../../shared/copy-name';

export interface CopyRequest {
  id: number;
  name?: string | undefined;
  withData: boolean;
}

/** A lookup that fails loudly: an id missing from a map would otherwise point the copy at the original's rows. */
function remap(map: ReadonlyMap<number, number>, id: number): number {
  const to = map.get(id);
  if (to === undefined) throw new Error(`scorecard.copy: no copy of row ${id}`);
  return to;
}

export function copyScorecard(repos: Repositories, { id, name, withData }: CopyRequest): Scorecard {
  const source = repos.scorecards.get(id);
  const { id: _sourceId, ...settings } = source;
  // The parent is another scorecard (a scorecard cannot be its own parent): the copy supports the same company.
  const values = {
    ...settings,
    name: name ?? copyName(source.name, new Set(repos.scorecards.list().map((s) => s.name))),
  };
  checkScorecard(repos, values);
  const copy = repos.scorecards.insert(values);

  const perspectives = new Map<number, number>();
  for (const { id: old, ...p } of repos.perspectives.list({ scorecardId: id })) {
    perspectives.set(old, repos.perspectives.add({ ...p, scorecardId: copy.id }));
  }
  const themes = new Map<number, number>();
  for (const { id: old, ...t } of repos.themes.list({ scorecardId: id })) {
    themes.set(old, repos.themes.add({ ...t, scorecardId: copy.id }));
  }

  const sourceObjectives = repos.objectivesOfScorecard(id);
  const objectives = new Map<number, number>();
  for (const { id: old, ...o } of sourceObjectives) {
    objectives.set(
      old,
      repos.objectives.add({
        ...o,
        perspectiveId: remap(perspectives, o.perspectiveId),
        themeId: o.themeId === null ? null : remap(themes, o.themeId),
      }),
    );
  }
  for (const { id: _link, ...l } of repos.linksOfScorecard(id)) {
    repos.links.add({
      ...l,
      fromObjectiveId: remap(objectives, l.fromObjectiveId),
      toObjectiveId: remap(objectives, l.toObjectiveId),
    });
  }
  const kpis = new Map<number, number>();
  for (const { id: old, ...k } of repos.kpisOfScorecard(id)) {
    kpis.set(old, repos.kpis.add({ ...k, objectiveId: remap(objectives, k.objectiveId) }));
  }
  // It supports what the original supports: an objective outside the copy keeps its supporters' copies too. The
  // copy's own objectives are no contributors (a contribution joins two scorecards).
  for (const c of repos.cascade.contributionsOfScorecard(id)) {
    if (objectives.has(c.fromObjectiveId) && !objectives.has(c.toObjectiveId)) {
      repos.cascade.contributions.add({ fromObjectiveId: remap(objectives, c.fromObjectiveId), toObjectiveId: c.toObjectiveId, weight: c.weight });
    }
  }
  const keyResults = new Map<number, number>();
  for (const { id: old, ...kr } of repos.cascade.keyResultsOfScorecard(id)) {
    keyResults.set(
      old,
      repos.cascade.keyResults.add({
        ...kr,
        objectiveId: remap(objectives, kr.objectiveId),
        kpiId: kr.kpiId === null ? null : remap(kpis, kr.kpiId),
      }),
    );
  }
  const initiatives = new Map<number, number>();
  for (const { id: old, ...i } of repos.initiatives.list(id)) {
    initiatives.set(
      old,
      repos.initiatives.add({
        ...i,
        scorecardId: copy.id,
        objectiveIds: i.objectiveIds.map((o) => remap(objectives, o)),
      }),
    );
  }

  if (withData) {
    // Values only: a cell's note is a note on the KPI about that period, copied with every other note below.
    for (const m of repos.measurements.listByScorecard(id)) {
      if (m.actual !== null || m.target !== null) repos.measurements.write({ ...m, kpiId: remap(kpis, m.kpiId) });
    }
    // Check-ins are the key results' values, as measurements are the KPIs'.
    for (const { id: _checkIn, ...c } of repos.cascade.checkInsOfScorecard(id)) {
      repos.cascade.checkIns.add({ ...c, keyResultId: remap(keyResults, c.keyResultId) });
    }
    const owners = {
      scorecard: new Map([[id, copy.id]]),
      perspective: perspectives,
      objective: objectives,
      kpi: kpis,
      initiative: initiatives,
    };
    // Oldest first with their own times, so each cell's newest note (the one the grid shows) is the same in the copy.
    for (const { id: _note, ...n } of repos.notes.ofScorecard(id)) {
      repos.notes.add({ ...n, entityId: remap(owners[n.entityType], n.entityId) });
    }
  }
  return copy;
}
