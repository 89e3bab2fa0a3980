/**
 * A period comparison as plain text, for `quadrant diff` and anything else that prints to a terminal or a log.
 * No colours or escape codes: the output is piped, diffed and pasted into e-mails as often as it is read on screen.
 */
import type { ActionItem } from './review';
import { EMPTY_VALUE, formatNumber } from './format';
import { t } from './i18n';
import type { PeriodComparison, ScoreChange, ScoreSide } from './period-compare';
import { KIND_WORDS } from './period-compare-words';

const INDENT = '  ';
const GAP = '  ';
/** Names may be 200 characters; beyond this a table no longer fits a terminal, so the rest is cut with an ellipsis. */
const MAX_NAME = 40;

/** Width in code points, so '→' and '—' count as one column like they show. */
const width = (s: string): number => [...s].length;

function clip(s: string, max = MAX_NAME): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

/** Pads every column but the last to its widest cell; trailing spaces are trimmed so lines diff cleanly. */
function table(rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return [`${INDENT}${EMPTY_VALUE}`];
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) => {
    const cells = row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i] - width(cell))));
    return `${INDENT}${cells.join(GAP)}`.trimEnd();
  });
}

/** "88.9 amber", "no data" for a node with nothing reported, "—" when the node is not in that period. */
function sideText(s: ScoreSide | null): string {
  if (s === null) return EMPTY_VALUE;
  const status = t(`engine:statusWord.${s.status}`);
  if (s.score === null) return status;
  return t('engine:diffText.score', { score: formatNumber(s.score, { maxDecimals: 1 }), status });
}

function scoreRows(c: PeriodComparison): string[][] {
  const header = ['', '', c.fromLabel, c.toLabel, ''];
  return [
    header,
    ...c.scores.map((s: ScoreChange) => [
      KIND_WORDS[s.kind],
      clip(s.name),
      sideText(s.from),
      sideText(s.to),
      t(`engine:diffText.change.${s.change}`),
    ]),
  ];
}

const owner = (a: ActionItem): string => (a.owner.trim() === '' ? EMPTY_VALUE : a.owner);

function openedRows(actions: readonly ActionItem[]): string[][] {
  return actions.map((a) => [
    a.createdOn,
    clip(a.title),
    owner(a),
    a.dueDate === null ? t('engine:diffText.noDueDate') : t('engine:diffText.due', { date: a.dueDate }),
    t(`engine:diffText.action.${a.status}`),
  ]);
}

function closedRows(actions: readonly ActionItem[]): string[][] {
  return actions.map((a) => [
    a.closedOn ?? EMPTY_VALUE,
    clip(a.title),
    owner(a),
    t(`engine:diffText.action.${a.status}`),
  ]);
}

function summaryLine(c: PeriodComparison): string {
  const s = c.summary;
  return t('engine:diffText.summary', {
    improved: formatNumber(s.improved),
    worsened: formatNumber(s.worsened),
    unchanged: formatNumber(s.unchanged),
    new: formatNumber(s.new),
    gone: formatNumber(s.gone),
    noData: formatNumber(s['no-data']),
  });
}

function section(title: string, lines: readonly string[]): string[] {
  return ['', title, ...lines];
}

export function renderComparisonText(c: PeriodComparison): string {
  const heading = `${c.fromLabel} → ${c.toLabel}`;
  const structure = c.structure.map((s) => [
    KIND_WORDS[s.kind],
    clip(s.name),
    t(`engine:diffText.structureChange.${s.change}`),
    s.detail,
  ]);
  const lines = [
    heading,
    '='.repeat(width(heading)),
    summaryLine(c),
    // The scorecard itself is always compared, so this table is never empty and its header names both periods.
    ...section(t('engine:diffText.scores'), table(scoreRows(c))),
    ...section(t('engine:diffText.structure'), table(structure)),
    ...section(t('engine:diffText.actionsOpened'), table(openedRows(c.actionsOpened))),
    ...section(t('engine:diffText.actionsClosed'), table(closedRows(c.actionsClosed))),
  ];
  return `${lines.join('\n')}\n`;
}
