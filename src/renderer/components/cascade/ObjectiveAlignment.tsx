/**
 * An objective's place in the cascade, compact, in its panel: "Supports" (the objectives above it, in other
 * scorecards, with weights to edit or remove) and "Supported by" (the objectives below, with weights and their own
 * scores for the period, from the contributor scores the store holds).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api';
import type { Contribution, Objective } from '../../../shared/domain';
import type { ContributorScore } from '../../../shared/evaluation';
import { formatPercent } from '../../../shared/format';
import { t as translate } from '../../../shared/i18n';
import { editText, parseNumberInput } from '../../../shared/number-input';
import { useDocumentStore } from '../../stores/document-store';
import { StatusBadge } from '../StatusBadge';
import '../../styles/cascade.css';

const NO_CONTRIBUTIONS: readonly Contribution[] = [];

interface Where {
  title: string;
  scorecardName: string;
}

const EXCLUDED_KEYS = {
  'no-data': 'noData',
  cycle: 'cycle',
  'fiscal-year': 'fiscalYear',
} as const satisfies Record<NonNullable<ContributorScore['excluded']>, string>;

const excludedText = (why: NonNullable<ContributorScore['excluded']>): string =>
  translate(`plans:objectiveAlignment.excluded.${EXCLUDED_KEYS[why]}`);

/** Titles and scorecards of the objectives of the document's other scorecards, read again when the contributions change. */
function useOtherObjectives(contributions: readonly Contribution[]): Map<number, Where> {
  const scorecards = useDocumentStore((s) => s.scorecards);
  const ownId = useDocumentStore((s) => s.tree?.scorecard.id);
  const [found, setFound] = useState<Map<number, Where>>(new Map());
  useEffect(() => {
    let live = true;
    const others = scorecards.filter((s) => s.id !== ownId);
    void Promise.all(
      others.map((s) =>
        call('objective.list', { scorecardId: s.id })
          .then((list: Objective[]) => list.map((o) => [o.id, { title: o.title, scorecardName: s.name }] as const))
          .catch(() => []),
      ),
    ).then((lists) => live && setFound(new Map(lists.flat())));
    return () => {
      live = false;
    };
  }, [scorecards, ownId, contributions]);
  return found;
}

function WeightEditor({ contribution, label }: { contribution: Contribution; label: string }) {
  const { t } = useTranslation('plans');
  const run = useDocumentStore((s) => s.run);
  const [text, setText] = useState(editText(contribution.weight));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(editText(contribution.weight)), [contribution.weight]);

  async function save(): Promise<void> {
    const parsed = parseNumberInput(text);
    if (!parsed.ok || parsed.value === null) {
      setError(t('cascade.typeNumber', { example: editText(0.5) }));
      return;
    }
    const weight = parsed.value;
    if (weight === contribution.weight) return setError(null);
    try {
      const { fromObjectiveId, toObjectiveId } = contribution;
      await run('cascade.set', { fromObjectiveId, toObjectiveId, weight });
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <>
      <label className="item-score">
        {t('objectiveAlignment.weight')}{' '}
        <input
          type="text"
          inputMode="decimal"
          className="cascade-weight"
          aria-label={t('objectiveAlignment.weightOf', { label })}
          aria-invalid={error ? true : undefined}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => void save()}
          onKeyDown={(e) => e.key === 'Enter' && void save()}
        />
      </label>
      {error ? (
        <span className="field-error" role="alert">
          <span aria-hidden="true">✕ </span>
          {error}
        </span>
      ) : null}
    </>
  );
}

function RemoveButton({ contribution, label }: { contribution: Contribution; label: string }) {
  const { t } = useTranslation('plans');
  const run = useDocumentStore((s) => s.run);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="small quiet"
        aria-label={t('objectiveAlignment.removeOf', { label })}
        onClick={() =>
          void run('cascade.remove', { id: contribution.id }).catch((err: unknown) => setError(errorMessage(err)))
        }
      >
        {t('objectiveAlignment.remove')}
      </button>
      {error ? <span className="field-error">{error}</span> : null}
    </>
  );
}

export function ObjectiveAlignment({ objective, period }: { objective: Objective; period: string }) {
  const { t } = useTranslation('plans');
  const contributions = useDocumentStore((s) => s.tree?.contributions ?? NO_CONTRIBUTIONS);
  const scores = useDocumentStore((s) => s.contributors[period]);
  const names = useOtherObjectives(contributions);
  const supports = contributions.filter((c) => c.fromObjectiveId === objective.id);
  const supportedBy = contributions.filter((c) => c.toObjectiveId === objective.id);
  if (supports.length === 0 && supportedBy.length === 0) return null;
  const where = (id: number) => names.get(id);

  return (
    <div className="objective-alignment">
      {supports.length > 0 ? (
        <section aria-label={t('objectiveAlignment.supportsLabel', { title: objective.title })}>
          <h4 className="panel-section-title">{t('objectiveAlignment.supports')}</h4>
          <ul className="alignment-list">
            {supports.map((c) => {
              const above = where(c.toObjectiveId);
              const label = t('objectiveAlignment.supportsItem', {
                from: objective.title,
                to: above?.title ?? t('objectiveAlignment.anObjectiveAbove'),
              });
              return (
                <li key={c.id} className="alignment-item">
                  <span className="item-title">
                    {above?.title ?? '…'} <span className="item-where">{above?.scorecardName}</span>
                  </span>
                  <WeightEditor contribution={c} label={label} />
                  <RemoveButton contribution={c} label={label} />
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {supportedBy.length > 0 ? (
        <section aria-label={t('objectiveAlignment.supportedByLabel', { title: objective.title })}>
          <h4 className="panel-section-title">{t('objectiveAlignment.supportedBy')}</h4>
          <ul className="alignment-list">
            {supportedBy.map((c) => {
              const s = scores?.find((x) => x.contributionId === c.id);
              const below = where(c.fromObjectiveId);
              const title = s?.title ?? below?.title ?? '…';
              const label = t('objectiveAlignment.supportsItem', { from: title, to: objective.title });
              return (
                <li key={c.id} className="alignment-item">
                  <span className="item-title">
                    {title} <span className="item-where">{s?.scorecardName ?? below?.scorecardName}</span>
                  </span>
                  {s ? <StatusBadge status={s.status} explanation={s.formula.text} /> : null}
                  <span className="item-score" title={s?.formula.text}>
                    {s
                      ? s.excluded && s.excluded !== 'no-data'
                        ? excludedText(s.excluded)
                        : formatPercent(s.score)
                      : ''}
                  </span>
                  <WeightEditor contribution={c} label={label} />
                  <RemoveButton contribution={c} label={label} />
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
