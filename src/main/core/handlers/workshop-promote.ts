/**
 * A note or group promoted to an objective in its perspective, or to a KPI of one of the scorecard's objectives: its
 * text the title (or name), a group's member notes the description. One call, one undo step.
 */
import { defaultAggregation } from '../../../shared/aggregation';
import { kpiDefaults, objectiveDefaults } from '../../../shared/defaults';
import { ObjectiveFields } from '../../../shared/domain';
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
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
  if (objective) return t('errors:workshop.promotedObjective', { title: quote(objective.title) });
  const kpi = kpiId !== null ? repos.kpis.find(kpiId) : undefined;
  return kpi ? t('errors:workshop.promotedKpi', { name: quote(kpi.name) }) : null;
}

/** The text as a one-line title, refused (not cut) when it cannot be one, so nothing the team wrote is lost. */
function titleFrom(text: string, what: 'objective' | 'kpi'): string {
  const title = text.replace(/\s+/g, ' ').trim();
  const parsed = ObjectiveFields.shape.title.safeParse(title);
  if (!parsed.success) {
    const problem = parsed.error.issues[0]?.message ?? t('errors:workshop.notTitle');
    throw new AppError(
      ErrorCode.VALIDATION,
      t(`errors:workshop.cannotBe.${what}`, { note: quote(text), problem }),
      [{ path: ['noteId'], message: t('errors:workshop.itsText', { problem }) }],
    );
  }
  return parsed.data;
}

function descriptionFrom(lines: readonly string[]): string {
  const description = lines.map((line) => `• ${line}`).join('\n');
  if (!ObjectiveFields.shape.description.safeParse(description).success) {
    throw new AppError(ErrorCode.VALIDATION, t('errors:workshop.tooLongDescription', { max: 20000 }), [
      { path: ['noteId'], message: t('errors:workshop.notesTooLong') },
    ]);
  }
  return description;
}

export function promote(repos: Repositories, noteId: number, target: PromoteTarget): PromoteResult {
  const note = repos.workshop.notes.get(noteId);
  const workshop = repos.workshop.workshops.get(note.workshopId);
  const already = promotedTo(repos, note.promotedObjectiveId, note.promotedKpiId);
  if (already) throw new AppError(ErrorCode.CONFLICT, t('errors:workshop.alreadyPromoted', { note: quote(note.text), to: already }));
  const description = descriptionFrom(members(repos, note).map((m) => m.text));
  if (target.kind === 'objective') {
    const perspectiveId = target.perspectiveId ?? note.perspectiveId;
    if (perspectiveId === null) {
      throw targetError('perspectiveId', t('errors:workshop.parkingLot'));
    }
    const perspective = repos.perspectives.find(perspectiveId);
    if (!perspective || perspective.scorecardId !== workshop.scorecardId) {
      throw targetError('perspectiveId', t('errors:workshop.perspectiveNotHere', { id: perspectiveId }));
    }
    const values = {
      ...objectiveDefaults,
      perspectiveId,
      title: titleFrom(note.text, 'objective'),
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
    throw targetError('objectiveId', t('errors:workshop.objectiveNotHere', { id: target.objectiveId }));
  }
  // The defaults kpi.create gives a KPI named without a choice of its own: a new KPI the team refines afterwards.
  const name = titleFrom(note.text, 'kpi');
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
