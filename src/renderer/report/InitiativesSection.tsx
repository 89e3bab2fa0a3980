/** Every initiative with its progress against an even-paced plan, so late ones stand out without colour. */
import { useTranslation } from 'react-i18next';
import type { ReportScorecard } from '../../shared/report';
import { money, scoreText, shortDate } from './report-format';

export function InitiativesSection({ sc }: { sc: ReportScorecard }) {
  const { t } = useTranslation('report');
  const id = `initiatives-${sc.tree.scorecard.id}`;
  return (
    <section className="report-section" aria-labelledby={id}>
      <h1 id={id}>{t('initiatives.title')}</h1>
      <p className="section-lede">{t('initiatives.lede', { scorecard: sc.tree.scorecard.name, period: sc.periodLabel })}</p>
      {sc.initiatives.length === 0 ? (
        <p className="empty-line">{t('initiatives.none')}</p>
      ) : (
        <table className="grid initiatives">
          <thead>
            <tr>
              <th scope="col">{t('initiatives.initiative')}</th>
              <th scope="col">{t('initiatives.owner')}</th>
              <th scope="col">{t('initiatives.status')}</th>
              <th scope="col">{t('initiatives.donePlanned')}</th>
              <th scope="col">{t('initiatives.dates')}</th>
              <th scope="col" className="num">
                {t('initiatives.budget')}
              </th>
              <th scope="col" className="num">
                {t('initiatives.spent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sc.initiatives.map(({ initiative: i, expectedPercent, behindSchedule, schedule, objectives }) => (
              <tr key={i.id}>
                <th scope="row">
                  <span className="strong">{i.title}</span>
                  {objectives.length > 0 ? <span className="sub">{t('initiatives.serves', { objectives: objectives.join('; ') })}</span> : null}
                </th>
                <td>{i.owner || '—'}</td>
                <td>
                  {t(`initiatives.state.${i.status}`)}
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
