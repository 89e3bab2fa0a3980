/** kpi.* and measurement.* : indicators and their history. */
import { defaultAggregation } from '../../../shared/aggregation';
import { kpiDefaults } from '../../../shared/defaults';
import type { Measurement } from '../../../shared/domain';
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import type { Repositories } from '../repositories';
import { closedPeriodLock } from './closed';
import { checkKpi, checkMeasurementPeriod } from './rules';
import type { HandlerGroup } from './types';

type MeasurementInput = Omit<Measurement, 'target' | 'note'> & { target?: number | null; note?: string };

function setMeasurement(repos: Repositories, input: MeasurementInput, lock = closedPeriodLock(repos)): Measurement {
  const kpi = repos.kpis.get(input.kpiId);
  checkMeasurementPeriod(kpi, input.period);
  lock(kpi.id, input.period);
  const existing = repos.measurements.find(input.kpiId, input.period);
  // Omitted fields keep what was there: entering an actual must not wipe the period's target or note.
  const next: Measurement = {
    kpiId: input.kpiId,
    period: input.period,
    actual: input.actual,
    target: input.target !== undefined ? input.target : (existing?.target ?? null),
    note: input.note !== undefined ? input.note : (existing?.note ?? ''),
  };
  // The note goes where every note lives (repositories/notes.ts); a cell emptied of everything keeps no row behind.
  return repos.measurements.set(next);
}

export const kpiHandlers: HandlerGroup<'kpi'> & HandlerGroup<'measurement'> = {
  'kpi.list': ({ scorecardId, objectiveId }, session) => {
    const { repos } = session.require();
    if (objectiveId !== undefined) return repos.kpis.list({ objectiveId });
    if (scorecardId !== undefined) return repos.kpisOfScorecard(scorecardId);
    return repos.kpis.list();
  },
  'kpi.get': ({ id }, session) => session.require().repos.kpis.get(id),
  'kpi.create': (input, session) => {
    const { repos } = session.require();
    repos.objectives.get(input.objectiveId);
    // Without an explicit choice, a rating is averaged and a level kept, never summed into nonsense.
    const aggregation = input.aggregation ?? defaultAggregation({ name: input.name, unit: input.unit ?? '' });
    const values = {
      ...kpiDefaults,
      ...input,
      aggregation,
      position: repos.kpis.nextPosition('objectiveId', input.objectiveId),
    };
    checkKpi(values);
    return repos.kpis.insert(values);
  },
  'kpi.update': ({ id, ...patch }, session) => {
    const { repos } = session.require();
    const current = repos.kpis.get(id);
    const next = { ...current, ...patch };
    if (next.frequency !== current.frequency) {
      const n = repos.measurements.countByKpi(id);
      if (n > 0) {
        throw new AppError(
          ErrorCode.CONFLICT,
          t(`errors:rules.frequencyOrphans.${current.frequency}`, { name: current.name, count: n }),
          [{ path: ['frequency'], message: t(`errors:rules.frequencyField.${current.frequency}`, { count: n }) }],
        );
      }
    }
    if (next.objectiveId !== current.objectiveId) {
      if (repos.scorecardOfObjective(next.objectiveId) !== repos.scorecardOfObjective(current.objectiveId)) {
        throw new AppError(ErrorCode.VALIDATION, t('errors:rules.kpiMove'), [
          { path: ['objectiveId'], message: t('errors:rules.sameScorecardObjective') },
        ]);
      }
      next.position = repos.kpis.nextPosition('objectiveId', next.objectiveId);
    }
    checkKpi(next);
    return repos.kpis.update(id, { ...patch, position: next.position });
  },
  'kpi.delete': ({ id }, session) => {
    session.require().repos.kpis.delete(id);
    return null;
  },
  'kpi.reorder': ({ objectiveId, ids }, session) => {
    const { repos } = session.require();
    repos.objectives.get(objectiveId);
    repos.kpis.reorder('objectiveId', objectiveId, ids);
    return repos.kpis.list({ objectiveId });
  },

  'measurement.list': ({ kpiId, scorecardId }, session) => {
    const { repos } = session.require();
    if (kpiId !== undefined) return repos.measurements.listByKpi(kpiId);
    if (scorecardId !== undefined) return repos.measurements.listByScorecard(scorecardId);
    return repos.measurements.listAll();
  },
  'measurement.set': (input, session) => setMeasurement(session.require().repos, input),
  'measurement.setMany': ({ items }, session) => {
    const { repos } = session.require();
    const lock = closedPeriodLock(repos);
    return items.map((item, i) => {
      try {
        return setMeasurement(repos, item, lock);
      } catch (err) {
        // Name the cell that failed: the whole block is rolled back, so the user must know which one to fix.
        if (err instanceof AppError) {
          throw new AppError(
            err.code,
            t('errors:kpi.item', { n: i + 1, id: item.kpiId, period: item.period, message: err.message }),
            err.issues?.map((x) => ({ ...x, path: ['items', i, ...x.path] })),
          );
        }
        throw err;
      }
    });
  },
  'measurement.delete': ({ kpiId, period }, session) => {
    const { repos } = session.require();
    repos.kpis.get(kpiId);
    closedPeriodLock(repos)(kpiId, period);
    if (!repos.measurements.delete(kpiId, period)) {
      throw new AppError(ErrorCode.NOT_FOUND, t('errors:rules.noMeasurement', { id: kpiId, period }));
    }
    return null;
  },
};
