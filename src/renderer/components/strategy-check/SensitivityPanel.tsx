/**
 * How much the scores depend on the choices behind them (docs/strategy-check.md): each score under every rollup
 * method, and for the scorecard or a perspective a tornado of how far it moves when one weight goes a step down or up.
 * A read: nothing is saved, the step included.
 */
import { useId, useState } from 'react';
import type { Sensitivity } from '../../../shared/analysis';
import { editText, parseNumberInput } from '../../../shared/number-input';
import { periodLabel } from '../../../shared/periods';
import { call } from '../../api';
import { useDocumentStore } from '../../stores/document-store';
import { SensitivityMethods } from './SensitivityMethods';
import { SensitivityTornado } from './SensitivityTornado';
import { useAnalysisQuery } from './analysis-query';
import '../../styles/strategy-what-if.css';
import { QueryNotice } from './QueryNotice';

const DEFAULT_STEP = 1;

/** The step as typed, refused beside the field when it is not a weight change the core would take. */
function readStep(text: string): { step: number } | { error: string } {
  const parsed = parseNumberInput(text);
  if (!parsed.ok) return { error: parsed.reason };
  if (parsed.value === null) return { error: 'enter a step, for example 1' };
  if (parsed.value <= 0) return { error: 'must be more than 0' };
  if (parsed.value > 1000) return { error: 'must be at most 1000 (weights go from 0 to 1000)' };
  return { step: parsed.value };
}

export function SensitivityPanel({ scorecardId }: { scorecardId: number }) {
  const id = useId();
  const period = useDocumentStore((s) => s.period);
  const revision = useDocumentStore((s) => s.revision?.revision);
  const fyStart = useDocumentStore((s) => s.tree?.scorecard.fiscalYearStartMonth ?? 1);
  const [stepText, setStepText] = useState(editText(DEFAULT_STEP));
  const [step, setStep] = useState(DEFAULT_STEP);
  const [stepError, setStepError] = useState<string | null>(null);
  const [targetIndex, setTargetIndex] = useState(0);
  const key = period ? `${scorecardId}|${period}|${step}|${revision}` : null;
  const query = useAnalysisQuery<Sensitivity>(key, () =>
    call('analysis.sensitivity', { scorecardId, period: period!, step }),
  );

  const applyStep = (): void => {
    const read = readStep(stepText);
    if ('error' in read) return setStepError(read.error);
    setStepError(null);
    setStep(read.step);
  };

  if (!period) return null;
  const label = periodLabel(period, fyStart);
  const data = query.data;
  const target = data?.targets[Math.min(targetIndex, data.targets.length - 1)] ?? null;

  return (
    <div className="what-if-panel" aria-busy={!query.current}>
      <header className="what-if-header">
        <div>
          <h2>Sensitivity · {label}</h2>
          <p className="meta">
            How far each score would move under another rollup method, or with one weight a step lower or higher and
            everything else as it is. Nothing is saved.
          </p>
        </div>
        <div className="field what-if-step">
          <label htmlFor={`${id}-step`}>Weight step</label>
          <input
            id={`${id}-step`}
            type="text"
            inputMode="decimal"
            value={stepText}
            aria-invalid={stepError ? true : undefined}
            aria-describedby={`${id}-step-hint${stepError ? ` ${id}-step-error` : ''}`}
            onChange={(e) => setStepText(e.target.value)}
            onBlur={applyStep}
            onKeyDown={(e) => e.key === 'Enter' && applyStep()}
          />
          <span id={`${id}-step-hint`} className="field-hint">
            Each weight goes down and up by this much (0–1000).
          </span>
          {stepError ? (
            <span id={`${id}-step-error`} className="field-error" role="alert">
              {stepError}
            </span>
          ) : null}
        </div>
      </header>
      <QueryNotice query={query} />
      {data && target ? (
        <>
          <SensitivityMethods sensitivity={data} />
          <section className="what-if-card" aria-labelledby={`${id}-tornado`}>
            <div className="what-if-card-head">
              <h3 id={`${id}-tornado`}>Weights</h3>
              <div className="field what-if-inline">
                <label htmlFor={`${id}-target`}>Score of</label>
                <select
                  id={`${id}-target`}
                  value={targetIndex}
                  onChange={(e) => setTargetIndex(Number(e.target.value))}
                >
                  {data.targets.map((t, i) => (
                    <option key={`${t.kind}-${t.id}`} value={i}>
                      {t.kind === 'scorecard' ? 'The scorecard' : t.name}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <SensitivityTornado target={target} step={data.step} />
          </section>
        </>
      ) : null}
    </div>
  );
}
