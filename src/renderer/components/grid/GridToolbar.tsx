/** Above the grid: which periods it shows, the status legend, the note button, the keys, and the last message. */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { t } from '../../../shared/i18n';
import { containingPeriod, periodLabel } from '../../../shared/periods';
import type { GridLayout } from './grid-model';

interface Props {
  layout: GridLayout;
  fy: number;
  message: string;
  onNote(): void;
}

/** "Months of 2026", "Months of FY2026 (Apr 2026–Mar 2027)", "Quarters Q1 2025 – Q4 2026", "Years FY2022 – FY2026". */
function scopeText(layout: GridLayout, fy: number): string {
  const first = layout.columns[0];
  const last = layout.columns[layout.columns.length - 1];
  if (!first || !last) return '';
  if (layout.kind === 'month')
    return t('grid:toolbar.months', { year: periodLabel(containingPeriod(first.period, 'year', fy), fy) });
  const short = (c: typeof first) => (layout.kind === 'quarter' ? `${c.head} ${c.sub}` : c.head);
  const key = layout.kind === 'quarter' ? 'grid:toolbar.quarters' : 'grid:toolbar.years';
  return t(key, { first: short(first), last: short(last) });
}

const KEYS = ['typeNumber', 'f2', 'select', 'delete', 'copy', 'noteKey'] as const;

export function GridToolbar({ layout, fy, message, onNote }: Props) {
  const { t } = useTranslation('grid');
  const scope = scopeText(layout, fy);
  return (
    <div className="grid-toolbar">
      <div className="grid-toolbar-row">
        <p className="grid-scope">
          {scope}. <span className="grid-scope-hint">{t('toolbar.hint')}</span>
        </p>
        <ul className="grid-legend" aria-label={t('toolbar.legend')}>
          <li>
            <span className="legend-swatch cell-green" aria-hidden="true">
              ✓
            </span>
            {t('status.green')}
          </li>
          <li>
            <span className="legend-swatch cell-amber" aria-hidden="true">
              !
            </span>
            {t('status.amber')}
          </li>
          <li>
            <span className="legend-swatch cell-red" aria-hidden="true">
              ✕
            </span>
            {t('status.red')}
          </li>
          <li>
            <span className="legend-swatch legend-note" aria-hidden="true" />
            {t('toolbar.note')}
          </li>
        </ul>
        <button type="button" className="small" onClick={onNote} aria-keyshortcuts="Shift+F2">
          {t('toolbar.noteButton')}
        </button>
        <details className="grid-keys">
          <summary>{t('toolbar.keys')}</summary>
          <dl>
            {KEYS.map((k) => (
              <Fragment key={k}>
                <dt>{t(`toolbar.${k}`)}</dt>
                <dd>{t(`toolbar.${k}Do`)}</dd>
              </Fragment>
            ))}
          </dl>
        </details>
      </div>
      <p className="grid-message" role="status">
        {message}
      </p>
    </div>
  );
}
