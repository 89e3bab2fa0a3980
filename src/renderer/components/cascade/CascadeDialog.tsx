/**
 * Cascade an objective: choose a scorecard below (or name a new department or team scorecard), add objectives there
 * that support it (title, owner, weight; Enter adds a row) and/or tick objectives it already has; one cascade.create
 * call, one undo step. A refusal (a cycle, a bad weight) shows beside the field it is about. Afterwards the dialog
 * offers to go to the scorecard.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call, errorMessage } from '../../api';
import type { CascadeResult } from '../../../shared/contract-cascade';
import type { Objective } from '../../../shared/domain';
import { useDocumentStore } from '../../stores/document-store';
import { Modal } from '../Modal';
import {
  buildCascade,
  cascadeIssues,
  targetScorecards,
  type CascadeErrors,
  type CascadeValues,
  type NewRow,
} from './cascade-form';
import '../../styles/cascade.css';

let rowKey = 0;
const newRow = (): NewRow => ({ key: ++rowKey, title: '', owner: '', weight: '' });

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p className="field-error" id={id}>
      <span aria-hidden="true">✕ </span>
      {message}
    </p>
  ) : null;
}

export function CascadeDialog({ objectiveId, onClose }: { objectiveId: number; onClose(): void }) {
  const { t } = useTranslation('plans');
  const id = useId();
  const tree = useDocumentStore((s) => s.tree);
  const scorecards = useDocumentStore((s) => s.scorecards);
  const run = useDocumentStore((s) => s.run);
  const selectScorecard = useDocumentStore((s) => s.selectScorecard);
  const objective = tree?.objectives.find((o) => o.id === objectiveId);
  const ownId = tree?.scorecard.id ?? 0;
  const targets = targetScorecards(scorecards, ownId);
  const [v, setV] = useState<CascadeValues>(() => ({
    target: targets.length > 0 ? 'existing' : 'new',
    scorecardId: targets[0] ? String(targets[0].id) : '',
    newName: '',
    rows: [newRow()],
    links: new Map(),
  }));
  const [errors, setErrors] = useState<CascadeErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<CascadeResult | null>(null);
  const [existing, setExisting] = useState<Objective[] | null>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);

  // The chosen scorecard's objectives, to tick as supporting ones.
  useEffect(() => {
    if (v.target !== 'existing' || !v.scorecardId) return;
    let live = true;
    setExisting(null);
    call('objective.list', { scorecardId: Number(v.scorecardId) })
      .then((list) => live && setExisting(list))
      .catch(() => live && setExisting([]));
    return () => {
      live = false;
    };
  }, [v.target, v.scorecardId]);

  useEffect(() => {
    if (focusRow !== null) document.getElementById(`${id}-row-${focusRow}-title`)?.focus();
  }, [focusRow, id]);

  if (!objective || !tree) {
    return (
      <Modal title={t('cascade.title')} onClose={onClose} size="small">
        <div className="dialog-body">
          <p>{t('cascade.gone')}</p>
        </div>
      </Modal>
    );
  }

  const patch = (p: Partial<CascadeValues>) => setV((old) => ({ ...old, ...p }));
  const setRow = (i: number, p: Partial<NewRow>) =>
    setV((old) => ({ ...old, rows: old.rows.map((r, j) => (j === i ? { ...r, ...p } : r)) }));
  const addRow = () => {
    setV((old) => ({ ...old, rows: [...old.rows, newRow()] }));
    setFocusRow(v.rows.length);
  };
  const toggleLink = (oid: number, on: boolean) =>
    setV((old) => {
      const links = new Map(old.links);
      if (on) links.set(oid, '');
      else links.delete(oid);
      return { ...old, links };
    });

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const built = buildCascade(objective!.id, v);
    setErrors(built.errors);
    if (!built.input) return;
    setBusy(true);
    try {
      setDone(await run('cascade.create', built.input));
    } catch (err) {
      setErrors(
        err instanceof ApiCallError && err.issues.length > 0
          ? cascadeIssues(err.issues, v, built.input)
          : { form: errorMessage(err) },
      );
    } finally {
      setBusy(false);
    }
  }

  const title = t('cascade.titleOf', { title: objective.title });
  if (done) {
    const n = done.contributions.length;
    return (
      <Modal title={title} onClose={onClose}>
        <div className="dialog-body">
          <p role="status">
            {t('cascade.done', { count: n, scorecard: done.scorecard.name, objective: objective.title })}
          </p>
        </div>
        <div className="dialog-footer">
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            {t('library.close')}
          </button>
          <button
            type="button"
            className="primary"
            data-autofocus
            onClick={() => {
              onClose();
              void selectScorecard(done.scorecard.id);
            }}
          >
            {t('cascade.goTo', { name: done.scorecard.name })}
          </button>
        </div>
      </Modal>
    );
  }

  const err = (key: string) => errors[key];
  const described = (key: string) => (errors[key] ? `${id}-${key}-error` : undefined);
  const linkable = (existing ?? []).filter(
    (o) => !tree.contributions.some((c) => c.fromObjectiveId === o.id && c.toObjectiveId === objective.id),
  );
  return (
    <Modal title={title} subtitle={t('cascade.subtitle')} onClose={onClose} size="large">
      <form noValidate onSubmit={(e) => void submit(e)} className="cascade-form">
        <div className="dialog-body">
          {errors.form ? (
            <div className="form-error" role="alert">
              <span aria-hidden="true">✕ </span>
              {errors.form}
            </div>
          ) : null}
          <fieldset className="field cascade-target">
            <legend>{t('cascade.goesTo')}</legend>
            {targets.length > 0 ? (
              <div className="field-checkbox cascade-choice">
                <input
                  type="radio"
                  id={`${id}-existing`}
                  name={`${id}-target`}
                  checked={v.target === 'existing'}
                  onChange={() => patch({ target: 'existing' })}
                />
                <label htmlFor={`${id}-existing`}>{t('cascade.existing')}</label>
                <select
                  aria-label={t('cascade.scorecard')}
                  value={v.scorecardId}
                  disabled={v.target !== 'existing'}
                  aria-invalid={err('scorecardId') ? true : undefined}
                  aria-describedby={described('scorecardId')}
                  onChange={(e) => patch({ scorecardId: e.target.value, links: new Map() })}
                >
                  {targets.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.parentScorecardId === ownId ? t('cascade.below', { name: s.name }) : s.name}
                    </option>
                  ))}
                </select>
                <FieldError id={`${id}-scorecardId-error`} message={err('scorecardId')} />
              </div>
            ) : null}
            <div className="field-checkbox cascade-choice">
              <input
                type="radio"
                id={`${id}-new`}
                name={`${id}-target`}
                checked={v.target === 'new'}
                onChange={() => patch({ target: 'new' })}
              />
              <label htmlFor={`${id}-new`}>{t('cascade.new')}</label>
              <input
                type="text"
                aria-label={t('cascade.newName')}
                placeholder={t('cascade.newNamePlaceholder')}
                value={v.newName}
                disabled={v.target !== 'new'}
                aria-invalid={err('newName') ? true : undefined}
                aria-describedby={described('newName')}
                onChange={(e) => patch({ newName: e.target.value })}
              />
              <FieldError id={`${id}-newName-error`} message={err('newName')} />
            </div>
          </fieldset>

          <fieldset className="field cascade-rows">
            <legend>{t('cascade.newObjectives')}</legend>
            <table className="cascade-table">
              <thead>
                <tr>
                  <th scope="col">{t('cascade.column.title')}</th>
                  <th scope="col">{t('cascade.column.owner')}</th>
                  <th scope="col">{t('cascade.column.weight')}</th>
                </tr>
              </thead>
              <tbody>
                {v.rows.map((r, i) => (
                  <tr key={r.key}>
                    {(['title', 'owner', 'weight'] as const).map((f) => (
                      <td key={f}>
                        <input
                          id={`${id}-row-${i}-${f}`}
                          type="text"
                          inputMode={f === 'weight' ? 'decimal' : undefined}
                          aria-label={t(`cascade.rowField.${f}`, { n: i + 1 })}
                          placeholder={f === 'weight' ? '1' : undefined}
                          className={f === 'weight' ? 'cascade-weight' : undefined}
                          value={r[f]}
                          aria-invalid={err(`rows.${i}.${f}`) ? true : undefined}
                          aria-describedby={described(`rows.${i}.${f}`)}
                          onChange={(e) => setRow(i, { [f]: e.target.value })}
                          onKeyDown={(e) => {
                            // Enter in a row adds the next one, as in a list; the button below submits.
                            if (e.key === 'Enter') {
                              e.preventDefault();
                              if (i === v.rows.length - 1) addRow();
                              else setFocusRow(i + 1);
                            }
                          }}
                        />
                        <FieldError id={`${id}-rows.${i}.${f}-error`} message={err(`rows.${i}.${f}`)} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="button" className="small quiet" onClick={addRow}>
              {t('cascade.another')}
            </button>
          </fieldset>

          {v.target === 'existing' ? (
            <fieldset className="field cascade-links">
              <legend>{t('cascade.tick')}</legend>
              {existing === null ? <p className="field-hint">{t('cascade.loading')}</p> : null}
              {existing !== null && linkable.length === 0 ? (
                <p className="field-hint">
                  {existing.length === 0 ? t('cascade.noObjectives') : t('cascade.allSupport')}
                </p>
              ) : null}
              {linkable.map((o) => {
                const ticked = v.links.has(o.id);
                return (
                  <div className="field-checkbox cascade-link" key={o.id}>
                    <input
                      type="checkbox"
                      id={`${id}-link-${o.id}`}
                      checked={ticked}
                      aria-describedby={described(`links.${o.id}`)}
                      aria-invalid={err(`links.${o.id}`) ? true : undefined}
                      onChange={(e) => toggleLink(o.id, e.target.checked)}
                    />
                    <label htmlFor={`${id}-link-${o.id}`}>{o.title}</label>
                    {ticked ? (
                      <input
                        type="text"
                        inputMode="decimal"
                        className="cascade-weight"
                        aria-label={t('incentives.weightOf', { name: o.title })}
                        placeholder="1"
                        value={v.links.get(o.id)}
                        onChange={(e) =>
                          setV((old) => ({ ...old, links: new Map(old.links).set(o.id, e.target.value) }))
                        }
                      />
                    ) : null}
                    <FieldError id={`${id}-links.${o.id}-error`} message={err(`links.${o.id}`)} />
                  </div>
                );
              })}
            </fieldset>
          ) : null}
          <p className="field-hint">{t('cascade.weightHint', { title: objective.title })}</p>
        </div>
        <div className="dialog-footer">
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            {t('cascade.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('cascade.cascading') : t('cascade.title')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
