/** report.* : the data of the PDF report, and the report dialog's choices remembered in the document. */
import { basename } from 'node:path';
import type { Note, ScorecardTree } from '../../../shared/domain';
import type { Evaluation } from '../../../shared/evaluation';
import { newestFirst, notesOfPeriod } from '../../../shared/notes';
import { periodEndDate, periodLabel, periodStartDate } from '../../../shared/periods';
import {
  DEFAULT_REPORT_SETTINGS,
  REPORT_SECTIONS,
  ReportSettings,
  SETTINGS_KEY_REPORT,
  type ReportData,
  type ReportKpiPoint,
  type ReportOptions,
  type ReportScorecard,
  type ReportSection,
} from '../../../shared/report';
import { historyPeriods, initiativeProgress, topRisks } from '../../../shared/report-analysis';
import { treeFor } from '../../../shared/closed-periods';
import { comparePeriodsOf } from '../../../shared/period-compare';
import { currentLanguage, currentLocale, t, withLocale } from '../../../shared/i18n';
import { localeFor } from '../../../shared/i18n/languages';
import { reportAlignment } from '../report-alignment';
import { reportWorkshops } from '../report-workshops';
import type { Session } from '../session';
import { closedSnapshots } from './closed';
import { noteHandlers } from './note';
import { scorecardHandlers } from './scorecard';
import type { HandlerGroup } from './types';

/** Notes shown on a key KPI's page: the newest few, so the page never overflows. */
const NOTES_PER_KPI = 3;

function keyKpiHistory(
  tree: ScorecardTree,
  evaluations: readonly Evaluation[],
  fyStart: number,
): Record<number, ReportKpiPoint[]> {
  const history: Record<number, ReportKpiPoint[]> = {};
  const keyIds = new Set(tree.kpis.filter((k) => k.isKey).map((k) => k.id));
  for (const evaluation of evaluations) {
    const label = periodLabel(evaluation.period, fyStart);
    for (const s of evaluation.kpis) {
      if (!keyIds.has(s.kpiId)) continue;
      (history[s.kpiId] ??= []).push({
        period: evaluation.period,
        label,
        actual: s.actual,
        target: s.target,
        status: s.status,
        greenThreshold: s.greenThreshold,
        amberThreshold: s.amberThreshold,
      });
    }
  }
  return history;
}

function kpiNotes(
  tree: ScorecardTree,
  notes: readonly Note[],
  window: string[],
  fyStart: number,
): Record<number, Note[]> {
  const from = periodStartDate(window[0]!, fyStart);
  const to = periodEndDate(window[window.length - 1]!, fyStart);
  const inWindow = (n: Note) =>
    n.period === null || (periodStartDate(n.period, fyStart) >= from && periodStartDate(n.period, fyStart) <= to);
  const out: Record<number, Note[]> = {};
  for (const kpi of tree.kpis) {
    if (!kpi.isKey) continue;
    out[kpi.id] = notes
      .filter((n) => n.entityType === 'kpi' && n.entityId === kpi.id && inWindow(n))
      .sort(newestFirst)
      .slice(0, NOTES_PER_KPI);
  }
  return out;
}

function reportScorecard(session: Session, scorecardId: number, period: string): ReportScorecard {
  const { repos } = session.require();
  const closed = closedSnapshots(repos, scorecardId);
  const live = scorecardHandlers['scorecard.get']({ id: scorecardId }, session);
  // A closed period reports with the structure it was closed with: its report does not change when a target does.
  const tree = treeFor(live, closed, period);
  const fyStart = tree.scorecard.fiscalYearStartMonth;
  const window = historyPeriods(period);
  const evaluations = scorecardHandlers['scorecard.evaluateMany']({ scorecardId, periods: window }, session);
  const evaluation = evaluations[evaluations.length - 1]!;
  const previous = evaluations[evaluations.length - 2]!;
  // The same notes the notes timeline and the KPI detail show, by the same rule for which belong to the period.
  const allNotes = noteHandlers['note.list']({ scorecardId }, session);
  const notes = notesOfPeriod(allNotes, period, fyStart);
  const end = periodEndDate(period, fyStart);
  return {
    tree,
    period,
    periodLabel: periodLabel(period, fyStart),
    previousPeriod: previous.period,
    previousLabel: periodLabel(previous.period, fyStart),
    evaluation,
    previous,
    history: keyKpiHistory(tree, evaluations, fyStart),
    notes,
    kpiNotes: kpiNotes(tree, allNotes, window, fyStart),
    risks: topRisks(tree, evaluation),
    initiatives: initiativeProgress(tree, end),
    changes: comparePeriodsOf(
      { period: previous.period, tree: treeFor(live, closed, previous.period), evaluation: previous },
      { period, tree, evaluation },
      repos.review.actions.list({ scorecardId }),
    ),
    alignment: reportAlignment(repos, tree, period),
    workshops: reportWorkshops(repos, scorecardId, end),
  };
}

/**
 * The report's data in its own language: formula texts, period labels and schedule words are made in it. Without a
 * language of its own the report is in the language the process is in (the app's choice, the command line's).
 */
export function buildReportData(session: Session, options: ReportOptions, now = new Date()): ReportData {
  const locale = options.language ? localeFor(options.language, currentLocale()) : currentLocale();
  return withLocale(locale, () => reportData(session, options, now));
}

function reportData(session: Session, options: ReportOptions, now: Date): ReportData {
  const { store } = session.require();
  const scorecards = options.scorecardIds.map((id) => reportScorecard(session, id, options.period));
  const documentName = basename(store.path).replace(/\.scorecard$/i, '');
  // The untouched default title is the product's words, so it is said in the report's language.
  const title = options.cover.title === DEFAULT_REPORT_SETTINGS.cover.title ? '' : options.cover.title;
  return {
    options,
    locale: currentLocale(),
    language: currentLanguage(),
    documentName,
    generatedAt: now.toISOString(),
    cover: {
      title: title || t('report:cover.defaultTitle'),
      companyName: options.cover.companyName || scorecards[0]!.tree.scorecard.name,
      preparedBy: options.cover.preparedBy,
      date: options.cover.date ?? now.toISOString().slice(0, 10),
      logo: options.cover.logo,
    },
    scorecards,
  };
}

/** What a report offered before it had workshops: choices saved then knew nothing of the sections added since. */
const SECTIONS_BEFORE_WORKSHOPS: readonly ReportSection[] = REPORT_SECTIONS.filter((s) => s !== 'workshops');

/**
 * The saved sections, with the sections added to the report since the choice was saved ticked, as a new document
 * has them: whoever exported every section then was not asked about workshops, and would not find them.
 */
function withNewSections(sections: readonly ReportSection[], saved: unknown): ReportSection[] {
  if (typeof saved !== 'object' || saved === null) return [...sections];
  const { offered: listed } = saved as { offered?: unknown };
  const offered = Array.isArray(listed) ? (listed as unknown[]) : SECTIONS_BEFORE_WORKSHOPS;
  return REPORT_SECTIONS.filter((s) => sections.includes(s) || !offered.includes(s));
}

export const reportHandlers: HandlerGroup<'report'> = {
  'report.data': (input, session) =>
    buildReportData(session, { ...input, cover: { ...DEFAULT_REPORT_SETTINGS.cover, ...input.cover } }),
  'report.settings.get': (_input, session) => {
    const { repos } = session.require();
    const parsed = ReportSettings.safeParse({
      ...DEFAULT_REPORT_SETTINGS,
      ...(repos.settings.get(SETTINGS_KEY_REPORT) as object),
    });
    const settings = parsed.success ? parsed.data : DEFAULT_REPORT_SETTINGS;
    const sections = withNewSections(settings.sections, repos.settings.get(SETTINGS_KEY_REPORT));
    // Scorecards deleted since: forget them; none left means the first one.
    const existing = new Set(repos.scorecards.list().map((s) => s.id));
    const ids = settings.scorecardIds.filter((id) => existing.has(id));
    const first = repos.scorecards.list()[0];
    return { ...settings, sections, scorecardIds: ids.length > 0 || !first ? ids : [first.id] };
  },
  'report.settings.set': (input, session) => {
    const { repos } = session.require();
    for (const id of input.scorecardIds) repos.scorecards.get(id);
    repos.settings.set(SETTINGS_KEY_REPORT, { ...input, offered: [...REPORT_SECTIONS] });
    return input;
  },
};
