/** The cover: who the report is for, what it covers, when and by whom it was prepared. */
import type { ReportData } from '../../shared/report';
import { useTranslation } from 'react-i18next';
import { longDate } from './report-format';

export function Cover({ data }: { data: ReportData }) {
  const { t } = useTranslation('report');
  const { cover, scorecards } = data;
  const periods = [...new Set(scorecards.map((s) => s.periodLabel))].join(', ');
  const names = scorecards.map((s) => s.tree.scorecard.name).filter((n) => n !== cover.companyName);
  // One scorecard: its mission says what the numbers inside are for. Long ones are cut at a word.
  const full = scorecards.length === 1 ? scorecards[0]!.tree.scorecard.mission.trim() : '';
  const mission = full.length > 320 ? `${full.slice(0, 320).replace(/\s+\S*$/, '')}…` : full;
  return (
    <section className="cover" aria-label={t('cover.label')}>
      <header className="cover-top">
        {cover.logo ? <img className="cover-logo" src={cover.logo} alt={t('cover.logo', { company: cover.companyName })} /> : null}
        <p className="cover-company">{cover.companyName}</p>
      </header>
      <div className="cover-main">
        <p className="cover-kicker">{periods}</p>
        <h1 className="cover-title">{cover.title}</h1>
        {names.length > 0 ? <p className="cover-subtitle">{names.join(' · ')}</p> : null}
        {mission ? <p className="cover-mission">{mission}</p> : null}
      </div>
      <dl className="cover-meta">
        <div>
          <dt>{t('cover.period')}</dt>
          <dd>{periods}</dd>
        </div>
        <div>
          <dt>{t('cover.date')}</dt>
          <dd>{longDate(cover.date)}</dd>
        </div>
        {cover.preparedBy ? (
          <div>
            <dt>{t('cover.preparedBy')}</dt>
            <dd>{cover.preparedBy}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('cover.document')}</dt>
          <dd>{data.documentName}</dd>
        </div>
      </dl>
    </section>
  );
}
