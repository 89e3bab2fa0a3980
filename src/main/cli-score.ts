/** Text rendering of `quadrant score`: an aligned, readable table for a terminal or a log. */
import type { Kpi, Measurement, Scorecard, ScorecardTree, Status } from '../shared/domain';
import type { Evaluation, RollupScore } from '../shared/evaluation';
import { formatPercent, formatRange, formatValue } from '../shared/format';
import { compareKinds, comparePeriods, containingPeriod, periodKind } from '../shared/periods';

const STATUS_WORD: Record<Status, string> = { green: '✓ green', amber: '! amber', red: '✕ red', none: '– no data' };

/** The latest period at the scorecard's granularity that has any actual value at that granularity or finer. */
export function latestPeriodWithData(scorecard: Scorecard, measurements: Measurement[]): string | null {
  let latest: string | null = null;
  for (const m of measurements) {
    if (m.actual === null || compareKinds(periodKind(m.period), scorecard.granularity) > 0) continue;
    const p = containingPeriod(m.period, scorecard.granularity, scorecard.fiscalYearStartMonth);
    if (latest === null || comparePeriods(p, latest) > 0) latest = p;
  }
  return latest;
}

/** The target in words: a band for target-range KPIs, a bound for the others. */
function targetText(k: Kpi, target: number | null): string {
  if (k.polarity === 'range') {
    return k.rangeLow === null || k.rangeHigh === null
      ? 'no target range'
      : `target range ${formatRange(k.rangeLow, k.rangeHigh, k.unit)}`;
  }
  return `target ${formatValue(target, k.unit)}`;
}

function pad(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? `${[...s].slice(0, n - 1).join('')}…` : s + ' '.repeat(n - len);
}

function rollupCells(r: RollupScore): string {
  return `${formatPercent(r.score).padStart(6)}  ${pad(STATUS_WORD[r.status], 10)} ${r.reported} of ${r.total} reported`;
}

export function renderScoreText(tree: ScorecardTree, ev: Evaluation, periodText: string): string {
  const lines: string[] = [];
  lines.push(`${tree.scorecard.name} — ${periodText}`);
  lines.push(`Overall ${rollupCells(ev.scorecard)}`);
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
          `    ${key}${pad(k.name, 38)}${formatPercent(s.progress).padStart(6)}  ${pad(STATUS_WORD[s.status], 10)} ` +
            `actual ${formatValue(s.actual, k.unit)}, ${targetText(k, s.target)}`,
        );
      }
    }
    lines.push('');
  }
  lines.push('★ key KPI. Progress per KPI as computed by the scoring engine; `--json` adds the formula of each.');
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

/**
 * Names come from documents people send each other: a control character in one (an escape sequence) must not
 * reach the terminal, where it could recolour, retitle or rewrite what the user sees, nor a line break inside a
 * name fake a line of the table. Applied to each line; the breaks between lines are ours.
 */
export function terminalSafe(line: string): string {
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\uFFFD');
}
