/** Every initiative with its progress against an even-paced plan, so late ones stand out without colour. */
import type { InitiativeStatus } from '../../shared/domain';
import type { ReportScorecard } from '../../shared/report';
import { money, scoreText, shortDate } from './report-format';

const STATUS: Record<InitiativeStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  on_hold: 'On hold',
  done: '✓ Done',
  cancelled: 'Cancelled',
};

export function InitiativesSection({ sc }: { sc: ReportScorecard }) {
  const id = `initiatives-${sc.tree.scorecard.id}`;
  return (
    <section className="report-section" aria-labelledby={id}>
      <h1 id={id}>Initiatives</h1>
      <p className="section-lede">
        {sc.tree.scorecard.name} · progress as of the end of {sc.periodLabel}; “planned by now” assumes work spread
        evenly between start and end
      </p>
      {sc.initiatives.length === 0 ? (
        <p className="empty-line">No initiatives in this scorecard.</p>
      ) : (
        <table className="grid initiatives">
          <thead>
            <tr>
              <th scope="col">Initiative</th>
              <th scope="col">Owner</th>
              <th scope="col">Status</th>
              <th scope="col">Done / planned by now</th>
              <th scope="col">Dates</th>
              <th scope="col" className="num">
                Budget
              </th>
              <th scope="col" className="num">
                Spent
              </th>
            </tr>
          </thead>
          <tbody>
            {sc.initiatives.map(({ initiative: i, expectedPercent, behindSchedule, schedule, objectives }) => (
              <tr key={i.id}>
                <th scope="row">
                  <span className="strong">{i.title}</span>
                  {objectives.length > 0 ? <span className="sub">Serves: {objectives.join('; ')}</span> : null}
                </th>
                <td>{i.owner || '—'}</td>
                <td>
                  {STATUS[i.status]}
                  {behindSchedule ? <span className="late-flag">! {schedule.split(':')[0]}</span> : null}
                </td>
                <td>
                  <span className="bar" aria-hidden="true">
                    <span className="bar-done" style={{ width: `${i.percentComplete}%` }} />
                    {expectedPercent !== null ? (
                      <span className="bar-plan" style={{ left: `${expectedPercent}%` }} />
                    ) : null}
                  </span>
                  <span className="bar-text">
                    {scoreText(i.percentComplete)} / {scoreText(expectedPercent)}
                  </span>
                </td>
                <td className="dates">
                  {shortDate(i.startDate)} – {shortDate(i.endDate)}
                </td>
                <td className="num">{money(i.budget)}</td>
                <td className="num">{money(i.spent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
