/** The dashboard's building blocks: a card, a change beside a number, and the comparison tables. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change } from '../../../shared/dashboard';
import type { Status } from '../../../shared/domain';
import { formatPercent } from '../../../shared/format';
import { StatusBadge } from '../StatusBadge';

export function Card({
  title,
  span,
  children,
  id,
}: {
  title: string;
  span: 4 | 5 | 6 | 7 | 12;
  children: ReactNode;
  id: string;
}) {
  return (
    <section className={`dash-card span-${span}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function Delta({ change }: { change: Change }) {
  return <span className={`delta delta-${change.direction}`}>{change.text}</span>;
}

export interface ComparedRow {
  key: string;
  label: ReactNode;
  value: ReactNode;
  vsPrevious: Change;
  vsLastYear: Change;
}

/** A small table: what, the number, and its change against the previous period and the same period last year. */
export function ComparisonTable({
  caption,
  head,
  rows,
  previousLabel,
  lastYearLabel,
}: {
  caption: string;
  head: [string, string];
  rows: readonly ComparedRow[];
  previousLabel: string;
  lastYearLabel: string;
}) {
  const { t } = useTranslation('plans');
  return (
    <table className="dash-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head[0]}</th>
          <th scope="col" className="num">
            {head[1]}
          </th>
          <th scope="col">{t('dashboard.versus', { period: previousLabel })}</th>
          <th scope="col">{t('dashboard.versus', { period: lastYearLabel })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{r.value}</td>
            <td>
              <Delta change={r.vsPrevious} />
            </td>
            <td>
              <Delta change={r.vsLastYear} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The change cell drops the period name the column header already gives. */
export function short(change: Change): Change {
  return { ...change, text: change.short };
}

export function ScoreWithStatus({ score, status }: { score: number | null; status: Status }) {
  return (
    <span className="score-with-status">
      <span className="score-number">{formatPercent(score)}</span>
      <StatusBadge status={status} />
    </span>
  );
}

/** A chart's data as a plain table for screen readers (the chart itself is one image to them). */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly string[] }[];
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.cells[0]}</th>
            {r.cells.slice(1).map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
