/**
 * The entry grid: KPIs down, periods across, edited like a spreadsheet. Rows are virtualised with
 * @tanstack/react-virtual (the row of the active cell always stays rendered, so focus is never lost), and there is
 * one tab stop: the active cell (roving tabindex). Keys are in grid-keyboard.ts, paste/clear/copy in grid-edit.ts.
 */
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type CSSProperties,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ScorecardTree } from '../../../shared/domain';
import { useGridController } from './use-grid-controller';
import { GridRow } from './GridRow';
import { buildLayout, cellKey, sentence, type CellError } from './grid-model';
import { useCellViews } from './use-cell-views';
import { useGridPending, useGridScores, useHeldCells } from './grid-data';
import type { GridAccess } from './grid-edit';
import { rectOf } from './grid-keyboard';
import { NotePopover } from './NotePopover';
import { LockIcon } from '../LockIcon';
import { useDocumentStore } from '../../stores/document-store';
import { GridToolbar } from './GridToolbar';
import { COL_W, HEAD_H, HEIGHTS, NOTE_W, ROWHEAD_W } from './grid-geometry';
import { accessOf } from '../../team/access';
import { useTeamStore } from '../../team/team-store';

/** Space the status bar and the main area's bottom padding take below the grid. */
const BELOW_GRID = 64;
const TIP_W = 300;
const MIN_HEIGHT = 320;

/**
 * The grid scrolls inside itself and reaches down to the status bar, whatever the height of the header above it,
 * so its header row and KPI column stay in view while the page itself hardly scrolls.
 */
function useFillWindow(ref: RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const fit = () => {
      const el = ref.current;
      if (!el) return;
      const main = el.closest('main');
      const top = el.getBoundingClientRect().top + (main?.scrollTop ?? 0);
      el.style.height = `${Math.max(MIN_HEIGHT, window.innerHeight - top - BELOW_GRID)}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [ref]);
}

interface Props {
  tree: ScorecardTree;
  period: string;
}

export function EntryGrid({ tree, period }: Props) {
  const { t } = useTranslation('grid');
  const fy = tree.scorecard.fiscalYearStartMonth;
  const closed = useDocumentStore((s) => s.closed);
  const layout = useMemo(() => buildLayout(tree, period, [...closed.keys()]), [tree, period, closed]);
  const periods = useMemo(() => layout.columns.map((c) => c.period), [layout]);
  const pending = useGridPending((s) => s.pending);
  const scores = useGridScores(tree, periods, pending, closed);
  const [errors, setErrors] = useState<ReadonlyMap<string, CellError>>(new Map());
  const [message, setMessage] = useState('');
  const scrollerRef = useRef<HTMLDivElement>(null);

  const byCell = useHeldCells();

  // Team mode: the cells of KPIs this person may not enter are read-only, with the reason (as the server would say).
  const me = useTeamStore((s) => s.me);
  const denied = useMemo(() => accessOf(me).enter, [me]);
  const cellsFor = useCellViews(layout, fy, { scores, byCell, pending, errors, denied });
  const access: GridAccess = useMemo(
    () => ({
      rows: layout.kpis.length,
      cols: layout.columns.length,
      cell: (r, c) => cellsFor(r)[c]!,
      kpi: (r) => layout.kpis[r]!,
      column: (c) => layout.columns[c]!,
    }),
    [layout, cellsFor],
  );

  const offsets = useMemo(() => {
    let y = HEAD_H;
    return layout.rows.map((row) => {
      const start = y;
      y += HEIGHTS[row.kind];
      return start;
    });
  }, [layout]);
  const totalHeight = offsets.length
    ? offsets[offsets.length - 1]! + HEIGHTS[layout.rows[layout.rows.length - 1]!.kind]
    : HEAD_H;
  const width = ROWHEAD_W + layout.columns.length * COL_W;

  const ctl = useGridController({
    tree,
    layout,
    periods,
    access,
    offsets,
    scrollerRef,
    byCell,
    errors,
    setErrors,
    setMessage,
    chosenColumn: Math.max(0, periods.indexOf(period)),
    chosenPeriod: period,
  });
  const { pos, anchor, editing, note } = ctl;

  const activeRow = layout.rowOfKpi[pos.r] ?? 0;
  const keepRows = useRef<number[]>([]);
  keepRows.current = [activeRow, ...(note ? [layout.rowOfKpi[note.r] ?? 0] : [])];
  // Stable functions: the virtualiser lays out every row again whenever they change, and it renders on each scroll.
  const estimateSize = useCallback((i: number) => HEIGHTS[layout.rows[i]!.kind], [layout]);
  const getItemKey = useCallback((i: number) => layout.rows[i]!.key, [layout]);
  const virtualizer = useVirtualizer({
    count: layout.rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize,
    getItemKey,
    paddingStart: HEAD_H,
    scrollPaddingStart: HEAD_H,
    overscan: 6,
    rangeExtractor: (range) => {
      const shown = defaultRangeExtractor(range);
      const extra = keepRows.current.filter((i) => i < range.count && !shown.includes(i));
      return extra.length ? [...shown, ...extra].sort((a, b) => a - b) : shown;
    },
  });

  const onEditText = useCallback(
    (e: ChangeEvent<HTMLInputElement>) => ctl.setEditText(e.target.value),
    [ctl.setEditText],
  );

  useLayoutEffect(() => ctl.applyFocus());
  useFillWindow(scrollerRef);

  const rect = rectOf(anchor, pos);
  const errorId = `grid-error-${tree.scorecard.id}`;
  const activeCell = layout.kpis.length ? access.cell(pos.r, pos.c) : null;
  const cellTop = (r: number) => offsets[layout.rowOfKpi[r] ?? 0] ?? HEAD_H;
  const cellLeft = (c: number) => ROWHEAD_W + c * COL_W;

  let notePanel = null;
  if (note) {
    const kpi = layout.kpis[note.r];
    const col = layout.columns[note.c];
    if (kpi && col && kpi.id === note.kpiId && col.period === note.period) {
      const below = note.below;
      let left = below ? Math.max(ROWHEAD_W, cellLeft(note.c) + COL_W - NOTE_W) : cellLeft(note.c) + COL_W + 6;
      if (!below && left + NOTE_W > width) left = Math.max(ROWHEAD_W, cellLeft(note.c) - NOTE_W - 6);
      notePanel = (
        <NotePopover
          key={`${note.kpiId}|${note.period}|${note.prompt}`}
          target={note}
          cellName={`${kpi.name}, ${col.label}`}
          kpiName={kpi.name}
          periodLabel={col.label}
          note={byCell.get(cellKey(kpi.id, col.period))?.note ?? ''}
          cellTop={cellTop(note.r)}
          cellBottom={cellTop(note.r) + HEIGHTS.kpi}
          left={left}
          scroller={scrollerRef}
          headerHeight={HEAD_H}
          onSave={ctl.saveNote}
          onClose={ctl.closeNote}
        />
      );
    }
  }

  return (
    <div className="entry-grid">
      <GridToolbar layout={layout} fy={fy} message={message} onNote={ctl.openNote} />
      {layout.kpis.length === 0 ? (
        <p className="grid-empty">{t('empty')}</p>
      ) : (
        <div className="grid-scroller" ref={scrollerRef}>
          <div
            role="grid"
            aria-label={t(`label.${layout.kind}`, {
              first: layout.columns[0]!.label,
              last: layout.columns[layout.columns.length - 1]!.label,
            })}
            aria-rowcount={layout.rows.length + 1}
            aria-colcount={layout.columns.length + 1}
            aria-multiselectable="true"
            className="grid-canvas"
            style={
              { height: totalHeight, width, '--col-w': `${COL_W}px`, '--rowhead-w': `${ROWHEAD_W}px` } as CSSProperties
            }
            {...ctl.gridHandlers}
          >
            <div role="rowgroup" className="grid-head">
              <div role="row" aria-rowindex={1} className="grid-row grid-header-row" style={{ height: HEAD_H }}>
                <div role="columnheader" aria-colindex={1} className="grid-corner">
                  {t('corner')}
                </div>
                {layout.columns.map((col, c) => (
                  <div
                    key={col.period}
                    role="columnheader"
                    aria-colindex={c + 2}
                    aria-label={col.locked ? t('closedColumn', { label: col.label }) : col.label}
                    title={col.locked ? `${col.label}\n${col.locked}` : col.label}
                    className={[
                      'grid-colhead',
                      col.period === period ? 'is-current' : '',
                      col.locked ? 'is-locked' : '',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                  >
                    <span className="colhead-main">
                      {col.locked ? <LockIcon /> : null}
                      {col.head}
                    </span>
                    <span className="colhead-sub">{col.sub}</span>
                  </div>
                ))}
              </div>
            </div>
            {rect.bottom > rect.top || rect.right > rect.left ? (
              <div
                className="grid-range"
                aria-hidden="true"
                style={{
                  top: cellTop(rect.top),
                  left: cellLeft(rect.left),
                  width: (rect.right - rect.left + 1) * COL_W,
                  height: cellTop(rect.bottom) + HEIGHTS.kpi - cellTop(rect.top),
                }}
              />
            ) : null}
            <div role="rowgroup">
              {virtualizer.getVirtualItems().map((v) => {
                const row = layout.rows[v.index]!;
                const r = row.kind === 'kpi' ? row.kpiIndex : -1;
                const selected = r >= rect.top && r <= rect.bottom;
                return (
                  <GridRow
                    key={row.key}
                    row={row}
                    index={v.index}
                    start={v.start}
                    height={v.size}
                    columns={layout.columns}
                    cells={r >= 0 ? cellsFor(r) : null}
                    selLeft={selected ? rect.left : -1}
                    selRight={selected ? rect.right : -1}
                    activeCol={r === pos.r ? pos.c : -1}
                    editing={editing && editing.r === r ? editing : null}
                    errorId={errorId}
                    onEditText={onEditText}
                  />
                );
              })}
            </div>
          </div>
          {activeCell?.error ? (
            <p
              id={errorId}
              className="grid-error-tip"
              role="alert"
              style={{
                top: cellTop(pos.r) + HEIGHTS.kpi + 2,
                left: Math.max(ROWHEAD_W, Math.min(cellLeft(pos.c), width - TIP_W)),
              }}
            >
              <span aria-hidden="true">✕ </span>
              {t('errorTip', { reason: sentence(activeCell.error.reason) })}
            </p>
          ) : null}
          {notePanel}
        </div>
      )}
    </div>
  );
}
