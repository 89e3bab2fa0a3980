/**
 * The Strategy check view (docs/strategy-check.md): each cause-and-effect link of the map tested against the history
 * (Cause and effect), how much the scores depend on the choices behind them (Sensitivity), and hypothetical values
 * with what it would take to turn green (What-if). Nothing here writes but the lag setting.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../stores/document-store';
import { CauseEffectPanel } from './CauseEffectPanel';
import { SensitivityPanel } from './SensitivityPanel';
import { WhatIfPanel } from './WhatIfPanel';

const SECTIONS = [
  { id: 'links', key: 'causeEffect' },
  { id: 'sensitivity', key: 'sensitivity' },
  { id: 'what-if', key: 'whatIf' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

export function StrategyCheckView() {
  const { t } = useTranslation('map');
  const scorecardId = useDocumentStore((s) => s.tree?.scorecard.id);
  const [section, setSection] = useState<SectionId>('links');
  if (scorecardId === undefined) return null;
  return (
    <section aria-label={t('check.label')} className="strategy-check">
      <div className="strategy-check-sections" role="tablist" aria-label={t('check.sections')}>
        {SECTIONS.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            id={`strategy-tab-${s.id}`}
            aria-selected={section === s.id}
            aria-controls={`strategy-panel-${s.id}`}
            tabIndex={section === s.id ? 0 : -1}
            onClick={() => setSection(s.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const i = SECTIONS.findIndex((x) => x.id === section);
              const next = SECTIONS[(i + (e.key === 'ArrowRight' ? 1 : SECTIONS.length - 1)) % SECTIONS.length]!;
              setSection(next.id);
              document.getElementById(`strategy-tab-${next.id}`)?.focus();
            }}
          >
            {t(`check.section.${s.key}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`strategy-panel-${section}`} aria-labelledby={`strategy-tab-${section}`}>
        {section === 'links' ? (
          <CauseEffectPanel scorecardId={scorecardId} />
        ) : section === 'sensitivity' ? (
          <SensitivityPanel scorecardId={scorecardId} />
        ) : (
          <WhatIfPanel scorecardId={scorecardId} />
        )}
      </div>
    </section>
  );
}
