/**
 * Initiatives on a month axis: a bar from start to end filled to its % complete, today marked, overdue and
 * behind-schedule ones outlined and named in words. Each row reads as one sentence for screen readers.
 */
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../shared/domain';
import { formatPercent } from '../../shared/format';
import { formatDay, initiativeSchedule, timelineGeometry } from '../../shared/initiative-schedule';
import { INITIATIVE_STATUS_LABEL } from '../view-format';

interface Props {
  initiatives: Initiative[];
  today: string;
}

const FLAG: Partial<Record<string, string>> = { overdue: '✕', behind: '!', done: '✓' };

export function InitiativeTimeline({ initiatives, today }: Props) {
  const { t } = useTranslation('panels');
  const g = timelineGeometry(initiatives, today);
  // Earliest start first; undated ones at the end, where they do not break the staircase.
  const rows = [...initiatives].sort((a, b) => {
    const sa = g.bars.get(a.id)?.startDate ?? '9999';
    const sb = g.bars.get(b.id)?.startDate ?? '9999';
    return sa < sb ? -1 : sa > sb ? 1 : a.id - b.id;
  });
  return (
    <div className="timeline">
      <div className="tl-axis" aria-hidden="true">
        <div className="tl-years">
          {g.years.map((y) => (
            <span key={y.year} style={{ left: `${y.left}%`, width: `${y.width}%` }}>
              {y.year}
            </span>
          ))}
        </div>
        <div className="tl-months">
          {g.months.map((m) => (
            <span key={m.key} style={{ left: `${m.left}%`, width: `${m.width}%` }}>
              {m.labelled ? m.label : ''}
            </span>
          ))}
        </div>
        <span className="tl-today-label" style={{ left: `${g.today}%` }}>
          {t('timeline.today')}
        </span>
      </div>
      <div className="tl-grid" aria-hidden="true">
        {g.months.map((m) => (
          <span
            key={m.key}
            className={m.key.endsWith('-01') ? 'tl-gridline tl-year-line' : 'tl-gridline'}
            style={{ left: `${m.left}%` }}
          />
        ))}
        <span className="tl-today" style={{ left: `${g.today}%` }} />
      </div>
      <ul className="tl-rows" aria-label={t('timeline.label', { date: formatDay(today) })}>
        {rows.map((i) => {
          const bar = g.bars.get(i.id);
          const schedule = initiativeSchedule(i, today);
          const flagged = schedule.state === 'overdue' || schedule.state === 'behind';
          const span = bar
            ? t('timeline.span', { from: formatDay(bar.startDate), to: formatDay(bar.endDate) })
            : t('timeline.noDates');
          const percent = formatPercent(i.percentComplete);
          return (
            <li key={i.id} className={`tl-row tl-${schedule.state}`}>
              <div className="tl-label">
                <span className="tl-title">{i.title}</span>
                <span className={flagged ? 'flag flag-red' : 'item-note'}>
                  {FLAG[schedule.state] ? <span aria-hidden="true">{FLAG[schedule.state]} </span> : null}
                  {flagged
                    ? schedule.text.split(':')[0]!.trim()
                    : schedule.state === 'on_track'
                      ? t('timeline.onSchedule')
                      : schedule.text}
                </span>
              </div>
              <div className="tl-track">
                <span className="visually-hidden">
                  {t('timeline.rowSummary', { span, status: INITIATIVE_STATUS_LABEL[i.status], percent })}{' '}
                  {flagged ? schedule.text : ''}
                </span>
                {bar ? (
                  <span
                    className="tl-bar"
                    style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                    title={t('timeline.barTitle', { title: i.title, span, percent })}
                    aria-hidden="true"
                  >
                    <span className="tl-bar-fill" style={{ width: `${i.percentComplete}%` }} />
                  </span>
                ) : (
                  <span className="tl-undated" aria-hidden="true">
                    {t('timeline.noDatesYet')}
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
