/** The whole report: the cover, then each chosen section for each scorecard, each section from a new page. */
import { useEffect } from 'react';
import type { Kpi } from '../../shared/domain';
import type { ReportData, ReportScorecard } from '../../shared/report';
import { okrSectionContent } from '../../shared/report-okrs';
import { ChangesSection } from './ChangesSection';
import { Cover } from './Cover';
import { InitiativesSection } from './InitiativesSection';
import { KpiPage } from './KpiPage';
import { MapSection } from './MapSection';
import { NotesSection } from './NotesSection';
import { OkrSection } from './OkrSection';
import { pageCss, pageGeometry } from './page-setup';
import { ScorecardTable } from './ScorecardTable';
import { Summary } from './Summary';
import { WorkshopSection } from './WorkshopSection';

/** Key KPIs in the order of the scorecard table: by perspective, then objective, then KPI position. */
function keyKpisInOrder(sc: ReportScorecard): Kpi[] {
  const byPosition = <T extends { position: number; id: number }>(a: T, b: T) => a.position - b.position || a.id - b.id;
  return [...sc.tree.perspectives].sort(byPosition).flatMap((p) =>
    sc.tree.objectives
      .filter((o) => o.perspectiveId === p.id)
      .sort(byPosition)
      .flatMap((o) => sc.tree.kpis.filter((k) => k.objectiveId === o.id && k.isKey).sort(byPosition)),
  );
}

interface Props {
  data: ReportData;
  /** Called once everything is in the DOM (charts included). */
  onRendered(): void;
}

export function ReportDocument({ data, onRendered }: Props) {
  const { options } = data;
  const page = pageGeometry(options.pageSize, options.orientation);
  const has = (s: (typeof options.sections)[number]) => options.sections.includes(s);
  const periods = [...new Set(data.scorecards.map((s) => s.periodLabel))].join(', ');
  useEffect(onRendered, [onRendered]);
  return (
    <div className={`report ${page.landscape ? 'landscape' : 'portrait'}`}>
      <style>{pageCss(page, `${data.documentName} · ${periods}`, has('cover'))}</style>
      {has('cover') ? <Cover data={data} /> : null}
      {data.scorecards.map((sc) => (
        <div className="scorecard-part" key={sc.tree.scorecard.id}>
          {has('summary') ? <Summary sc={sc} page={page} withInitiatives={has('initiatives')} /> : null}
          {has('changes') ? <ChangesSection sc={sc} /> : null}
          {has('map') ? <MapSection sc={sc} landscape={page.landscape} /> : null}
          {has('table') ? <ScorecardTable sc={sc} /> : null}
          {has('kpis') ? keyKpisInOrder(sc).map((k) => <KpiPage key={k.id} sc={sc} kpi={k} page={page} />) : null}
          {okrSectionContent(sc, options.sections) !== 'none' ? <OkrSection sc={sc} /> : null}
          {has('initiatives') ? <InitiativesSection sc={sc} /> : null}
          {/* No workshops, no page; unless it is all that was asked for (a PDF is never blank). */}
          {has('workshops') && (sc.workshops.length > 0 || options.sections.length === 1) ? (
            <WorkshopSection sc={sc} />
          ) : null}
          {has('notes') ? <NotesSection sc={sc} /> : null}
        </div>
      ))}
    </div>
  );
}
