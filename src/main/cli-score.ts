/** `quadrant score`, and its text rendering: an aligned, readable table for a terminal or a log. */
import { parseArgs } from 'node:util';
import type { Kpi, ScorecardTree, Status } from '../shared/domain';
import { AppError, ErrorCode } from '../shared/errors';
import type { Evaluation, Formula, RollupScore } from '../shared/evaluation';
import type { KeyResultDirection, KeyResultKind } from '../shared/okr';
import { confidenceText, currentToTarget, okrGroups, okrScoreOrDash } from '../shared/report-okrs';
import { formatPercent, formatRange, formatValue } from '../shared/format';
import { t } from '../shared/i18n';
import { latestPeriodWithData } from '../shared/period-choice';
import { periodEndDate, periodKind, periodLabel } from '../shared/periods';
import { call, chooseScorecards, helpText, need, openDocument, pad, type Command } from './cli-common';

const MARK: Record<Status, string> = { green: '✓', amber: '!', red: '✕', none: '–' };
const STATUSES = Object.keys(MARK) as Status[];

/** A status never told by its sign alone: the sign and the word, in a column as wide as the longest word needs. */
const statusWord = (s: Status): string => `${MARK[s]} ${t(`engine:statusWord.${s}`)}`;
const statusCell = (s: Status): string => pad(statusWord(s), Math.max(...STATUSES.map((x) => [...statusWord(x)].length)) + 1);

/** The target in words: a band for target-range KPIs, a bound for the others. */
function targetText(k: Kpi, target: number | null): string {
  if (k.polarity === 'range') {
    return k.rangeLow === null || k.rangeHigh === null
      ? t('cli:scoreText.noRange')
      : t('cli:scoreText.range', { range: formatRange(k.rangeLow, k.rangeHigh, k.unit) });
  }
  return t('cli:scoreText.target', { target: formatValue(target, k.unit) });
}

function rollupCells(r: RollupScore): string {
  return `${formatPercent(r.score).padStart(6)}  ${statusCell(r.status)} ${t('cli:scoreText.reported', { reported: r.reported, total: r.total })}`;
}

export function renderScoreText(tree: ScorecardTree, ev: Evaluation, periodText: string): string {
  const lines: string[] = [];
  lines.push(`${tree.scorecard.name} — ${periodText}`);
  lines.push(t('cli:scoreText.overall', { cells: rollupCells(ev.scorecard) }));
  lines.push('');
  const kpiScore = new Map(ev.kpis.map((k) => [k.kpiId, k]));
  const objScore = new Map(ev.objectives.map((o) => [o.objectiveId, o]));
  for (const p of ev.perspectives) {
    const perspective = tree.perspectives.find((x) => x.id === p.perspectiveId)!;
    lines.push(`${pad(perspective.name, 44)}${rollupCells(p)}`);
    for (const o of tree.objectives.filter((x) => x.perspectiveId === perspective.id)) {
      lines.push(`  ${pad(o.title, 42)}${rollupCells(objScore.get(o.id)!)}`);
      for (const k of tree.kpis.filter((x) => x.objectiveId === o.id)) {
        const s = kpiScore.get(k.id)!;
        const key = k.isKey ? '★ ' : '  ';
        lines.push(
          `    ${key}${pad(k.name, 38)}${formatPercent(s.progress).padStart(6)}  ${statusCell(s.status)} ` +
            t('cli:scoreText.actual', { actual: formatValue(s.actual, k.unit), target: targetText(k, s.target) }),
        );
      }
    }
    lines.push('');
  }
  const okrs = okrLines(tree, ev);
  lines.push(...okrs);
  lines.push(okrs.length > 0 ? t('cli:scoreText.footnoteOkrs') : t('cli:scoreText.footnote'));
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

export const SCORE: Command = {
  synopsis: `quadrant score <file.scorecard> [--period 2026-Q3] [--scorecard ID] [--json]
                                                           score every KPI, objective and perspective for a period`,
  get usage() {
    return helpText(
      'quadrant score <file.scorecard> [--period 2026-Q3] [--scorecard ID] [--json]',
      t('cli:scoreCommand.about'),
      [
        ['--period P', t('cli:scoreCommand.period')],
        ['--scorecard ID', t('cli:scoreCommand.scorecard')],
        ['--json', t('cli:scoreCommand.json')],
      ],
      17,
    );
  },
  run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { period: { type: 'string' }, scorecard: { type: 'string' }, json: { type: 'boolean' } },
    });
    need(positionals, 1, t('cli:scoreCommand.what'));
    const { session, info } = openDocument(positionals[0]!);
    try {
      const [scorecardId] = chooseScorecards(info, values.scorecard, false) as [number];
      const tree = call(session, 'scorecard.get', { id: scorecardId });
      const measurements = call(session, 'measurement.list', { scorecardId });
      const period = values.period ?? latestPeriodWithData(tree.scorecard, measurements);
      if (!period) throw new AppError(ErrorCode.VALIDATION, t('cli:errors.noMeasurements'));
      const evaluation: Evaluation = call(session, 'scorecard.evaluate', { scorecardId, period });
      if (values.json) {
        io.out(`${JSON.stringify(scoreJson(tree, evaluation), null, 2)}\n`);
      } else {
        const label = periodLabel(period, tree.scorecard.fiscalYearStartMonth);
        io.out(renderScoreText(tree, evaluation, `${label}${periodKind(period) === 'year' ? '' : ` (${period})`}`));
      }
    } finally {
      session.close();
    }
  },
};

/** Each objective with key results in the period, its OKR score, and each key result on one line. */
function okrLines(tree: ScorecardTree, ev: Evaluation): string[] {
  const groups = okrGroups(tree, ev, periodEndDate(ev.period, tree.scorecard.fiscalYearStartMonth));
  if (groups.length === 0) return [];
  const lines = [t('cli:scoreText.keyResults')];
  for (const { objective, okr, keyResults } of groups) {
    const score = okrScoreOrDash(okr.score, okr.kind);
    lines.push(
      `  ${pad(objective.title, 42)}${score.padStart(6)}  ${statusCell(okr.status)} ` +
        t('cli:scoreText.scored', { reported: okr.reported, total: okr.total, kind: t(`cli:scoreText.kind.${okr.kind}`) }),
    );
    for (const { keyResult: kr, score: s } of keyResults) {
      lines.push(
        `    ${pad(kr.title, 40)}${okrScoreOrDash(s.score, okr.kind).padStart(6)}  ${statusCell(s.status)} ` +
          t('cli:scoreText.confidence', { values: currentToTarget(kr, s.current), confidence: confidenceText(s.confidence) }),
      );
    }
  }
  lines.push('');
  return lines;
}

/** A key result in `quadrant score --json`: its definition and its score for the period, with the formula. */
export interface KeyResultJson {
  id: number;
  objectiveId: number;
  /** The objective's title. */
  objective: string;
  title: string;
  kind: KeyResultKind;
  direction: KeyResultDirection;
  cycle: string;
  unit: string;
  startValue: number | null;
  current: number | null;
  target: number | null;
  weight: number;
  owner: string;
  /** 0.0–1.0, null when it has no score (no value yet, no target). */
  score: number | null;
  /** Unclamped fraction of the way from start to target. */
  progress: number | null;
  status: Status;
  /** 0–10, from the latest check-in up to the period's end. */
  confidence: number | null;
  /** The check-in date or KPI period the current value comes from. */
  asOf: string | null;
  formula: Formula;
}

export type OkrJson = Evaluation['okrs'][number] & { objective: string };

export type ScoreJson = Omit<Evaluation, 'keyResults' | 'okrs'> & { keyResults: KeyResultJson[]; okrs: OkrJson[] };

/** The evaluation as `--json` prints it: key results and OKRs carry their titles and definitions beside their scores. */
export function scoreJson(tree: ScorecardTree, ev: Evaluation): ScoreJson {
  const keyResults = new Map(tree.keyResults.map((kr) => [kr.id, kr]));
  const titles = new Map(tree.objectives.map((o) => [o.id, o.title]));
  return {
    ...ev,
    keyResults: ev.keyResults.flatMap((s) => {
      const kr = keyResults.get(s.keyResultId);
      if (!kr) return [];
      return [
        {
          id: kr.id,
          objectiveId: kr.objectiveId,
          objective: titles.get(kr.objectiveId) ?? '',
          title: kr.title,
          kind: kr.kind,
          direction: kr.direction,
          cycle: kr.cycle,
          unit: kr.unit,
          startValue: kr.startValue,
          current: s.current,
          target: kr.target,
          weight: kr.weight,
          owner: kr.owner,
          score: s.score,
          progress: s.progress,
          status: s.status,
          confidence: s.confidence,
          asOf: s.asOf,
          formula: s.formula,
        },
      ];
    }),
    okrs: ev.okrs.map((o) => ({ ...o, objective: titles.get(o.objectiveId) ?? '' })),
  };
}

/**
 * Names come from documents people send each other: a control character in one (an escape sequence) must not
 * reach the terminal, where it could recolour, retitle or rewrite what the user sees, nor a line break inside a
 * name fake a line of the table. Applied to each line; the breaks between lines are ours.
 */
export function terminalSafe(line: string): string {
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\uFFFD');
}
