/**
 * import.preview and import.apply: spreadsheet values into the document, previewed cell by cell, applied at once.
 * The preview is the pure previewImport (src/shared/import/preview.ts) over what the document holds; apply computes
 * it again from the same request and writes its new and changed cells through measurement.setMany, so the same
 * rules (the KPI's frequency, closed periods) hold as for typing into the grid. The dispatcher runs apply in one
 * transaction: one undo step, and none at all when everything was already there.
 */
import { defaultAggregation } from '../../../shared/aggregation';
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { previewImport, type PreviewOutcome } from '../../../shared/import/preview';
import type { ImportRequest, ImportResult, PreviewCell } from '../../../shared/sheets';
import type { Session } from '../session';
import { kpiHandlers } from './kpi';
import type { HandlerGroup } from './types';

function outcome(request: ImportRequest, session: Session): PreviewOutcome {
  const { repos } = session.require();
  const scorecard = repos.scorecards.get(request.scorecardId);
  return previewImport(request, {
    fyStart: scorecard.fiscalYearStartMonth,
    kpis: repos.kpisOfScorecard(scorecard.id),
    measurements: repos.measurements.listByScorecard(scorecard.id),
    closed: repos.review.closed.keys(scorecard.id),
  });
}

const MAX_LISTED = 5;

function listCells(cells: PreviewCell[]): string {
  const shown = cells.slice(0, MAX_LISTED).map((c) => t('errors:import.cell', { address: c.address, reason: c.reason ?? c.verdict }));
  const more = cells.length - shown.length;
  return shown.join('; ') + (more > 0 ? t('errors:import.andMore', { count: more }) : '');
}

function refuseUnready(request: ImportRequest & { skipInvalid?: boolean | undefined }, result: PreviewOutcome): void {
  const { preview } = result;
  if (preview.problems.length)
    throw new AppError(ErrorCode.VALIDATION, t('errors:import.problems', { problems: preview.problems.join(' ') }));
  // A name decided for a KPI that is not this scorecard's is as unsure as an undecided one.
  const unsure = preview.names.filter((n) => n.kpiId === null && n.decision !== 'create' && n.decision !== 'skip');
  if (unsure.length) {
    const names = unsure
      .slice(0, MAX_LISTED)
      .map((n) => t('errors:import.name', { name: n.name }))
      .join(', ');
    throw new AppError(
      ErrorCode.VALIDATION,
      t('errors:import.unsure', { count: unsure.length, names: names + (unsure.length > MAX_LISTED ? ', …' : '') }),
    );
  }
  const invalid = preview.cells.filter((c) => c.verdict === 'invalid');
  if (invalid.length && !request.skipInvalid) {
    throw new AppError(
      ErrorCode.VALIDATION,
      t('errors:import.invalid', { count: invalid.length, cells: listCells(invalid) }),
    );
  }
  const creates = preview.names.some((n) => n.decision === 'create');
  if (creates && request.createIn === undefined) {
    throw new AppError(ErrorCode.VALIDATION, t('errors:import.createIn'), [
      { path: ['createIn'], message: t('errors:import.createInField') },
    ]);
  }
}

export const importHandlers: HandlerGroup<'import'> = {
  'import.preview': (request, session) => outcome(request, session).preview,
  'import.apply': (request, session): ImportResult => {
    const { repos } = session.require();
    const result = outcome(request, session);
    refuseUnready(request, result);
    const { preview } = result;
    const created = new Map<string, number>();
    const toWrite = preview.cells.filter((c) => c.verdict === 'new' || c.verdict === 'changed');
    const needsKpi = new Set(toWrite.filter((c) => c.kpiId === null).map((c) => c.name));
    if (needsKpi.size > 0) {
      const objectiveId = request.createIn!;
      if (repos.scorecardOfObjective(objectiveId) !== request.scorecardId) {
        throw new AppError(
          ErrorCode.VALIDATION,
          t('errors:import.objectiveNotHere', { id: objectiveId }),
          [{ path: ['createIn'], message: t('errors:import.objectiveField') }],
        );
      }
      for (const plan of result.newKpis) {
        if (!needsKpi.has(plan.name)) continue;
        const kpi = kpiHandlers['kpi.create'](
          {
            objectiveId,
            name: plan.name.slice(0, 200),
            unit: plan.unit.slice(0, 40),
            frequency: plan.frequency,
            aggregation: defaultAggregation({ name: plan.name, unit: plan.unit }),
          },
          session,
        );
        created.set(plan.name, kpi.id);
      }
    }
    // One item per KPI and period: a row's value, target and note land together; what the sheet leaves out stays.
    const items = new Map<
      string,
      { kpiId: number; period: string; actual: number | null; target?: number | null; note?: string }
    >();
    for (const c of toWrite) {
      const kpiId = c.kpiId ?? created.get(c.name)!;
      const key = `${kpiId}|${c.period}`;
      let item = items.get(key);
      if (!item) {
        const existing = repos.measurements.find(kpiId, c.period!);
        item = { kpiId, period: c.period!, actual: existing?.actual ?? null };
        items.set(key, item);
      }
      if (c.field === 'actual') item.actual = c.value as number;
      else if (c.field === 'target') item.target = c.value as number;
      else item.note = String(c.value);
    }
    if (items.size > 0) kpiHandlers['measurement.setMany']({ items: [...items.values()] }, session);
    const skippedInvalid = preview.cells.filter((c) => c.verdict === 'invalid').length;
    return {
      written: toWrite.length,
      unchanged: preview.counts.same,
      skipped: skippedInvalid + result.skippedCells,
      createdKpis: created.size,
    };
  },
};
