/**
 * The wizard's last step: every cell of the sheet and what importing it would do, before anything is written. Invalid
 * cells come first, with their place in the sheet and the reason; the table is paged, since a sheet may hold
 * thousands of values.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScorecardTree } from '../../../shared/domain';
import { formatNumber, formatValue } from '../../../shared/format';
import { isPeriodKey, periodLabel } from '../../../shared/periods';
import type { CellVerdict, ImportPreview, PreviewCell } from '../../../shared/sheets';
import { counted, sortCells, verdictLabel, VERDICTS } from './import-wizard';

const PAGE = 50;
/** The invalid cells listed above the table, one line each; the table has the rest. */
const LISTED_INVALID = 5;

interface Props {
  preview: ImportPreview;
  tree: ScorecardTree;
  skipInvalid: boolean;
  onSkipInvalid(skip: boolean): void;
}

export function ImportPreviewStep({ preview, tree, skipInvalid, onSkipInvalid }: Props) {
  const { t } = useTranslation('grid');
  const id = useId();
  const [filter, setFilter] = useState<CellVerdict | 'all'>('all');
  const [page, setPage] = useState(0);
  const sorted = useMemo(() => sortCells(preview.cells), [preview.cells]);
  const shown = useMemo(
    () => (filter === 'all' ? sorted : sorted.filter((c) => c.verdict === filter)),
    [sorted, filter],
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const at = Math.min(page, pages - 1);
  const rows = shown.slice(at * PAGE, at * PAGE + PAGE);
  const kpis = useMemo(() => new Map(tree.kpis.map((k) => [k.id, k])), [tree.kpis]);
  const fy = tree.scorecard.fiscalYearStartMonth;
  const invalid = sorted.filter((c) => c.verdict === 'invalid');
  const n = (count: number) => formatNumber(count);

  function value(cell: PreviewCell, v: number | string | null): string {
    if (v === null || v === '') return '';
    if (typeof v === 'string') return v;
    const unit = cell.kpiId === null ? '' : (kpis.get(cell.kpiId)?.unit ?? '');
    return formatValue(v, unit, { maxDecimals: 4 });
  }

  const period = (cell: PreviewCell) => {
    const label = cell.period && isPeriodKey(cell.period) ? periodLabel(cell.period, fy) : (cell.period ?? '');
    return cell.field === 'actual' || !label ? label : t(`import.preview.field.${cell.field}`, { period: label });
  };

  const choose = (f: CellVerdict | 'all') => {
    setFilter(f);
    setPage(0);
  };

  return (
    <div className="import-preview">
      <div className="import-filters" role="group" aria-label={t('import.preview.show')}>
        <button type="button" className="small" aria-pressed={filter === 'all'} onClick={() => choose('all')}>
          {t('import.preview.all')} <span className="import-count">{n(preview.cells.length)}</span>
        </button>
        {VERDICTS.map((v) =>
          preview.counts[v] > 0 || v === 'new' || v === 'changed' ? (
            <button
              key={v}
              type="button"
              className={`small verdict-${v}`}
              aria-pressed={filter === v}
              onClick={() => choose(v)}
            >
              {verdictLabel(v)} <span className="import-count">{n(preview.counts[v])}</span>
            </button>
          ) : null,
        )}
      </div>
      {invalid.length > 0 ? (
        <div className="import-invalid" role="group" aria-labelledby={`${id}-invalid`}>
          <p id={`${id}-invalid`}>
            <span aria-hidden="true">✕ </span>
            {counted('grid:import.preview.cannotRead', invalid.length)}
          </p>
          <ul>
            {invalid.slice(0, LISTED_INVALID).map((c) => (
              <li key={c.address}>
                <strong>{c.address}</strong> ({[c.name.trim(), period(c)].filter(Boolean).join(', ')}):{' '}
                {c.reason ?? t('import.preview.notAValue', { raw: c.raw })}
              </li>
            ))}
            {invalid.length > LISTED_INVALID ? (
              <li>{t('import.preview.more', { n: n(invalid.length - LISTED_INVALID) })}</li>
            ) : null}
          </ul>
          <label className="field-checkbox">
            <input type="checkbox" checked={skipInvalid} onChange={(e) => onSkipInvalid(e.target.checked)} />
            <span>{counted('grid:import.preview.skip', invalid.length)}</span>
          </label>
        </div>
      ) : null}
      <div className="import-table" role="region" aria-label={t('import.preview.region')} tabIndex={0}>
        <table>
          <caption className="visually-hidden">
            {filter === 'all'
              ? t('import.preview.captionAll', { page: at + 1, pages })
              : t('import.preview.caption', { verdict: verdictLabel(filter), page: at + 1, pages })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('import.preview.cell')}</th>
              <th scope="col">{t('import.preview.kpi')}</th>
              <th scope="col">{t('import.preview.period')}</th>
              <th scope="col" className="num">
                {t('import.preview.now')}
              </th>
              <th scope="col" className="num">
                {t('import.preview.fromSheet')}
              </th>
              <th scope="col">{t('import.preview.verdictColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={6} className="import-empty">
                  {t('import.preview.none')}
                </td>
              </tr>
            ) : (
              rows.map((c) => {
                const kpi = c.kpiId === null ? undefined : kpis.get(c.kpiId);
                return (
                  <tr key={`${c.address}-${c.field}`} className={`verdict-${c.verdict}`}>
                    <td className="import-address">{c.address}</td>
                    <td>
                      {kpi?.name ?? c.name.trim()}
                      {kpi && kpi.name !== c.name ? (
                        <span className="field-hint">{t('import.preview.from', { name: c.name })}</span>
                      ) : null}
                      {!kpi && c.verdict === 'new' ? (
                        <span className="field-hint">{t('import.preview.newKpi')}</span>
                      ) : null}
                    </td>
                    <td>{period(c)}</td>
                    <td className={c.field === 'note' ? undefined : 'num'}>{value(c, c.current)}</td>
                    <td className={c.field === 'note' ? undefined : 'num'}>
                      {c.verdict === 'invalid' ? c.raw : value(c, c.value)}
                    </td>
                    <td>
                      <span className={`verdict verdict-${c.verdict}`}>{verdictLabel(c.verdict)}</span>
                      {c.reason && c.verdict !== 'same' ? <span className="import-reason"> {c.reason}</span> : null}
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
      <div className="import-pager">
        <span>
          {shown.length === 0
            ? t('import.preview.noCells')
            : t('import.preview.range', {
                first: n(at * PAGE + 1),
                last: n(at * PAGE + rows.length),
                total: n(shown.length),
              })}
        </span>
        {pages > 1 ? (
          <>
            <button type="button" className="small" disabled={at === 0} onClick={() => setPage(at - 1)}>
              {t('import.preview.previous')}
            </button>
            <button type="button" className="small" disabled={at >= pages - 1} onClick={() => setPage(at + 1)}>
              {t('import.preview.nextPage')}
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
