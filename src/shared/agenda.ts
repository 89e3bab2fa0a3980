/**
 * A review's agenda, generated from a meeting template and the scorecard: off-track then at-risk objectives and KPIs
 * (worst first), KPIs whose data is missing or late, initiatives behind schedule, action items due from earlier
 * reviews, and the previous review's decisions. Each item says why it is on the agenda, with the numbers, so the
 * meeting starts from facts. The user reorders, adds to and trims it afterwards; this only drafts it.
 */
import { dueDateOf, daysBetween } from './data-due';
import type { Kpi, ScorecardTree, Status } from './domain';
import type { Evaluation, KpiScore, ObjectiveScore } from './evaluation';
import { formatNumber, formatPercent, formatRange, formatValue } from './format';
import { t } from './i18n';
import { formatDay, initiativeSchedule } from './initiative-schedule';
import { compareKinds, containingPeriod, parsePeriod, periodEndDate, periodLabel, subPeriods } from './periods';
import { isDue, isOverdue } from './action-stats';
import type { ActionItem, AgendaItemKind, AgendaSource, Review, ReviewItem, TemplateSection } from './review';
import type { MeasurementIndex } from './scoring';
import { progressText, resolveThresholds, statusFor, thresholdsText, type Thresholds } from './scoring-status';

export interface AgendaDraftItem {
  kind: AgendaItemKind;
  entityId: number | null;
  title: string;
  reason: string;
  minutes: number | null;
}

export interface AgendaInput {
  sections: readonly TemplateSection[];
  /** The structure the period is scored with. */
  tree: ScorecardTree;
  /** The review period's evaluation. */
  evaluation: Evaluation;
  /** For missing and late data. */
  measurements: MeasurementIndex;
  /** The meeting date, YYYY-MM-DD. */
  today: string;
  /** Every action item of the scorecard. */
  actions: readonly ActionItem[];
  /** The scorecard's previous review and its agenda, null at the first review. */
  previous: { review: Review; items: readonly ReviewItem[] } | null;
}

/** Titles are names and reasons short texts (review.ts): both hold at most 200 characters. */
export const MAX_AGENDA_TEXT = 200;

/** Cuts a text to `max` characters with an ellipsis, never between the halves of a surrogate pair. */
function clip(text: string, max = MAX_AGENDA_TEXT): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Names are required, but a title typed before that rule may be blank; the agenda line still needs words. */
function titleOf(text: string, fallback: string): string {
  return clip(text.trim() || fallback);
}

function item(kind: AgendaItemKind, entityId: number | null, title: string, reason: string): AgendaDraftItem {
  return {
    kind,
    entityId,
    title: titleOf(title, t('review:agendaText.untitled')),
    reason: clip(reason),
    minutes: null,
  };
}

/** Compares dates and other fixed-format texts by their characters, the same on every machine. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Status words in the agenda's reasons, written into the review in the language it was started in. */
const statusWord = (status: Status): string => t(`review:agendaText.status.${status}`);
const STATUS_RANK: Partial<Record<Status, number>> = { red: 0, amber: 1 };

/** A score out of 100 in whole numbers, unless rounding would carry it across a threshold (like progressText). */
function scoreText(score: number, bands: Thresholds): string {
  const status = statusFor(score, bands);
  for (let d = 0; d <= 6; d++) {
    if (statusFor(Number(score.toFixed(d)), bands) === status) return formatNumber(score, { maxDecimals: d });
  }
  return formatNumber(score, { maxDecimals: 12 });
}

function kpiReason(s: KpiScore, kpi: Kpi): string {
  const bands = { greenThreshold: s.greenThreshold, amberThreshold: s.amberThreshold };
  const progress = s.progress ?? s.score ?? 0;
  const head = t('review:agendaText.kpiHead', {
    status: statusWord(s.status),
    progress: progressText(progress, bands),
    thresholds: thresholdsText(bands),
  });
  if (s.actual === null) return head;
  const actual = formatValue(s.actual, kpi.unit);
  if (kpi.polarity === 'range' && kpi.rangeLow !== null && kpi.rangeHigh !== null)
    return t('review:agendaText.kpiActualRange', {
      head,
      actual,
      range: formatRange(kpi.rangeLow, kpi.rangeHigh, kpi.unit),
    });
  if (s.target !== null)
    return t('review:agendaText.kpiActualTarget', { head, actual, target: formatValue(s.target, kpi.unit) });
  return t('review:agendaText.kpiActual', { head, actual });
}

function objectiveReason(o: ObjectiveScore, kpiStatuses: readonly Status[], bands: Thresholds): string {
  const head = t('review:agendaText.objectiveHead', {
    status: statusWord(o.status),
    score: o.score === null ? '—' : scoreText(o.score, bands),
  });
  const n = kpiStatuses.length;
  const counts = (['red', 'amber', 'none'] as const)
    .map((status) => ({
      count: kpiStatuses.filter((s) => s === status).length,
      word: t(`review:agendaText.word.${status}`),
    }))
    .filter((c) => c.count > 0);
  if (counts.length === 0) return head;
  const [first, ...rest] = counts;
  const parts = [
    t('review:agendaText.firstOf', { first: first.count, count: n, word: first.word }),
    ...rest.map((c) => t('review:agendaText.more', { count: c.count, word: c.word })),
  ];
  return t('review:agendaText.objectiveParts', { head, parts: parts.join(', ') });
}

/** Red before amber, then the lowest score; no score last, and an objective before a KPI on a tie. */
function offTrack(input: AgendaInput): AgendaDraftItem[] {
  const { tree, evaluation } = input;
  const objectives = new Map(tree.objectives.map((o) => [o.id, o]));
  const kpis = new Map(tree.kpis.map((k) => [k.id, k]));
  const rollupThresholds = resolveThresholds(null, tree.scorecard);
  const statusesByObjective = new Map<number, Status[]>();
  for (const s of evaluation.kpis) {
    const kpi = kpis.get(s.kpiId);
    if (!kpi) continue;
    const list = statusesByObjective.get(kpi.objectiveId) ?? [];
    list.push(s.status);
    statusesByObjective.set(kpi.objectiveId, list);
  }
  const rows: { status: Status; score: number | null; isKpi: boolean; line: AgendaDraftItem }[] = [];
  for (const o of evaluation.objectives) {
    const objective = objectives.get(o.objectiveId);
    if (!objective || STATUS_RANK[o.status] === undefined) continue;
    const reason = objectiveReason(o, statusesByObjective.get(o.objectiveId) ?? [], rollupThresholds);
    rows.push({ ...o, isKpi: false, line: item('objective', objective.id, objective.title, reason) });
  }
  for (const s of evaluation.kpis) {
    const kpi = kpis.get(s.kpiId);
    if (!kpi || STATUS_RANK[s.status] === undefined) continue;
    rows.push({ ...s, isKpi: true, line: item('kpi', kpi.id, kpi.name, kpiReason(s, kpi)) });
  }
  // Array.prototype.sort is stable, so equal rows keep the evaluation's order (perspective, objective, position).
  rows.sort((a, b) => {
    const byStatus = (STATUS_RANK[a.status] ?? 2) - (STATUS_RANK[b.status] ?? 2);
    if (byStatus !== 0) return byStatus;
    if (a.score !== b.score) {
      if (a.score === null) return 1;
      if (b.score === null) return -1;
      return a.score - b.score;
    }
    return Number(a.isKpi) - Number(b.isKpi);
  });
  return rows.map((r) => r.line);
}

/** "due 10 Oct 2026, 12 days late", "due today" or "not due until 10 Oct 2026". */
function dueText(dueDate: string, today: string): string {
  const late = daysBetween(dueDate, today);
  if (late > 0) return t('review:agendaText.dueLate', { date: formatDay(dueDate), count: late });
  if (late === 0) return t('review:agendaText.dueToday');
  return t('review:agendaText.notDueUntil', { date: formatDay(dueDate) });
}

/**
 * KPIs with fewer values than the period needs. Nothing is listed before the period has ended: a value cannot be
 * missing yet. A KPI coarser than the period (a yearly KPI in a quarterly review) is judged on its own year, and
 * skipped while that year runs. Late ones come first, the latest first; lateness is counted from the earliest
 * missing value, since that one has waited longest.
 */
function missingData(input: AgendaInput): AgendaDraftItem[] {
  const { tree, evaluation, measurements, today } = input;
  const { scorecard } = tree;
  const fy = scorecard.fiscalYearStartMonth;
  const period = evaluation.period;
  if (today <= periodEndDate(period, fy)) return [];
  const kpis = new Map(tree.kpis.map((k) => [k.id, k]));
  const hasValue = (kpiId: number, key: string) => (measurements.get(kpiId)?.get(key)?.actual ?? null) !== null;
  const rows: { late: number; item: AgendaDraftItem }[] = [];
  for (const s of evaluation.kpis) {
    const kpi = kpis.get(s.kpiId);
    if (!kpi || s.reported >= s.expected) continue;
    const coarser = compareKinds(kpi.frequency, parsePeriod(period).kind) > 0;
    const keys = coarser ? [containingPeriod(period, kpi.frequency, fy)] : subPeriods(period, kpi.frequency, fy);
    if (coarser && today <= periodEndDate(keys[0], fy)) continue;
    const missing = keys.filter((k) => !hasValue(kpi.id, k));
    if (missing.length === 0) continue;
    const first = missing[0];
    const dueDate = dueDateOf(kpi, scorecard, first);
    const label = periodLabel(first, fy);
    const reported = t(`review:agendaText.reported.${kpi.frequency}`, {
      reported: keys.length - missing.length,
      count: keys.length,
    });
    const what =
      keys.length === 1
        ? t('review:agendaText.noValue', { period: label })
        : t(missing.length === 1 ? 'review:agendaText.oneMissing' : 'review:agendaText.firstMissing', {
            reported,
            period: label,
          });
    rows.push({
      late: daysBetween(dueDate, today),
      item: item(
        'missing_data',
        kpi.id,
        kpi.name,
        t('review:agendaText.missingReason', { what, due: dueText(dueDate, today) }),
      ),
    });
  }
  return rows.sort((a, b) => b.late - a.late).map((r) => r.item);
}

/**
 * Initiatives past their end date or behind their calendar (initiative-schedule.ts judges both), and those on
 * hold, which stand still whatever the calendar says. Past their end first, then the widest gap between time
 * used and work done.
 */
function initiatives(input: AgendaInput): AgendaDraftItem[] {
  const rows: { rank: number; gap: number; end: string; item: AgendaDraftItem }[] = [];
  for (const i of input.tree.initiatives) {
    if (i.status === 'done' || i.status === 'cancelled') continue;
    const s = initiativeSchedule(i, input.today);
    const complete = formatPercent(i.percentComplete);
    const onHold = i.status === 'on_hold';
    const add = (rank: number, gap: number, end: string, reason: string) =>
      rows.push({ rank, gap, end, item: item('initiative', i.id, i.title, reason) });
    if (s.state === 'overdue' && i.endDate) {
      const key = onHold ? 'review:agendaText.endedOnHold' : 'review:agendaText.ended';
      add(0, 0, i.endDate, t(key, { date: formatDay(i.endDate), complete }));
    } else if (s.state === 'behind' && s.expectedPercent !== null) {
      const gone = formatPercent(s.expectedPercent);
      const key = onHold ? 'review:agendaText.behindOnHold' : 'review:agendaText.behind';
      add(1, s.expectedPercent - i.percentComplete, '', t(key, { complete, gone }));
    } else if (onHold) {
      add(2, 0, '', t('review:agendaText.onHold', { complete }));
    }
  }
  rows.sort((a, b) => a.rank - b.rank || b.gap - a.gap || compareText(a.end, b.end));
  return rows.map((r) => r.item);
}

/** Open action items due on or before the meeting day, the longest overdue first. */
function actions(input: AgendaInput): AgendaDraftItem[] {
  const { today } = input;
  return input.actions
    .filter((a) => a.scorecardId === input.tree.scorecard.id && isDue(a, today))
    .sort((a, b) => compareText(a.dueDate ?? '', b.dueDate ?? '') || a.id - b.id)
    .map((a) => {
      const when = isOverdue(a, today)
        ? t('review:agendaText.overdueSince', { date: formatDay(a.dueDate ?? today) })
        : t('review:agendaText.dueTodayAction');
      const owner = a.owner.trim();
      return item('action', a.id, a.title, owner ? t('review:agendaText.withOwner', { when, owner }) : when);
    });
}

/** What the previous review decided, so the meeting can ask whether it worked. */
function decisions(input: AgendaInput): AgendaDraftItem[] {
  if (!input.previous) return [];
  const { review, items } = input.previous;
  return items
    .filter((i) => i.decision.trim() !== '')
    .slice()
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .map((i) => {
      // Reasons are one line: the first line says what was decided, the rest stays in the old review. A tab
      // would make the reason invalid as a one-line text, so it reads as a space.
      const firstLine = i.decision.trim().split(LINE_BREAK)[0].replace(CONTROL, ' ').trim();
      return item(
        'decision',
        null,
        i.title,
        t('review:agendaText.decidedOn', { date: formatDay(review.heldOn), decision: firstLine }),
      );
    });
}

const GENERATORS: Record<AgendaSource, (input: AgendaInput) => AgendaDraftItem[]> = {
  offtrack: offTrack,
  missing_data: missingData,
  initiatives,
  actions,
  decisions,
};

/**
 * The draft agenda: each template section's heading, then what each of its sources finds, in the template's order.
 * A source that finds nothing adds nothing, but its heading stays so the meeting still gives the section its time.
 */
export function generateAgenda(input: AgendaInput): AgendaDraftItem[] {
  const out: AgendaDraftItem[] = [];
  for (const section of input.sections) {
    out.push({
      kind: 'section',
      entityId: null,
      title: titleOf(section.title, t('review:agendaText.section')),
      reason: clip(section.description),
      minutes: section.minutes,
    });
    for (const source of section.sources) out.push(...GENERATORS[source](input));
  }
  return out;
}
