/**
 * `quadrant due` and `quadrant diff`: the review cycle's two commands for a terminal, a log or a scheduled job.
 * `due` lists the KPI values due and overdue by owner, so a job can remind people; it exits 0 whether or not
 * anything is due (a reminder job decides from the output, not from a failure). `diff` compares two periods.
 */
import { parseArgs } from 'node:util';
import { IsoDate, type ScorecardTree } from '../shared/domain';
import { groupDueByOwner, type DueEntry } from '../shared/data-due';
import { t } from '../shared/i18n';
import { periodLabel } from '../shared/periods';
import { renderComparisonText } from '../shared/period-compare-text';
import { localToday } from './core/handlers/review';
import { periodArgument } from './cli-minutes';
import { call, chooseScorecards, helpText, need, openDocument, UsageError, type Command } from './cli-common';
import { terminalSafe } from './cli-score';

/** Names may be 200 characters; beyond this the line no longer fits a terminal. */
const MAX_NAME = 44;

const width = (s: string): number => [...s].length;
const clip = (s: string): string => (width(s) <= MAX_NAME ? s : `${[...s].slice(0, MAX_NAME - 1).join('')}…`);
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

/** A due entry as JSON: the entry itself, with the words a reminder needs beside the keys. */
interface DueJson extends DueEntry {
  scorecardName: string;
  periodLabel: string;
}

function stateText(e: DueEntry): string {
  if (e.state === 'due') return t('cli:due.due');
  return t('cli:due.overdueDays', { count: e.daysLate });
}

/** Text grouped by owner: a heading per owner, one aligned line per missing value. */
export function renderDueText(entries: readonly DueJson[], today: string, manyScorecards: boolean): string {
  const overdue = entries.filter((e) => e.state === 'overdue').length;
  if (entries.length === 0) return `${t('cli:due.nothing', { today })}\n`;
  const values = t('cli:due.values', { count: entries.length });
  const lines = [t('cli:due.heading', { today, values, overdue })];
  const row = (e: DueJson) => [
    stateText(e),
    clip(e.kpiName),
    `${e.periodLabel} (${e.period})`,
    `${t('cli:due.dueOn', { date: e.dueDate })}${manyScorecards ? `  ${clip(e.scorecardName)}` : ''}`,
  ];
  const groups = groupDueByOwner(entries).map((g) => ({ owner: g.owner, rows: (g.entries as DueJson[]).map(row) }));
  // One set of column widths for every owner, so the columns line up down the whole list.
  const widths = [0, 1, 2].map((i) => Math.max(...groups.flatMap((g) => g.rows.map((r) => width(r[i]!)))));
  for (const group of groups) {
    lines.push('', group.owner || t('cli:due.noOwner'));
    for (const r of group.rows) {
      lines.push(`  ${r.map((cell, i) => (i < 3 ? pad(cell, widths[i]!) : cell)).join('  ')}`.trimEnd());
    }
  }
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

const DUE: Command = {
  synopsis: `quadrant due <file.scorecard> [--scorecard ID] [--today 2026-11-20] [--json]
                                                           KPI data due and overdue, by owner`,
  get usage() {
    return helpText(
      'quadrant due <file.scorecard> [--scorecard ID] [--today 2026-11-20] [--json]',
      t('cli:dueCommand.about'),
      [
        ['--scorecard ID', t('cli:dueCommand.scorecard')],
        ['--today 2026-11-20', t('cli:dueCommand.today')],
        ['--json', t('cli:dueCommand.json')],
      ],
      22,
    );
  },
  run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { scorecard: { type: 'string' }, today: { type: 'string' }, json: { type: 'boolean' } },
    });
    need(positionals, 1, t('cli:dueCommand.what'));
    if (values.today !== undefined && !IsoDate.safeParse(values.today).success) {
      throw new UsageError(t('cli:dueCommand.badToday', { value: values.today }));
    }
    const { session, info } = openDocument(positionals[0]!);
    try {
      const scorecardIds =
        values.scorecard === undefined
          ? info.scorecards.map((s) => s.id)
          : chooseScorecards(info, values.scorecard, false);
      const trees = new Map<number, ScorecardTree>(
        scorecardIds.map((id) => [id, call(session, 'scorecard.get', { id })]),
      );
      // Named once here, so the text and the JSON say which day they counted from.
      const today = values.today ?? localToday();
      const entries: DueJson[] = scorecardIds
        .flatMap((scorecardId) => call(session, 'due.list', { scorecardId, today }))
        .map((e) => {
          const sc = trees.get(e.scorecardId)!.scorecard;
          return { ...e, scorecardName: sc.name, periodLabel: periodLabel(e.period, sc.fiscalYearStartMonth) };
        });
      if (values.json) {
        const owners = groupDueByOwner(entries);
        const overdue = entries.filter((e) => e.state === 'overdue').length;
        io.out(`${JSON.stringify({ today, due: entries.length - overdue, overdue, owners }, null, 2)}\n`);
      } else {
        io.out(renderDueText(entries, today, scorecardIds.length > 1));
      }
    } finally {
      session.close();
    }
  },
};

const DIFF: Command = {
  synopsis: `quadrant diff <file.scorecard> <period> <period> [--scorecard ID] [--json]
                                                           what changed between two periods`,
  get usage() {
    return helpText(
      'quadrant diff <file.scorecard> <from-period> <to-period> [--scorecard ID] [--json]',
      t('cli:diffCommand.about'),
      [
        ['<from-period> <to-period>', t('cli:diffCommand.periods')],
        ['--scorecard ID', t('cli:diffCommand.scorecard')],
        ['--json', t('cli:diffCommand.json')],
      ],
      28,
    );
  },
  run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { scorecard: { type: 'string' }, json: { type: 'boolean' } },
    });
    need(positionals, 3, t('cli:diffCommand.what'));
    const from = periodArgument(positionals[1]!, t('cli:diffCommand.firstPeriod'));
    const to = periodArgument(positionals[2]!, t('cli:diffCommand.secondPeriod'));
    const { session, info } = openDocument(positionals[0]!);
    try {
      const [scorecardId] = chooseScorecards(info, values.scorecard, false) as [number];
      const comparison = call(session, 'period.compare', { scorecardId, from, to });
      if (values.json) {
        io.out(`${JSON.stringify(comparison, null, 2)}\n`);
      } else {
        const text = renderComparisonText(comparison);
        io.out(`${text.split('\n').map(terminalSafe).join('\n')}`);
      }
    } finally {
      session.close();
    }
  },
};

export { DIFF, DUE };
