/**
 * A note or group promoted to an objective in its perspective, or to a KPI of one of the scorecard's objectives: its
 * text the title (or name), a group's member notes the description. One call, one undo step.
 */
import { defaultAggregation } from '../../../shared/aggregation';
import { kpiDefaults, objectiveDefaults } from '../../../shared/defaults';
import { ObjectiveFields } from '../../../shared/domain';
import { AppError, ErrorCode } from '../../../shared/errors';
import type { PromoteResult, PromoteTarget } from '../../../shared/workshop';
import type { Repositories } from '../repositories';
import { checkKpi, checkObjective } from './rules';
import { members, quote } from './workshop-rules';

/** A problem with the chosen target, shown beside that choice in the Promote dialog. */
const targetError = (field: string, message: string): AppError =>
  new AppError(ErrorCode.VALIDATION, `${field}: ${message}`, [{ path: ['target', field], message }]);

/** Where a note already went, in the words the board shows ("objective “Grow revenue”"). */
function promotedTo(repos: Repositories, objectiveId: number | null, kpiId: number | null): string | null {
  const objective = objectiveId !== null ? repos.objectives.find(objectiveId) : undefined;
  if (objective) return `objective ${quote(objective.title)}`;
  const kpi = kpiId !== null ? repos.kpis.find(kpiId) : undefined;
  return kpi ? `KPI ${quote(kpi.name)}` : null;
}

/** The text as a one-line title, refused (not cut) when it cannot be one, so nothing the team wrote is lost. */
function titleFrom(text: string, what: string): string {
  const title = text.replace(/\s+/g, ' ').trim();
  const parsed = ObjectiveFields.shape.title.safeParse(title);
  if (!parsed.success) {
    throw new AppError(
      ErrorCode.VALIDATION,
      `${quote(text)} cannot be ${what}: it ${parsed.error.issues[0]?.message ?? 'is not a valid title'}. Shorten the note first.`,
      [{ path: ['noteId'], message: `its text ${parsed.error.issues[0]?.message ?? 'is not a valid title'}` }],
    );
  }
  return parsed.data;
}

function descriptionFrom(lines: readonly string[]): string {
  const description = lines.map((t) => `• ${t}`).join('\n');
  if (!ObjectiveFields.shape.description.safeParse(description).success) {
    throw new AppError(ErrorCode.VALIDATION, 'The group has too many notes to become a description (at most 20000 characters).', [
      { path: ['noteId'], message: 'its notes are too long for a description' },
    ]);
  }
  return description;
}

export function promote(repos: Repositories, noteId: number, target: PromoteTarget): PromoteResult {
  const note = repos.workshop.notes.get(noteId);
  const workshop = repos.workshop.workshops.get(note.workshopId);
  const already = promotedTo(repos, note.promotedObjectiveId, note.promotedKpiId);
  if (already) throw new AppError(ErrorCode.CONFLICT, `${quote(note.text)} was already promoted to ${already}.`);
  const description = descriptionFrom(members(repos, note).map((m) => m.text));
  if (target.kind === 'objective') {
    const perspectiveId = target.perspectiveId ?? note.perspectiveId;
    if (perspectiveId === null) {
      throw targetError('perspectiveId', 'a note from the parking lot needs the perspective of its objective');
    }
    const perspective = repos.perspectives.find(perspectiveId);
    if (!perspective || perspective.scorecardId !== workshop.scorecardId) {
      throw targetError('perspectiveId', `perspective ${perspectiveId} is not one of this workshop's scorecard`);
    }
    const values = {
      ...objectiveDefaults,
      perspectiveId,
      title: titleFrom(note.text, 'an objective title'),
      description,
      owner: target.owner?.trim() ?? '',
      position: repos.objectives.nextPosition('perspectiveId', perspectiveId),
    };
    checkObjective(repos, values);
    const objective = repos.objectives.insert(values);
    const promoted = repos.workshop.notes.update(note.id, { promotedObjectiveId: objective.id });
    return { note: promoted, objectiveId: objective.id, kpiId: null };
  }
  const objective = repos.objectives.find(target.objectiveId);
  if (!objective || repos.scorecardOfObjective(objective.id) !== workshop.scorecardId) {
    throw targetError('objectiveId', `objective ${target.objectiveId} is not one of this workshop's scorecard`);
  }
  // The defaults kpi.create gives a KPI named without a choice of its own: a new KPI the team refines afterwards.
  const name = titleFrom(note.text, 'a KPI name');
  const values = {
    ...kpiDefaults,
    objectiveId: objective.id,
    name,
    description,
    aggregation: defaultAggregation({ name, unit: kpiDefaults.unit }),
    position: repos.kpis.nextPosition('objectiveId', objective.id),
  };
  checkKpi(values);
  const kpi = repos.kpis.insert(values);
  const promoted = repos.workshop.notes.update(note.id, { promotedKpiId: kpi.id });
  return { note: promoted, objectiveId: null, kpiId: kpi.id };
}
