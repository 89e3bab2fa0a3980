/**
 * One person of the incentive plan: the factor with its formula, the what-if at the period's end, and a line per item
 * they own with its terms (weight, threshold, cap) editable in place. An empty threshold or cap means the plan's.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { factorText } from '../../../shared/incentive-engine';
import type { IncentiveItem, IncentiveLine, IncentivePerson } from '../../../shared/incentives';
import { formatNumber } from '../../../shared/format';
import { editText, parseNumberInput } from '../../../shared/number-input';

export type Term = 'weight' | 'threshold' | 'cap';
export type SaveTerm = (line: IncentiveLine, term: Term, value: number | null) => Promise<string | null>;

const percent = (n: number | null): string => (n === null ? '—' : `${formatNumber(n, { maxDecimals: 1 })} %`);

/** A term typed in place: saved on Enter or leaving the field, put back on Escape; the refusal shows beneath it. */
function TermInput(p: {
  label: string;
  value: number | null;
  placeholder: string;
  onSave(value: number | null): Promise<string | null>;
}) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = text ?? editText(p.value);
  async function commit(): Promise<void> {
    if (text === null || text === editText(p.value)) return setText(null);
    const parsed = parseNumberInput(text);
    if (!parsed.ok) return setError(parsed.reason);
    // Once saved, the text stays until the new value arrives (the parent keys this input by the value it shows).
    setError(await p.onSave(parsed.value));
  }
  return (
    <div className="incentive-term">
      <input
        type="text"
        inputMode="decimal"
        aria-label={p.label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        value={shown}
        placeholder={p.placeholder}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
          if (e.key === 'Escape') {
            setText(null);
            setError(null);
          }
        }}
      />
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function LineRow(p: {
  line: IncentiveLine;
  ahead: IncentiveLine | undefined;
  terms: IncentiveItem | undefined;
  showFormulas: boolean;
  save: SaveTerm;
}) {
  const { t } = useTranslation('plans');
  const { line, ahead, terms } = p;
  const name = line.title;
  return (
    <tr className={line.payout === null ? 'incentive-line excluded' : 'incentive-line'}>
      <th scope="row">
        <span className="incentive-kind">{t(`incentives.kind.${line.entityType}`)}</span> {name}
        {p.showFormulas ? <span className="incentive-line-formula">{line.formula}</span> : null}
      </th>
      <td>
        <TermInput
          key={line.weight}
          label={t('incentives.weightOf', { name })}
          value={line.weight}
          placeholder="1"
          onSave={(v) => p.save(line, 'weight', v)}
        />
      </td>
      <td>
        <TermInput
          key={terms?.threshold ?? 'plan'}
          label={t('incentives.thresholdOf', { name })}
          value={terms?.threshold ?? null}
          placeholder={formatNumber(line.threshold)}
          onSave={(v) => p.save(line, 'threshold', v)}
        />
      </td>
      <td>
        <TermInput
          key={terms?.cap ?? 'plan'}
          label={t('incentives.capOf', { name })}
          value={terms?.cap ?? null}
          placeholder={formatNumber(line.cap)}
          onSave={(v) => p.save(line, 'cap', v)}
        />
      </td>
      <td className="num">{percent(line.achievement)}</td>
      <td className="num">
        {line.excluded ? <span className="incentive-left-out">{line.excluded}</span> : percent(line.payout)}
      </td>
      <td className="num">
        {ahead?.payout === null || ahead === undefined ? '—' : percent(ahead.payout)}
        {ahead?.forecast ? <span className="incentive-forecast"> {t('incentives.forecast')}</span> : null}
      </td>
    </tr>
  );
}

export function IncentivePersonCard(p: {
  person: IncentivePerson;
  items: readonly IncentiveItem[];
  showFormulas: boolean;
  save: SaveTerm;
}) {
  const { t } = useTranslation('plans');
  const id = useId();
  const { person, actual, whatIf } = p.person;
  const terms = new Map(p.items.map((i) => [`${i.entityType}:${i.entityId}`, i]));
  const ahead = new Map(whatIf.lines.map((l) => [`${l.entityType}:${l.entityId}`, l]));
  return (
    <section className="incentive-person" aria-labelledby={id}>
      <header className="incentive-person-head">
        <h3 id={id}>{person}</h3>
        <dl className="incentive-factors">
          <div>
            <dt>{t('incentives.factor')}</dt>
            <dd className="incentive-factor" aria-label={t('incentives.factorOf', { person })}>
              {actual.factor === null ? '—' : factorText(actual.factor)}
            </dd>
          </div>
          <div>
            <dt>{t('incentives.whatIfAtEnd')}</dt>
            <dd className="incentive-factor what-if" aria-label={t('incentives.whatIfFactorOf', { person })}>
              {whatIf.factor === null ? '—' : factorText(whatIf.factor)}
            </dd>
          </div>
        </dl>
      </header>
      <p className="incentive-formula" aria-label={t('incentives.formulaOf', { person })}>
        {actual.formula}
      </p>
      {whatIf.formula !== actual.formula ? (
        <p className="incentive-formula what-if" aria-label={t('incentives.whatIfFormulaOf', { person })}>
          {t('incentives.whatIfFormula', { formula: whatIf.formula })}
        </p>
      ) : null}
      <table className="incentive-lines" aria-label={t('incentives.itemsOf', { person })}>
        <thead>
          <tr>
            <th scope="col">{t('incentives.item')}</th>
            <th scope="col">{t('incentives.weight')}</th>
            <th scope="col">{t('incentives.thresholdColumn')}</th>
            <th scope="col">{t('incentives.capColumn')}</th>
            <th scope="col">{t('incentives.achievement')}</th>
            <th scope="col">{t('incentives.payout')}</th>
            <th scope="col">{t('incentives.whatIfPayout')}</th>
          </tr>
        </thead>
        <tbody>
          {actual.lines.map((l) => {
            const key = `${l.entityType}:${l.entityId}`;
            return (
              <LineRow
                key={key}
                line={l}
                ahead={ahead.get(key)}
                terms={terms.get(key)}
                showFormulas={p.showFormulas}
                save={p.save}
              />
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
