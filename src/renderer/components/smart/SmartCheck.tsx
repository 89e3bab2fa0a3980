/**
 * The scorecard's SMART check at a glance: a button in the scorecard header counting the hints, and a panel below
 * the header (not a dialog: the scorecard stays usable beside it) listing them by letter. Each item opens its edit
 * form, where the hint can be acted on; the panel follows the edit as the report changes.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { SMART_LETTERS, smartWord, type SmartReport } from '../../../shared/smart';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import '../../styles/smart.css';

export const SMART_PANEL_ID = 'smart-check-panel';

/** "SMART check", then ": 3 hints" once the first report is in. */
function checkTitle(t: TFunction<'engine'>, report: SmartReport | null): string {
  if (!report) return t('smart.check.title');
  const n = report.summary.hints;
  return t('smart.check.titleWithHints', {
    hints: n === 0 ? t('smart.check.noHints') : t('smart.check.hints', { count: n }),
  });
}

export function SmartCheckButton(p: {
  report: SmartReport | null;
  open: boolean;
  onToggle(): void;
  buttonRef: RefObject<HTMLButtonElement | null>;
}) {
  const { t } = useTranslation('engine');
  return (
    <button
      type="button"
      ref={p.buttonRef}
      className="small quiet smart-check-button"
      aria-expanded={p.open}
      aria-controls={p.open ? SMART_PANEL_ID : undefined}
      // Until the first report arrives (just after the first paint) the button keeps its place, without a count.
      onClick={p.onToggle}
    >
      {checkTitle(t, p.report)}
    </button>
  );
}

export function SmartCheckPanel(p: { report: SmartReport | null; onClose(): void }) {
  const { t } = useTranslation('engine');
  const { t: tCommon } = useTranslation('common');
  const tree = useDocumentStore((s) => s.tree);
  const openDialog = useUiStore((s) => s.openDialog);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!tree) return null;
  const { report } = p;

  function edit(kind: 'objective' | 'kpi', id: number, opener: HTMLElement): void {
    if (kind === 'objective') {
      const objective = tree!.objectives.find((o) => o.id === id);
      if (objective) openDialog({ kind: 'objective', objective, perspectiveId: objective.perspectiveId }, opener);
    } else {
      const kpi = tree!.kpis.find((k) => k.id === id);
      if (kpi) openDialog({ kind: 'kpi', kpi, objectiveId: kpi.objectiveId }, opener);
    }
  }

  return (
    <section
      id={SMART_PANEL_ID}
      className="smart-panel"
      aria-labelledby="smart-panel-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          p.onClose();
        }
      }}
    >
      <header className="smart-panel-header">
        <h2 id="smart-panel-heading" ref={heading} tabIndex={-1}>
          {checkTitle(t, report)}
        </h2>
        <button type="button" className="small quiet" onClick={p.onClose}>
          {tCommon('close')}
        </button>
      </header>
      <p className="smart-intro">{t('smart.check.intro')}</p>
      {!report ? (
        <p role="status">{t('smart.check.checking')}</p>
      ) : report.summary.hints === 0 ? (
        <p className="empty-note">{t('smart.check.allPass')}</p>
      ) : (
        SMART_LETTERS.filter((l) => report.summary.byLetter[l].length > 0).map((l) => (
          <section key={l} className="smart-group" aria-labelledby={`smart-group-${l}`}>
            <h3 id={`smart-group-${l}`}>
              <span className="smart-group-letter" aria-hidden="true">
                {l}
              </span>
              {smartWord(l)} <span className="smart-count">({report.summary.byLetter[l].length})</span>
            </h3>
            <ul>
              {report.summary.byLetter[l].map(({ item, finding }, i) => (
                <li key={`${item.kind}-${item.id}-${i}`}>
                  <button
                    type="button"
                    className="smart-item"
                    aria-label={t(item.kind === 'kpi' ? 'smart.check.editKpi' : 'smart.check.editObjective', {
                      name: item.name,
                    })}
                    onClick={(e) => edit(item.kind, item.id, e.currentTarget)}
                  >
                    <span className="smart-kind">{t(item.kind === 'kpi' ? 'kind.kpi' : 'kind.objective')}</span>{' '}
                    {item.name}
                  </button>
                  <span className="smart-reason">{finding.message}</span>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
