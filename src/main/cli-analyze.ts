/**
 * `quadrant analyze`: the strategy map's links tested against the history, how much the scores depend on the
 * weights and methods behind them, and what it would take to turn each objective that is not green (docs/strategy-check.md).
 * The same handlers as the app's Strategy check view, through the same dispatch.
 */
import { parseArgs } from 'node:util';
import { MIN_PAIRS, type LinkCheck, type Sensitivity, type StrategyCheck, type WhatItTakes } from '../shared/analysis';
import type { Status } from '../shared/domain';
import { formatNumber, formatPercent, formatValue } from '../shared/format';
import { t } from '../shared/i18n';
import { isPeriodKey, periodLabel } from '../shared/periods';
import type { Session } from './core/session';
import { call, chooseScorecards, need, openDocument, pad, UsageError, type Command, type Io } from './cli-common';
import { terminalSafe } from './cli-score';
import { usageText } from './cli-usage';

const SYNOPSIS = `quadrant analyze <file.scorecard> [--scorecard ID] [--period P] [--levels] [--max-lag K] [--step S] [--json]
                                                           test the strategy map's links; sensitivity; what it takes`;

const statusWord = (status: Status) => t(`engine:statusWord.${status}`);
const verdictWord = (verdict: LinkCheck['verdict']) => t(`cli:analyze.verdict.${verdict}`);
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
  const three = { maxDecimals: 3, minDecimals: 3 };
  return p < 0.001 ? `< ${formatNumber(0.001, three)}` : formatNumber(p, three);
}

function checkLines(check: StrategyCheck, fy: number): string[] {
  const first = check.periods[0]!;
  const last = check.periods.at(-1)!;
  const span = first === last ? periodLabel(last, fy) : t('cli:analyze.span', { first: periodLabel(first, fy), last: periodLabel(last, fy) });
  const basis = check.basis === 'changes' ? t('cli:analyze.changes') : t('cli:analyze.levels');
  const lines = [t('cli:analyze.causeHeading', { span, count: check.periods.length, basis, maxLag: check.maxLag })];
  if (check.links.length === 0) {
    lines.push(`  ${t('cli:analyze.noLinks')}`);
    return lines;
  }
  const lag = t('cli:analyze.columns.lag');
  // Wide enough for the heading in every language ('Lag', 'Verz.'), so the rows stay under it.
  const lagWidth = Math.max(4, [...lag].length + 1);
  lines.push(
    `  ${pad(t('cli:analyze.columns.link'), 56)}${lag.padStart(lagWidth)}${'Spearman'.padStart(10)}${'Pearson'.padStart(9)}` +
      `${'n'.padStart(5)}${'p'.padStart(9)}  ${t('cli:analyze.columns.verdict')}`,
  );
  for (const l of check.links) {
    const b = l.best;
    lines.push(
      `  ${pad(`${l.cause.name} → ${l.effect.name}`, 56)}${(b ? String(b.lag) : '–').padStart(lagWidth)}` +
        `${(b ? coefficient(b.spearman) : '–').padStart(10)}${(b ? coefficient(b.pearson) : '–').padStart(9)}` +
        `${String(b ? b.n : Math.max(0, ...l.lags.map((x) => x.n))).padStart(5)}${pText(b?.pValue).padStart(9)}  ${verdictWord(l.verdict)}`,
    );
  }
  if (check.links.some((l) => l.verdict === 'too-little-data')) {
    lines.push(`  ${t('cli:analyze.tooLittle', { min: MIN_PAIRS })}`);
  }
  lines.push('');
  for (const l of check.links.filter((x) => x.verdict !== 'too-little-data')) {
    lines.push(...wrap(`${l.cause.name} → ${l.effect.name}: ${l.text}`, '  ', '    '));
  }
  lines.push('', ...wrap(check.method, '  ', '  '));
  return lines;
}

function sensitivityLines(s: Sensitivity, fy: number): string[] {
  const lines = [t('cli:analyze.sensitivityHeading', { period: periodLabel(s.period, fy), step: formatNumber(s.step) })];
  for (const target of s.targets) {
    const methods = target.methods
      .map((m) => `${t(`cli:analyze.method.${m.method}`)} ${formatPercent(m.score, { maxDecimals: 1 })}`)
      .join(', ');
    const name = target.kind === 'scorecard' ? t('cli:analyze.overall') : target.name;
    lines.push(`  ${name}: ${formatPercent(target.score, { maxDecimals: 1 })} ${statusWord(target.status)} (${methods})`);
    const moving = target.swings.filter((w) => w.low !== null && w.high !== null && Math.abs(w.high - w.low) >= 0.1);
    for (const w of moving.slice(0, TOP_SWINGS)) {
      lines.push(
        `    ${pad(t('cli:analyze.weightOf', { name: w.name, weight: formatNumber(w.weight), low: formatNumber(w.lowWeight), high: formatNumber(w.highWeight) }), 60)}` +
          `${formatPercent(w.low, { maxDecimals: 1 })} … ${formatPercent(w.high, { maxDecimals: 1 })}`,
      );
    }
    const still = target.swings.length - moving.length;
    if (moving.length > TOP_SWINGS) lines.push(`    ${t('cli:analyze.moreMoving', { count: moving.length - TOP_SWINGS })}`);
    if (still > 0) lines.push(`    ${t('cli:analyze.stillWeights', { count: still })}`);
  }
  return lines;
}

function takesLines(takes: WhatItTakes): string[] {
  const lines = [`  ${takes.target.name}: ${formatPercent(takes.score, { maxDecimals: 1 })} ${statusWord(takes.status)}`];
  const can = takes.items.filter((i) => i.needed !== null);
  const cannot = takes.items.filter((i) => i.needed === null);
  for (const i of can) {
    lines.push(
      `    ${pad(i.name, 40)}${formatValue(i.current, i.unit)} → ${formatValue(i.needed, i.unit)} ` +
        `(${formatValue(i.change, i.unit, { signed: true })})${i.note ? `: ${i.note}` : ''}`,
    );
  }
  for (const i of cannot.slice(0, TOP_CANNOT)) lines.push(...wrap(`${pad(i.name, 40)}${i.note}`, '    ', ' '.repeat(44)));
  if (cannot.length > TOP_CANNOT) {
    lines.push(`    ${t('cli:analyze.moreCannot', { count: cannot.length - TOP_CANNOT })}`);
  }
  return lines;
}

export function renderAnalysisText(name: string, fy: number, a: AnalyzeJson): string {
  const lines = [t('cli:analyze.title', { name }), '', ...checkLines(a.strategyCheck, fy), '', ...sensitivityLines(a.sensitivity, fy), ''];
  const needing = [a.whatItTakes.scorecard, ...a.whatItTakes.objectives].filter((w) => w.status === 'amber' || w.status === 'red');
  lines.push(t('cli:analyze.takesHeading', { period: periodLabel(a.sensitivity.period, fy) }));
  if (needing.length === 0) lines.push(`  ${t('cli:analyze.nothingToTurn')}`);
  for (const w of needing) lines.push(...takesLines(w));
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

function intOption(text: string | undefined, option: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,2}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(t('cli:analyze.wholeNumber', { option, min, max, text }));
  }
  return Number(text);
}

function stepOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const step = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(step > 0) || step > 1000) {
    throw new UsageError(t('cli:analyze.step', { text }));
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
  need(positionals, 1, t('cli:analyze.missing'));
  if (values.period !== undefined && !isPeriodKey(values.period)) {
    throw new UsageError(t('cli:analyze.period', { text: values.period }));
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
  get usage() {
    const form = 'quadrant analyze <file.scorecard> [--scorecard ID] [--period P] [--levels] [--max-lag K] [--step S] [--json]';
    return usageText(form, t('cli:analyze.usage'));
  },
  run: runAnalyze,
};
