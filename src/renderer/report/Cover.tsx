/** The cover: who the report is for, what it covers, when and by whom it was prepared. */
import type { ReportData } from '../../shared/report';
import { longDate } from './report-format';

export function Cover({ data }: { data: ReportData }) {
  const { cover, scorecards } = data;
  const periods = [...new Set(scorecards.map((s) => s.periodLabel))].join(', ');
  const names = scorecards.map((s) => s.tree.scorecard.name).filter((n) => n !== cover.companyName);
  // One scorecard: its mission says what the numbers inside are for. Long ones are cut at a word.
  const full = scorecards.length === 1 ? scorecards[0]!.tree.scorecard.mission.trim() : '';
  const mission = full.length > 320 ? `${full.slice(0, 320).replace(/\s+\S*$/, '')}…` : full;
  return (
    <section className="cover" aria-label="Cover">
      <header className="cover-top">
        {cover.logo ? <img className="cover-logo" src={cover.logo} alt={`${cover.companyName} logo`} /> : null}
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
          <dt>Period</dt>
          <dd>{periods}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{longDate(cover.date)}</dd>
        </div>
        {cover.preparedBy ? (
          <div>
            <dt>Prepared by</dt>
            <dd>{cover.preparedBy}</dd>
          </div>
        ) : null}
        <div>
          <dt>Document</dt>
          <dd>{data.documentName}</dd>
        </div>
      </dl>
    </section>
  );
}
