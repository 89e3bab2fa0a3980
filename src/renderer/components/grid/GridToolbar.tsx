/** Above the grid: which periods it shows, the status legend, the note button, the keys, and the last message. */
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
  if (layout.kind === 'month') return `Months of ${periodLabel(containingPeriod(first.period, 'year', fy), fy)}`;
  const short = (c: typeof first) => (layout.kind === 'quarter' ? `${c.head} ${c.sub}` : c.head);
  return `${layout.kind === 'quarter' ? 'Quarters' : 'Years'} ${short(first)} – ${short(last)}`;
}

export function GridToolbar({ layout, fy, message, onNote }: Props) {
  const scope = scopeText(layout, fy);
  return (
    <div className="grid-toolbar">
      <div className="grid-toolbar-row">
        <p className="grid-scope">
          {scope}. <span className="grid-scope-hint">Change them with the period above.</span>
        </p>
        <ul className="grid-legend" aria-label="Legend">
          <li>
            <span className="legend-swatch cell-green" aria-hidden="true">
              ✓
            </span>
            On track
          </li>
          <li>
            <span className="legend-swatch cell-amber" aria-hidden="true">
              !
            </span>
            At risk
          </li>
          <li>
            <span className="legend-swatch cell-red" aria-hidden="true">
              ✕
            </span>
            Off track
          </li>
          <li>
            <span className="legend-swatch legend-note" aria-hidden="true" />
            Note
          </li>
        </ul>
        <button type="button" className="small" onClick={onNote} aria-keyshortcuts="Shift+F2">
          Note…
        </button>
        <details className="grid-keys">
          <summary>Keys</summary>
          <dl>
            <dt>Type a number</dt>
            <dd>replaces the value; Enter saves and goes down, Tab goes right, Esc cancels</dd>
            <dt>F2 or double-click</dt>
            <dd>edits the value in place</dd>
            <dt>Shift+arrows, Shift+click, drag</dt>
            <dd>select a range</dd>
            <dt>Delete</dt>
            <dd>clears the selected values</dd>
            <dt>Ctrl+C, Ctrl+V</dt>
            <dd>copy, and paste a block from Excel or LibreOffice</dd>
            <dt>Shift+F2</dt>
            <dd>writes a note on the cell</dd>
          </dl>
        </details>
      </div>
      <p className="grid-message" role="status">
        {message}
      </p>
    </div>
  );
}
