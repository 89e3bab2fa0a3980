/**
 * How much the scores depend on the choices behind them (docs/strategy-check.md): each score under every rollup
 * method, and for the scorecard or a perspective a tornado of how far it moves when one weight goes a step down or up.
 * A read: nothing is saved, the step included.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sensitivity } from '../../../shared/analysis';
import { t } from '../../../shared/i18n';
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
  if (parsed.value === null) return { error: t('map:sensitivity.stepMissing') };
  if (parsed.value <= 0) return { error: t('map:sensitivity.stepPositive') };
  if (parsed.value > 1000) return { error: t('map:sensitivity.stepTooLarge') };
  return { step: parsed.value };
}

export function SensitivityPanel({ scorecardId }: { scorecardId: number }) {
  const { t: tm } = useTranslation('map');
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
          <h2>{tm('sensitivity.heading', { period: label })}</h2>
          <p className="meta">{tm('sensitivity.intro')}</p>
        </div>
        <div className="field what-if-step">
          <label htmlFor={`${id}-step`}>{tm('sensitivity.step')}</label>
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
            {tm('sensitivity.stepHint')}
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
              <h3 id={`${id}-tornado`}>{tm('sensitivity.weights')}</h3>
              <div className="field what-if-inline">
                <label htmlFor={`${id}-target`}>{tm('sensitivity.scoreOf')}</label>
                <select
                  id={`${id}-target`}
                  value={targetIndex}
                  onChange={(e) => setTargetIndex(Number(e.target.value))}
                >
                  {data.targets.map((target, i) => (
                    <option key={`${target.kind}-${target.id}`} value={i}>
                      {target.kind === 'scorecard' ? tm('sensitivity.scorecard') : target.name}
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
