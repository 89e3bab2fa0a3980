/**
 * What-if (docs/strategy-check.md): hypothetical values for the period's KPIs, and every score and status they would
 * change, worked out by the core's engine in memory. Nothing is saved: no write, no undo step, the file untouched.
 * Below, what it takes: the smallest change of each KPI alone that would turn a target green, from these values.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhatIf, WhatIfValue } from '../../../shared/analysis';
import { editText, parseNumberInput } from '../../../shared/number-input';
import { periodLabel } from '../../../shared/periods';
import { call } from '../../api';
import { useDocumentStore } from '../../stores/document-store';
import { TakesSection } from './TakesSection';
import { WhatIfChanges } from './WhatIfChanges';
import { WhatIfTable } from './WhatIfTable';
import { useAnalysisQuery } from './analysis-query';
import { useWhatIfStore, useWhatIfValues } from './what-if-store';
import '../../styles/strategy-what-if.css';
import { QueryNotice } from './QueryNotice';

export function WhatIfPanel({ scorecardId }: { scorecardId: number }) {
  const { t } = useTranslation('map');
  const tree = useDocumentStore((s) => s.tree);
  const period = useDocumentStore((s) => s.period);
  const revision = useDocumentStore((s) => s.revision?.revision);
  const scope = `${scorecardId}|${period}`;
  const { texts, entries, errors } = useWhatIfValues(scope);
  const update = useWhatIfStore((s) => s.update);

  const values: WhatIfValue[] = useMemo(
    () => Object.entries(entries).map(([kpiId, e]) => ({ kpiId: Number(kpiId), actual: e.value })),
    [entries],
  );
  const valuesKey = values.map((v) => `${v.kpiId}=${v.actual}`).join(',');
  const key = period ? `${scorecardId}|${period}|${revision}|${valuesKey}` : null;
  const query = useAnalysisQuery<WhatIf>(key, () => call('analysis.whatIf', { scorecardId, period: period!, values }));

  /** Reads a field's text: an empty field drops its hypothesis; a bad one is refused beside it and changes nothing. */
  const commit = (kpiId: number, text: string): void =>
    update(scope, ({ entries: held, errors: shown }) => {
      const { [kpiId]: _error, ...otherErrors } = shown;
      const { [kpiId]: _entry, ...otherEntries } = held;
      const trimmed = text.trim();
      if (trimmed === '') return { errors: otherErrors, entries: otherEntries };
      const parsed = parseNumberInput(trimmed);
      if (!parsed.ok) return { errors: { ...shown, [kpiId]: parsed.reason } };
      if (kpiId in held && held[kpiId]!.value === parsed.value) return { errors: otherErrors };
      return { errors: otherErrors, entries: { ...held, [kpiId]: { text, value: parsed.value } } };
    });

  const setText = (kpiId: number, text: string): void =>
    update(scope, ({ texts: typed }) => ({ texts: { ...typed, [kpiId]: text } }));

  /** "Try it" from what it takes: the needed value typed in for the user. */
  const tryValue = (kpiId: number, value: number): void => {
    // As the person would type it in their language: the field reads it back with the locale's separators.
    setText(kpiId, editText(value));
    commit(kpiId, editText(value));
  };

  const reset = (): void => update(scope, () => ({ texts: {}, entries: {}, errors: {} }));

  if (!tree || !period) return null;
  const label = periodLabel(period, tree.scorecard.fiscalYearStartMonth);
  const data = query.data;
  const hypotheses = values.length;

  return (
    <div className="what-if-panel" aria-busy={!query.current}>
      <header className="what-if-header">
        <div>
          <h2>{t('whatIf.heading', { period: label })}</h2>
          <p className="meta">{t('whatIf.intro')}</p>
        </div>
        <button type="button" onClick={reset} disabled={hypotheses === 0 && Object.keys(texts).length === 0}>
          {t('whatIf.reset')}
        </button>
      </header>
      <QueryNotice query={query} />
      <div className="what-if-layout">
        <WhatIfTable
          tree={tree}
          whatIf={data}
          texts={texts}
          errors={errors}
          hypothetical={entries}
          onText={setText}
          onCommit={commit}
        />
        <div className="what-if-side">
          <WhatIfChanges whatIf={data} hypotheses={hypotheses} current={query.current} />
          <TakesSection
            scorecardId={scorecardId}
            period={period}
            revision={revision}
            values={values}
            valuesKey={valuesKey}
            whatIf={data}
            onTry={tryValue}
          />
        </div>
      </div>
    </div>
  );
}
