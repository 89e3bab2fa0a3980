/** The scorecard's name, overall score and status, the period, and scorecard-level actions. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../shared/format';
import { useDocumentStore } from '../stores/document-store';
import { useUiStore } from '../stores/ui-store';
import { PeriodLock, PeriodPicker } from './PeriodPicker';
import { StatusBadge } from './StatusBadge';
import { ScorecardBreadcrumbs, ScorecardSwitcher } from './cascade/ScorecardSwitcher';
import { SmartCheckButton, SmartCheckPanel } from './smart/SmartCheck';
import { useSmartReport } from '../use-smart';
import { useTeamAccess } from '../team/access';

export function ScorecardHeader() {
  const { t } = useTranslation(['app', 'common']);
  const tree = useDocumentStore((s) => s.tree);
  const scorecards = useDocumentStore((s) => s.scorecards);
  const evaluation = useDocumentStore((s) => s.evaluation);
  const period = useDocumentStore((s) => s.period);
  const openDialog = useUiStore((s) => s.openDialog);
  // Team mode: a viewer or contributor is not offered what the server would refuse (changing the scorecard itself).
  const fixed = useTeamAccess().edit !== null;
  const smart = useSmartReport();
  const [smartOpen, setSmartOpen] = useState(false);
  const smartButton = useRef<HTMLButtonElement>(null);
  if (!tree) return null;
  const { scorecard } = tree;
  const overall = evaluation?.scorecard;
  const total = overall?.total ?? tree.perspectives.length;
  return (
    <header className="scorecard-header">
      <div className="scorecard-identity">
        <ScorecardBreadcrumbs />
        {scorecards.length > 1 ? (
          <ScorecardSwitcher name={scorecard.name} currentId={scorecard.id} />
        ) : (
          <h1 id="main-heading" tabIndex={-1}>
            {scorecard.name}
          </h1>
        )}
        {scorecard.mission ? <p className="mission">{scorecard.mission}</p> : null}
        <SmartCheckButton
          report={smart}
          open={smartOpen}
          onToggle={() => setSmartOpen((v) => !v)}
          buttonRef={smartButton}
        />
      </div>
      <div className="overall" role="group" aria-label={t('header.overall')}>
        <StatusBadge status={overall?.status ?? 'none'} explanation={overall?.formula.text} size="large" />
        <div className="overall-numbers">
          <span className="overall-score" title={overall?.formula.text}>
            <span className="visually-hidden">{t('header.overallScore')} </span>
            {formatPercent(overall?.score ?? null)}
          </span>
          <span className="reported">
            {t('reported.perspectives', { reported: overall?.reported ?? 0, count: total })}
          </span>
        </div>
      </div>
      <div className="scorecard-controls">
        <div className="period-controls">
          <PeriodPicker fyStart={scorecard.fiscalYearStartMonth} />
          {fixed ? null : <PeriodLock fyStart={scorecard.fiscalYearStartMonth} />}
        </div>
        <div className="toolbar" role="group" aria-label={t('header.actions')}>
          <button type="button" hidden={fixed} onClick={(e) => openDialog({ kind: 'perspective' }, e.currentTarget)}>
            {t('overview.addPerspective')}
          </button>
          <button
            type="button"
            hidden={fixed}
            onClick={(e) => openDialog({ kind: 'scorecard', scorecard }, e.currentTarget)}
          >
            {t('header.editScorecard')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={(e) =>
              openDialog(
                {
                  kind: 'notes',
                  entityType: 'scorecard',
                  entityId: scorecard.id,
                  title: scorecard.name,
                  period: period ?? undefined,
                },
                e.currentTarget,
              )
            }
          >
            {t('header.notes')}
          </button>
          <button
            type="button"
            className="quiet"
            hidden={fixed}
            onClick={(e) => openDialog({ kind: 'newScorecard' }, e.currentTarget)}
          >
            {t('header.newScorecard')}
          </button>
        </div>
      </div>
      {smartOpen ? (
        <SmartCheckPanel
          report={smart}
          onClose={() => {
            setSmartOpen(false);
            smartButton.current?.focus();
          }}
        />
      ) : null}
    </header>
  );
}
