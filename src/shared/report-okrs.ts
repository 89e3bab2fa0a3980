/**
 * The OKRs of one scorecard and period as the report and `quadrant score` print them: each objective with key results
 * in the period, its OKR score, and each key result with its score and the last check-in up to the period's end.
 * Pure: read from the scorecard's tree and its evaluation, so the PDF and the command line say the same.
 */
import type { Objective, ScorecardTree } from './domain';
import type { Evaluation, KeyResultScore, OkrScore } from './evaluation';
import { EMPTY_VALUE, formatNumber, formatValue } from './format';
import { t } from './i18n';
import type { CheckIn, KeyResult } from './okr';
import { okrScoreText } from './okr-scoring';
import { REPORT_SECTIONS, type ReportScorecard, type ReportSection } from './report';

export interface OkrLine {
  keyResult: KeyResult;
  score: KeyResultScore;
  /** The latest check-in dated on or before the period's end (by date, then the later entry), null when none. */
  lastCheckIn: CheckIn | null;
}

export interface OkrGroup {
  objective: Objective;
  okr: OkrScore;
  keyResults: OkrLine[];
}

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }): number =>
  a.position - b.position || a.id - b.id;

/** The scorecard's objectives in reading order: by perspective, then position. */
export function objectivesInOrder(tree: Pick<ScorecardTree, 'perspectives' | 'objectives'>): Objective[] {
  return [...tree.perspectives]
    .sort(byPosition)
    .flatMap((p) => tree.objectives.filter((o) => o.perspectiveId === p.id).sort(byPosition));
}

function lastCheckIn(checkIns: readonly CheckIn[], keyResultId: number, asOfDate: string): CheckIn | null {
  let last: CheckIn | null = null;
  for (const c of checkIns) {
    if (c.keyResultId !== keyResultId || c.date > asOfDate) continue;
    if (!last || c.date > last.date || (c.date === last.date && c.id > last.id)) last = c;
  }
  return last;
}

/** Objectives with key results scored for the evaluation's period, in the scorecard's order. */
export function okrGroups(
  tree: Pick<ScorecardTree, 'perspectives' | 'objectives' | 'keyResults' | 'checkIns'>,
  evaluation: Pick<Evaluation, 'keyResults' | 'okrs'>,
  asOfDate: string,
): OkrGroup[] {
  const keyResults = new Map(tree.keyResults.map((kr) => [kr.id, kr]));
  const okrs = new Map(evaluation.okrs.map((o) => [o.objectiveId, o]));
  const groups: OkrGroup[] = [];
  for (const objective of objectivesInOrder(tree)) {
    const okr = okrs.get(objective.id);
    if (!okr) continue;
    const lines = evaluation.keyResults
      .filter((s) => s.objectiveId === objective.id && keyResults.has(s.keyResultId))
      .map((score) => ({
        keyResult: keyResults.get(score.keyResultId)!,
        score,
        lastCheckIn: lastCheckIn(tree.checkIns, score.keyResultId, asOfDate),
      }));
    if (lines.length > 0) groups.push({ objective, okr, keyResults: lines });
  }
  return groups;
}

/** A 0.0–1.0 score as the OKR convention writes it ("0.60"), or a dash. */
export function okrScoreOrDash(score: number | null, kind: Objective['okrKind']): string {
  return score === null ? EMPTY_VALUE : okrScoreText(score, kind);
}

/**
 * "220 → 400 people" for a metric (a unit written after the number once, after the target; "$220 → $400" for a
 * currency written before it), "Done" or "Not done yet" for a milestone.
 */
export function currentToTarget(kr: KeyResult, current: number | null): string {
  if (kr.kind === 'milestone')
    return t(current !== null && current >= 1 ? 'engine:reportOkrs.done' : 'engine:reportOkrs.notDoneYet');
  const unit = kr.unit.trim();
  const prefixed = unit !== '' && formatValue(1, unit).startsWith(unit);
  const now = prefixed ? formatValue(current, unit) : formatNumber(current);
  return `${now} → ${formatValue(kr.target, unit)}`;
}

/** "7/10", or a dash when nobody gave a confidence yet. */
export const confidenceText = (confidence: number | null): string =>
  confidence === null ? EMPTY_VALUE : `${confidence}/10`;

export type OkrSectionContent = 'okrs' | 'empty' | 'none';

/**
 * Whether a scorecard's OKR section prints. With key results in the period or contributions to or from other
 * scorecards it does. Otherwise it is left out of a report with every section (the default), so a document without
 * OKRs gets no empty page; when the sections were chosen it prints "No key results in this period" — if the
 * scorecard has key results in other periods, or OKRs is the only section chosen (a PDF is never blank).
 */
export function okrSectionContent(
  sc: Pick<ReportScorecard, 'tree' | 'evaluation' | 'alignment'>,
  sections: readonly ReportSection[],
): OkrSectionContent {
  if (!sections.includes('okrs')) return 'none';
  if (sc.evaluation.keyResults.length > 0 || sc.alignment.length > 0) return 'okrs';
  const chosen = REPORT_SECTIONS.some((s) => !sections.includes(s));
  if (chosen && (sc.tree.keyResults.length > 0 || sections.length === 1)) return 'empty';
  return 'none';
}
