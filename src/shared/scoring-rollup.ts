/** Rolling child scores up: KPIs into an objective, objectives into a perspective, perspectives into the scorecard. */
import type { RollupMethod, Status } from './domain';
import type { RollupScore } from './evaluation';
import { formatNumber, formatPercent } from './format';
import { outcomeText, statusFor, worstStatus, type Thresholds } from './scoring-status';

export type RollupFormulaMethod = 'weighted-mean' | 'worst-child' | 'no-children' | 'no-data' | 'zero-weight';

export interface RollupChild {
  /** For the formula text of worst_child, which names the child that set the status. */
  name: string;
  /** 0–100, null when the child has no score. */
  score: number | null;
  status: Status;
  weight: number;
}

export interface ChildNoun {
  one: string;
  many: string;
  /** What the children are when they are of several kinds, after their count: "(2 KPIs, 1 key result)". */
  detail?: string;
}

/** Long formulas stay readable in a tooltip and a PDF cell. */
const MAX_TERMS = 8;

function count(n: number, noun: ChildNoun): string {
  const counted = `${n} ${n === 1 ? noun.one : noun.many}`;
  return noun.detail === undefined ? counted : `${counted} ${noun.detail}`;
}

/** The noun of children of several kinds: "items (2 KPIs, 1 key result)"; the kind's own noun when only one kind is present. */
export function mixedNoun(parts: readonly { n: number; noun: ChildNoun }[]): ChildNoun {
  const present = parts.filter((p) => p.n > 0);
  if (present.length <= 1) return (present[0] ?? parts[0]).noun;
  const detail = present.map((p) => `${p.n} ${p.n === 1 ? p.noun.one : p.noun.many}`).join(', ');
  return { one: 'item', many: 'items', detail: `(${detail})` };
}

function abbreviate(terms: readonly string[], separator: string): string {
  if (terms.length <= MAX_TERMS) return terms.join(separator);
  return `${terms.slice(0, MAX_TERMS).join(separator)}${separator}…`;
}

export function rollup(
  children: readonly RollupChild[],
  method: RollupMethod,
  thresholds: Thresholds,
  noun: ChildNoun,
): RollupScore {
  const total = children.length;
  const reportedChildren = children.filter((c) => c.score !== null);
  const reported = reportedChildren.length;
  // Weight 0 means "show it, do not count it".
  const counted = reportedChildren.filter((c) => c.weight > 0);
  const none = (formulaMethod: RollupFormulaMethod, text: string): RollupScore => ({
    score: null,
    status: 'none',
    reported,
    total,
    method,
    formula: { method: formulaMethod, text },
  });
  if (total === 0) return none('no-children', `No ${noun.many} to roll up.`);
  if (reported === 0) return none('no-data', `No data: 0 of ${count(total, noun)} reported.`);
  if (counted.length === 0) {
    const all = reported === 1 ? 'it has' : 'all of them have';
    return none('zero-weight', `${reported} of ${count(total, noun)} reported, but ${all} weight 0, so none counts.`);
  }
  const of = reported < total ? `${reported} of ${count(total, noun)}` : count(total, noun);
  const zeroWeight = reported - counted.length;
  const notCounted = zeroWeight > 0 ? ` (${zeroWeight} with weight 0 not counted)` : '';
  const scores = counted.map((c) => c.score as number);
  const min = scores.reduce((a, b) => Math.min(a, b));
  const max = scores.reduce((a, b) => Math.max(a, b));

  if (method === 'worst_child') {
    const status = worstStatus(counted.map((c) => c.status));
    const culprit = counted.find((c) => c.status === status);
    // The lowest score and the worst status can belong to different children when KPIs have their own thresholds.
    const list = abbreviate(
      scores.map((s) => formatNumber(s)),
      ', ',
    );
    const text = `Worst child of ${of}${notCounted}: min(${list}) = ${formatPercent(min)}; worst status ${status}${culprit ? ` (${culprit.name})` : ''}.`;
    return { score: min, status, reported, total, method, formula: { method: 'worst-child', text } };
  }

  let sumW = 0;
  let sumWS = 0;
  for (const c of counted) {
    sumW += c.weight;
    sumWS += c.weight * (c.score as number);
  }
  // A mean lies between its smallest and largest term; clamping keeps float noise from pushing 80, 80, 80 to 79.999….
  const score = Math.min(max, Math.max(min, sumWS / sumW));
  const terms = abbreviate(
    counted.map((c) => `${formatNumber(c.score)} × ${formatNumber(c.weight)}`),
    ' + ',
  );
  const text = `Weighted mean of ${of}${notCounted}: (${terms}) / ${formatNumber(sumW)} = ${outcomeText(score, thresholds)}`;
  return {
    score,
    status: statusFor(score, thresholds),
    reported,
    total,
    method,
    formula: { method: 'weighted-mean', text },
  };
}
