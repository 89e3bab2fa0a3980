/**
 * The wizard's third step: every name of the sheet that is not a KPI's exactly. A name that differs only in case or
 * spaces is taken, with a quiet note. A close match is offered, never taken, until the user confirms it; an unknown
 * name goes to a KPI the user picks, a new KPI (in one objective chosen for all), or nowhere.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';
import type { ScorecardTree } from '../../../shared/domain';
import type { ImportPreview, NameDecision, PreviewName } from '../../../shared/sheets';
import { counted } from './import-wizard';

interface Props {
  preview: ImportPreview;
  tree: ScorecardTree;
  decisions: readonly NameDecision[];
  createIn: number | null;
  onDecide(decision: NameDecision | { name: string; action: null }): void;
  onCreateIn(objectiveId: number): void;
}

/** A select's value: 'kpi:12', 'create' or 'skip' ('' while nothing is chosen). */
function choiceOf(name: PreviewName): string {
  const best = name.match === 'close' ? name.candidates[0] : undefined;
  return best ? `kpi:${best.kpiId}` : '';
}

function decisionOf(name: string, choice: string): NameDecision | null {
  if (choice === 'create') return { name, action: 'create' };
  if (choice === 'skip') return { name, action: 'skip' };
  if (choice.startsWith('kpi:')) return { name, action: 'kpi', kpiId: Number(choice.slice(4)) };
  return null;
}

const valuesText = (n: number) => counted('grid:import.names.values', n);

export function ImportNamesStep({ preview, tree, decisions, createIn, onDecide, onCreateIn }: Props) {
  const { t } = useTranslation('grid');
  const id = useId();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const kpiName = new Map(tree.kpis.map((k) => [k.id, k.name]));
  const toSettle = preview.names.filter((n) => n.match !== 'exact');
  const exact = preview.names.length - toSettle.length;
  const decided = new Map(decisions.map((d) => [d.name, d]));
  const anyCreate = decisions.some((d) => d.action === 'create');
  const perspectives = [...tree.perspectives].sort((a, b) => a.position - b.position);
  const objectivesOf = (perspectiveId: number) =>
    tree.objectives.filter((o) => o.perspectiveId === perspectiveId).sort((a, b) => a.position - b.position);

  function decidedText(d: NameDecision): string {
    if (d.action === 'kpi')
      return t('import.names.goesTo', { kpi: kpiName.get(d.kpiId) ?? t('import.names.chosenKpi') });
    if (d.action === 'create') return t('import.names.create');
    return t('import.names.leftOut');
  }

  return (
    <div className="import-names">
      <p>
        {exact === preview.names.length
          ? t('import.names.allExact', { n: formatNumber(preview.names.length) })
          : t('import.names.someExact', { exact: formatNumber(exact), n: formatNumber(preview.names.length) })}
      </p>
      {toSettle.length > 0 ? (
        <ul className="import-name-list">
          {toSettle.map((n) => {
            const d = decided.get(n.name);
            const rowId = `${id}-${n.name}`;
            const draft = drafts[n.name] ?? choiceOf(n);
            const label = t('import.names.kpiFor', { name: n.name.trim() });
            return (
              <li key={n.name} className={`import-name is-${d ? 'decided' : n.match}`}>
                <div className="import-name-text">
                  <strong className="import-sheet-name">{t('import.quoted', { text: n.name })}</strong>{' '}
                  <span className="field-hint">{valuesText(n.cells)}</span>
                </div>
                {n.match === 'normalized' ? (
                  <p className="import-name-outcome">
                    <span aria-hidden="true">✓ </span>
                    {kpiName.get(n.kpiId ?? -1) ?? t('import.names.matched')}{' '}
                    <span className="field-hint">{t('import.names.sameButCase')}</span>
                  </p>
                ) : d ? (
                  <p className="import-name-outcome">
                    <span aria-hidden="true">{d.action === 'skip' ? '– ' : '✓ '}</span>
                    {decidedText(d)}{' '}
                    <button
                      type="button"
                      className="quiet small"
                      aria-label={t('import.names.changeFor', { name: n.name.trim() })}
                      onClick={() => onDecide({ name: n.name, action: null })}
                    >
                      {t('import.names.change')}
                    </button>
                  </p>
                ) : (
                  <div className="import-name-choice">
                    <label className="visually-hidden" htmlFor={rowId}>
                      {label}
                    </label>
                    <select
                      id={rowId}
                      value={draft}
                      aria-describedby={`${rowId}-why`}
                      onChange={(e) => setDrafts((all) => ({ ...all, [n.name]: e.target.value }))}
                    >
                      {draft === '' ? <option value="">{t('import.names.choose')}</option> : null}
                      {n.candidates.length > 0 ? (
                        <optgroup label={t('import.names.closeMatches')}>
                          {n.candidates.map((c) => (
                            <option key={c.kpiId} value={`kpi:${c.kpiId}`}>
                              {c.name}
                            </option>
                          ))}
                        </optgroup>
                      ) : null}
                      <optgroup label={t('import.names.everyKpi')}>
                        {tree.kpis.map((k) => (
                          <option key={k.id} value={`kpi:${k.id}`}>
                            {k.name}
                          </option>
                        ))}
                      </optgroup>
                      <optgroup label={t('import.names.or')}>
                        <option value="create" disabled={tree.objectives.length === 0}>
                          {t('import.names.createNamed', { name: n.name.trim() })}
                        </option>
                        <option value="skip">{t('import.names.skip')}</option>
                      </optgroup>
                    </select>
                    <button
                      type="button"
                      aria-label={t('import.names.confirmFor', { name: n.name.trim() })}
                      disabled={decisionOf(n.name, draft) === null}
                      onClick={() => {
                        const chosen = decisionOf(n.name, draft);
                        if (chosen) onDecide(chosen);
                      }}
                    >
                      {t('import.names.confirm')}
                    </button>
                    <span className="field-hint" id={`${rowId}-why`}>
                      {n.match === 'close' ? t('import.names.closeMatch') : t('import.names.noMatch')}
                    </span>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {anyCreate ? (
        <div className="field import-create-in">
          <label htmlFor={`${id}-create-in`}>{t('import.names.createIn')}</label>
          <select id={`${id}-create-in`} value={createIn ?? ''} onChange={(e) => onCreateIn(Number(e.target.value))}>
            {perspectives.map((p) => (
              <optgroup key={p.id} label={p.name}>
                {objectivesOf(p.id).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <p className="field-hint">{t('import.names.createHint')}</p>
        </div>
      ) : null}
    </div>
  );
}
