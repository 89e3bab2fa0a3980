/** Rolling child scores up: KPIs into an objective, objectives into a perspective, perspectives into the scorecard. */
import type { RollupMethod, Status } from './domain';
import type { RollupScore } from './evaluation';
import { formatNumber, formatPercent } from './format';
import { t } from './i18n';
import { outcomeText, statusFor, statusWord, worstStatus, type Thresholds } from './scoring-status';

export type RollupFormulaMethod = 'weighted-mean' | 'worst-child' | 'no-children' | 'no-data' | 'zero-weight';

export interface RollupChild {
  /** For the formula text of worst_child, which names the child that set the status. */
  name: string;
  /** 0–100, null when the child has no score. */
  score: number | null;
  status: Status;
  weight: number;
}

/** The kinds of children a formula counts, as keys of the catalogue's engine:noun. */
export type NounKey = 'kpi' | 'keyResult' | 'contributor' | 'objective' | 'perspective' | 'item';

export interface ChildNoun {
  key: NounKey;
  /** What the children are when they are of several kinds, after their count: "2 KPIs, 1 key result". */
  detail?: string;
}

/** "3 KPIs", "1 key result". */
export function countNoun(n: number, key: NounKey): string {
  return t(`engine:noun.${key}`, { count: n });
}

/** Long formulas stay readable in a tooltip and a PDF cell. */
const MAX_TERMS = 8;

function count(n: number, noun: ChildNoun): string {
  const counted = countNoun(n, noun.key);
  return noun.detail === undefined ? counted : t('engine:rollup.withDetail', { counted, detail: noun.detail });
}

/** The noun of children of several kinds: "items (2 KPIs, 1 key result)"; the kind's own noun when only one kind is present. */
export function mixedNoun(parts: readonly { n: number; noun: ChildNoun }[]): ChildNoun {
  const present = parts.filter((p) => p.n > 0);
  if (present.length <= 1) return (present[0] ?? parts[0]).noun;
  const detail = present.map((p) => countNoun(p.n, p.noun.key)).join(', ');
  return { key: 'item', detail };
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
  if (total === 0) return none('no-children', t(`engine:rollup.noChildren.${noun.key}`));
  const all = count(total, noun);
  if (reported === 0) return none('no-data', t('engine:rollup.noData', { all }));
  if (counted.length === 0) {
    const key = reported === 1 ? 'engine:rollup.zeroWeightOne' : 'engine:rollup.zeroWeightAll';
    return none('zero-weight', t(key, { reported, all }));
  }
  const zeroWeight = reported - counted.length;
  const reportedOf = reported < total ? t('engine:rollup.partial', { reported, all }) : all;
  const of = zeroWeight > 0 ? t('engine:rollup.notCounted', { of: reportedOf, n: zeroWeight }) : reportedOf;
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
    const words = { of, list, min: formatPercent(min), status: statusWord(status) };
    const text = culprit
      ? t('engine:rollup.worstChildNamed', { ...words, name: culprit.name })
      : t('engine:rollup.worstChild', words);
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
  const text = t('engine:rollup.weightedMean', {
    of,
    terms,
    weights: formatNumber(sumW),
    outcome: outcomeText(score, thresholds),
  });
  return {
    score,
    status: statusFor(score, thresholds),
    reported,
    total,
    method,
    formula: { method: 'weighted-mean', text },
  };
}
