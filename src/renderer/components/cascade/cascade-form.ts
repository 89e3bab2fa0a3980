/** The Cascade dialog's values, the cascade.create payload built from them, and the core's refusals mapped back. */
import type { CascadeInput } from '../../../shared/contract-cascade';
import type { FieldIssue } from '../../../shared/errors';
import type { Scorecard } from '../../../shared/domain';
import { formatNumber } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { parseNumberInput } from '../../../shared/number-input';

export interface NewRow {
  key: number;
  title: string;
  owner: string;
  weight: string;
}

export interface CascadeValues {
  target: 'existing' | 'new';
  scorecardId: string;
  newName: string;
  rows: NewRow[];
  /** Existing objectives of the chosen scorecard ticked, with their weights as typed. */
  links: Map<number, string>;
}

/** Messages by field: 'newName', 'scorecardId', 'rows.<i>.title|owner|weight', 'links.<id>', 'form'. */
export type CascadeErrors = Record<string, string>;

/** A weight typed as text, read with the locale's separators: blank is the default (1), null is not a number. */
function weight(text: string): number | undefined | null {
  const r = parseNumberInput(text);
  if (!r.ok) return null;
  return r.value ?? undefined;
}

export function buildCascade(objectiveId: number, v: CascadeValues): { input?: CascadeInput; errors: CascadeErrors } {
  const errors: CascadeErrors = {};
  const rows = v.rows.filter((r) => r.title.trim() || r.owner.trim() || r.weight.trim());
  const create: CascadeInput['create'] = [];
  rows.forEach((r) => {
    const i = v.rows.indexOf(r);
    const w = weight(r.weight);
    if (!r.title.trim()) errors[`rows.${i}.title`] = t('plans:cascade.giveTitle');
    if (w === null) errors[`rows.${i}.weight`] = t('plans:cascade.typeNumber', { example: formatNumber(0.5) });
    create.push({
      title: r.title.trim(),
      ...(r.owner.trim() ? { owner: r.owner.trim() } : {}),
      ...(w != null ? { weight: w } : {}),
    });
  });
  const link: CascadeInput['link'] = [];
  if (v.target === 'existing') {
    for (const [id, text] of v.links) {
      const w = weight(text);
      if (w === null) errors[`links.${id}`] = t('plans:cascade.typeNumber', { example: formatNumber(0.5) });
      link.push({ objectiveId: id, ...(w != null ? { weight: w } : {}) });
    }
  }
  if (v.target === 'new' && !v.newName.trim()) errors.newName = t('plans:cascade.nameNew');
  if (v.target === 'existing' && !v.scorecardId) errors.scorecardId = t('plans:cascade.chooseScorecard');
  if (create.length + link.length === 0) errors.form = t('plans:cascade.addOne');
  if (Object.keys(errors).length > 0) return { errors };
  const target =
    v.target === 'new' ? { newScorecard: { name: v.newName.trim() } } : { scorecardId: Number(v.scorecardId) };
  return { input: { objectiveId, target, create, link }, errors };
}

/** The core's field issues (paths into the payload) as the dialog's field keys. */
export function cascadeIssues(issues: readonly FieldIssue[], v: CascadeValues, sent: CascadeInput): CascadeErrors {
  const errors: CascadeErrors = {};
  const rowIndexes = v.rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.title.trim() || r.owner.trim() || r.weight.trim());
  for (const { path, message } of issues) {
    const [head, at, leaf] = path;
    let key = 'form';
    if (head === 'target') key = path.includes('newScorecard') ? 'newName' : 'scorecardId';
    else if (head === 'create' && typeof at === 'number' && rowIndexes[at]) {
      const field = leaf === 'owner' || leaf === 'weight' ? leaf : 'title';
      key = `rows.${rowIndexes[at].i}.${field}`;
    } else if (head === 'link' && typeof at === 'number' && sent.link[at]) key = `links.${sent.link[at].objectiveId}`;
    errors[key] = errors[key] ? `${errors[key]}; ${message}` : message;
  }
  return errors;
}

/** Where supporting objectives go, children of the objective's scorecard first (then the others by name). */
export function targetScorecards(scorecards: readonly Scorecard[], ownId: number): Scorecard[] {
  const others = scorecards.filter((s) => s.id !== ownId);
  const children = others.filter((s) => s.parentScorecardId === ownId);
  return [...children, ...others.filter((s) => s.parentScorecardId !== ownId)];
}
