/** Executive summary: the overall and perspective scores against the previous period, top risks, late initiatives. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportInitiative, ReportScorecard } from '../../shared/report';
import { perspectiveChartOption } from './chart-options';
import type { PageGeometry } from './page-setup';
import { mmToPx } from './page-setup';
import { PrintStatus } from './PrintStatus';
import { changeText, changeWords, scoreText, shortDate } from './report-format';
import { SvgChart } from './SvgChart';

const MAX_LATE = 5;
const gap = (i: ReportInitiative) => (i.expectedPercent ?? 100) - i.initiative.percentComplete;

interface Props {
  sc: ReportScorecard;
  page: PageGeometry;
  /** The report has an Initiatives section to send the reader to. */
  withInitiatives: boolean;
}

export function Summary({ sc, page, withInitiatives }: Props) {
  const { t } = useTranslation('report');
  const { evaluation: now, previous: before } = sc;
  const perspectives = [...sc.tree.perspectives].sort((a, b) => a.position - b.position);
  const bars = perspectives.map((p) => ({
    name: p.name,
    current: now.perspectives.find((s) => s.perspectiveId === p.id),
    previous: before.perspectives.find((s) => s.perspectiveId === p.id),
  }));
  const option = useMemo(
    () =>
      perspectiveChartOption(
        [...sc.tree.perspectives]
          .sort((a, b) => a.position - b.position)
          .map((p) => ({
            name: p.name,
            current: sc.evaluation.perspectives.find((s) => s.perspectiveId === p.id),
            previous: sc.previous.perspectives.find((s) => s.perspectiveId === p.id),
          })),
        sc.periodLabel,
        sc.previousLabel,
      ),
    [sc],
  );
  const chartWidth = mmToPx(page.contentWidth * (page.landscape ? 0.36 : 0.54));
  // The furthest behind first; a summary names a few and leaves the rest to the Initiatives section.
  const allLate = sc.initiatives
    .filter((i) => i.behindSchedule)
    .sort((a, b) => gap(b) - gap(a) || a.initiative.id - b.initiative.id);
  const late = allLate.slice(0, MAX_LATE);
  return (
    <section className="report-section summary" aria-labelledby={`summary-${sc.tree.scorecard.id}`}>
      <h1 id={`summary-${sc.tree.scorecard.id}`}>{t('summary.title')}</h1>
      <p className="section-lede">
        {t('summary.lede', { scorecard: sc.tree.scorecard.name, period: sc.periodLabel, previous: sc.previousLabel })}
      </p>
      <div className="summary-top keep">
        <div className="score-hero">
          <p className="score-hero-label">{t('summary.overall')}</p>
          <p className="score-hero-value">{scoreText(now.scorecard.score)}</p>
          <PrintStatus status={now.scorecard.status} />
          <p className="score-hero-change">
            {changeWords(before.scorecard.score, now.scorecard.score, sc.previousLabel)}
          </p>
          <p className="muted small">{now.scorecard.formula.text}</p>
        </div>
        <div className="tiles">
          {bars.map((b) => (
            <div className="tile" key={b.name}>
              <p className="tile-name">{b.name}</p>
              <p className="tile-score">{scoreText(b.current?.score)}</p>
              <PrintStatus status={b.current?.status ?? 'none'} />
              <p className="tile-change">{changeText(b.previous?.score, b.current?.score)}</p>
            </div>
          ))}
        </div>
        <figure className="summary-chart">
          <SvgChart
            option={option}
            width={chartWidth}
            height={mmToPx(8 + perspectives.length * 11)}
            label={t('summary.chartLabel', { period: sc.periodLabel, previous: sc.previousLabel })}
          />
          <figcaption>{t('summary.chartCaption', { period: sc.periodLabel, previous: sc.previousLabel })}</figcaption>
        </figure>
      </div>
      <div>
        <h2>{t('summary.topRisks')}</h2>
        {sc.risks.length === 0 ? (
          <p className="empty-line">{t('summary.noRisks')}</p>
        ) : (
          <table className="grid risks">
            <thead>
              <tr>
                <th scope="col">{t('summary.item')}</th>
                <th scope="col" className="num">
                  {t('summary.score')}
                </th>
                <th scope="col">{t('summary.status')}</th>
                <th scope="col">{t('summary.why')}</th>
              </tr>
            </thead>
            <tbody>
              {sc.risks.map((r) => (
                <tr key={`${r.kind}-${r.id}`}>
                  <td>
                    <span className="strong">{r.name}</span>
                    <span className="sub">
                      {r.kind === 'kpi' ? t('summary.keyKpi') : t('summary.objective')} · {r.context}
                    </span>
                  </td>
                  <td className="num">{scoreText(r.score)}</td>
                  <td>
                    <PrintStatus status={r.status} />
                  </td>
                  <td className="why">{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div>
        <h2>
          {t('summary.lateTitle')}
          {allLate.length > late.length ? (
            <span className="h2-note">
              {t(withInitiatives ? 'summary.lateSomeAll' : 'summary.lateSome', {
                shown: late.length,
                count: allLate.length,
              })}
            </span>
          ) : null}
        </h2>
        {late.length === 0 ? (
          <p className="empty-line">{t('summary.noLate')}</p>
        ) : (
          <table className="grid late">
            <thead>
              <tr>
                <th scope="col">{t('summary.initiative')}</th>
                <th scope="col">{t('summary.owner')}</th>
                <th scope="col" className="num">
                  {t('summary.done')}
                </th>
                <th scope="col" className="num">
                  {t('summary.plannedByNow')}
                </th>
                <th scope="col">{t('summary.ends')}</th>
              </tr>
            </thead>
            <tbody>
              {late.map(({ initiative: i, expectedPercent }) => (
                <tr key={i.id}>
                  <td className="strong">{i.title}</td>
                  <td>{i.owner || '—'}</td>
                  <td className="num">{scoreText(i.percentComplete)}</td>
                  <td className="num">{scoreText(expectedPercent)}</td>
                  <td>{shortDate(i.endDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
