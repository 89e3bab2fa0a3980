/**
 * `quadrant analyze`: the strategy map's links tested against the history, how much the scores depend on the
 * weights and methods behind them, and what it would take to turn each objective that is not green (docs/strategy-check.md).
 * The same handlers as the app's Strategy check view, through the same dispatch.
 */
import { parseArgs } from 'node:util';
import { MIN_PAIRS, type LinkCheck, type Sensitivity, type StrategyCheck, type WhatItTakes } from '../shared/analysis';
import type { Status } from '../shared/domain';
import { formatNumber, formatPercent, formatValue } from '../shared/format';
import { isPeriodKey, periodLabel } from '../shared/periods';
import type { Session } from './core/session';
import { call, chooseScorecards, need, openDocument, pad, UsageError, type Command, type Io } from './cli-common';
import { terminalSafe } from './cli-score';

const SYNOPSIS = `quadrant analyze <file.scorecard> [--scorecard ID] [--period P] [--levels] [--max-lag K] [--step S] [--json]
                                                           test the strategy map's links; sensitivity; what it takes`;

const STATUS_WORD: Record<Status, string> = { green: 'green', amber: 'amber', red: 'red', none: 'no data' };
const VERDICT_WORD: Record<LinkCheck['verdict'], string> = {
  supported: 'supported',
  'not-supported': 'not supported',
  'too-little-data': 'too little data',
};
/** How many of the largest swings the text shows per target; --json has them all. */
const TOP_SWINGS = 5;
/** KPIs that cannot turn a target alone, listed before the rest are counted. */
const TOP_CANNOT = 3;
const WIDTH = 110;

export interface AnalyzeJson {
  strategyCheck: StrategyCheck;
  sensitivity: Sensitivity;
  whatItTakes: { scorecard: WhatItTakes; objectives: WhatItTakes[] };
}

interface AnalyzeOptions {
  scorecardId: number;
  period?: string;
  levels: boolean;
  maxLag?: number;
  step?: number;
}

/** Everything `analyze` prints, read through the dispatch: the period analysed is the check's last. */
export function readAnalysis(session: Session, o: AnalyzeOptions): AnalyzeJson {
  const strategyCheck = call(session, 'analysis.strategyCheck', {
    scorecardId: o.scorecardId,
    ...(o.period !== undefined ? { period: o.period } : {}),
    basis: o.levels ? 'levels' : 'changes',
    ...(o.maxLag !== undefined ? { maxLag: o.maxLag } : {}),
  });
  const period = strategyCheck.periods.at(-1)!;
  const sensitivity = call(session, 'analysis.sensitivity', {
    scorecardId: o.scorecardId,
    period,
    ...(o.step !== undefined ? { step: o.step } : {}),
  });
  const evaluation = call(session, 'scorecard.evaluate', { scorecardId: o.scorecardId, period });
  const takes = (target: { kind: 'scorecard' } | { kind: 'objective'; id: number }) =>
    call(session, 'analysis.whatItTakes', { scorecardId: o.scorecardId, period, target });
  return {
    strategyCheck,
    sensitivity,
    whatItTakes: {
      scorecard: takes({ kind: 'scorecard' }),
      objectives: evaluation.objectives.map((s) => takes({ kind: 'objective', id: s.objectiveId })),
    },
  };
}

const coefficient = (x: number | null | undefined) => formatNumber(x ?? null, { maxDecimals: 2, minDecimals: 2 });

/** A paragraph folded at WIDTH columns, so a terminal or a log reads it without scrolling sideways. */
function wrap(text: string, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && [...line].length + 1 + [...word].length > WIDTH) {
      lines.push(line);
      line = rest + word;
    } else line = line.trim() === '' ? line + word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

function pText(p: number | undefined): string {
  if (p === undefined) return '–';
  return p < 0.001 ? '< 0.001' : formatNumber(p, { maxDecimals: 3, minDecimals: 3 });
}

function checkLines(check: StrategyCheck, fy: number): string[] {
  const first = check.periods[0]!;
  const last = check.periods.at(-1)!;
  const span = first === last ? periodLabel(last, fy) : `${periodLabel(first, fy)} – ${periodLabel(last, fy)}`;
  const lines = [
    `Cause and effect — ${span} (${check.periods.length} periods), ${check.basis === 'changes' ? 'period-to-period changes' : 'levels'}, lags 0–${check.maxLag}`,
  ];
  if (check.links.length === 0) {
    lines.push('  The strategy map has no cause-and-effect links to test: draw them on the map first.');
    return lines;
  }
  lines.push(`  ${pad('Cause → effect', 56)}${'Lag'.padStart(4)}${'Spearman'.padStart(10)}${'Pearson'.padStart(9)}${'n'.padStart(5)}${'p'.padStart(9)}  Verdict`);
  for (const l of check.links) {
    const b = l.best;
    lines.push(
      `  ${pad(`${l.cause.name} → ${l.effect.name}`, 56)}${(b ? String(b.lag) : '–').padStart(4)}` +
        `${(b ? coefficient(b.spearman) : '–').padStart(10)}${(b ? coefficient(b.pearson) : '–').padStart(9)}` +
        `${String(b ? b.n : Math.max(0, ...l.lags.map((x) => x.n))).padStart(5)}${pText(b?.pValue).padStart(9)}  ${VERDICT_WORD[l.verdict]}`,
    );
  }
  if (check.links.some((l) => l.verdict === 'too-little-data')) {
    lines.push(`  Too little data: fewer than ${MIN_PAIRS} paired periods at every lag (n is the most at any lag).`);
  }
  lines.push('');
  for (const l of check.links.filter((x) => x.verdict !== 'too-little-data')) {
    lines.push(...wrap(`${l.cause.name} → ${l.effect.name}: ${l.text}`, '  ', '    '));
  }
  lines.push('', ...wrap(check.method, '  ', '  '));
  return lines;
}

function sensitivityLines(s: Sensitivity, fy: number): string[] {
  const lines = [`Sensitivity — ${periodLabel(s.period, fy)}, each weight ± ${formatNumber(s.step)}`];
  for (const t of s.targets) {
    const methods = t.methods.map((m) => `${m.method.replace('_', ' ')} ${formatPercent(m.score, { maxDecimals: 1 })}`).join(', ');
    lines.push(`  ${t.kind === 'scorecard' ? 'Overall' : t.name}: ${formatPercent(t.score, { maxDecimals: 1 })} ${STATUS_WORD[t.status]} (${methods})`);
    const moving = t.swings.filter((w) => w.low !== null && w.high !== null && Math.abs(w.high - w.low) >= 0.1);
    for (const w of moving.slice(0, TOP_SWINGS)) {
      lines.push(
        `    ${pad(`Weight of ${w.name} ${formatNumber(w.weight)} → ${formatNumber(w.lowWeight)} / ${formatNumber(w.highWeight)}`, 60)}` +
          `${formatPercent(w.low, { maxDecimals: 1 })} … ${formatPercent(w.high, { maxDecimals: 1 })}`,
      );
    }
    const still = t.swings.length - moving.length;
    if (moving.length > TOP_SWINGS) lines.push(`    and ${moving.length - TOP_SWINGS} more that move it (--json lists them)`);
    if (still > 0) lines.push(`    ${still} ${still === 1 ? 'weight moves' : 'weights move'} it by less than 0.1 points`);
  }
  return lines;
}

function takesLines(t: WhatItTakes): string[] {
  const lines = [`  ${t.target.name}: ${formatPercent(t.score, { maxDecimals: 1 })} ${STATUS_WORD[t.status]}`];
  const can = t.items.filter((i) => i.needed !== null);
  const cannot = t.items.filter((i) => i.needed === null);
  for (const i of can) {
    lines.push(
      `    ${pad(i.name, 40)}${formatValue(i.current, i.unit)} → ${formatValue(i.needed, i.unit)} ` +
        `(${formatValue(i.change, i.unit, { signed: true })})${i.note ? `: ${i.note}` : ''}`,
    );
  }
  for (const i of cannot.slice(0, TOP_CANNOT)) lines.push(...wrap(`${pad(i.name, 40)}${i.note}`, '    ', ' '.repeat(44)));
  if (cannot.length > TOP_CANNOT) {
    lines.push(`    and ${cannot.length - TOP_CANNOT} more KPIs that cannot do it alone (--json says why for each)`);
  }
  return lines;
}

export function renderAnalysisText(name: string, fy: number, a: AnalyzeJson): string {
  const lines = [`Strategy check: ${name}`, '', ...checkLines(a.strategyCheck, fy), '', ...sensitivityLines(a.sensitivity, fy), ''];
  const needing = [a.whatItTakes.scorecard, ...a.whatItTakes.objectives].filter((t) => t.status === 'amber' || t.status === 'red');
  lines.push(`What it takes to turn green — ${periodLabel(a.sensitivity.period, fy)}, one KPI at a time, the others as they are`);
  if (needing.length === 0) lines.push('  Nothing to turn: no objective is amber or red.');
  for (const t of needing) lines.push(...takesLines(t));
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

function intOption(text: string | undefined, option: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,2}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`${option} takes a whole number of periods from ${min} to ${max}, not “${text}”.`);
  }
  return Number(text);
}

function stepOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const step = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(step > 0) || step > 1000) {
    throw new UsageError(`--step takes a weight step above 0 and at most 1000, such as 1 or 0.5, not “${text}”.`);
  }
  return step;
}

function runAnalyze(args: string[], io: Io): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      scorecard: { type: 'string' },
      period: { type: 'string' },
      levels: { type: 'boolean' },
      'max-lag': { type: 'string' },
      step: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  need(positionals, 1, 'the document to analyse');
  if (values.period !== undefined && !isPeriodKey(values.period)) {
    throw new UsageError(`--period takes a month (2026-03), quarter (2026-Q3) or year (2026), not “${values.period}”.`);
  }
  const maxLag = intOption(values['max-lag'], '--max-lag', 0, 12);
  const step = stepOption(values.step);
  const { session, info } = openDocument(positionals[0]!);
  try {
    const [scorecardId] = chooseScorecards(info, values.scorecard, false) as [number];
    const analysis = readAnalysis(session, { scorecardId, period: values.period, levels: values.levels === true, maxLag, step });
    if (values.json) {
      io.out(`${JSON.stringify(analysis, null, 2)}\n`);
      return;
    }
    const scorecard = call(session, 'scorecard.get', { id: scorecardId }).scorecard;
    io.out(renderAnalysisText(scorecard.name, scorecard.fiscalYearStartMonth, analysis));
  } finally {
    session.close();
  }
}

export const ANALYZE: Command = {
  synopsis: SYNOPSIS,
  usage: `Usage: quadrant analyze <file.scorecard> [--scorecard ID] [--period P] [--levels] [--max-lag K] [--step S] [--json]

Tests each cause-and-effect link of the strategy map against the history: the cause's and the effect's changes
from period to period, at lags 0 to K, with Spearman and Pearson correlations, the paired periods and a
permutation p-value corrected for testing several lags; a verdict in plain words that never claims causation.
Then how much the overall and each perspective's score depend on the rollup method and on each weight, and,
for the scorecard and each objective that is amber or red, the value of each KPI alone that would turn it green
(docs/strategy-check.md). Nothing is written.

  --scorecard ID   which scorecard of the document (default: the first)
  --period P       the last period of the history and the period of the sensitivity (a month, quarter or year);
                   default: the latest period with data
  --levels         compare the levels instead of the changes (trending series then look related)
  --max-lag K      test lags 0 to K periods, 0–12 (default: the scorecard's setting, else 2 quarters or 6 months)
  --step S         how far each weight goes down and up for the sensitivity (default 1)
  --json           everything as JSON: { strategyCheck, sensitivity, whatItTakes: { scorecard, objectives } }`,
  run: runAnalyze,
};
