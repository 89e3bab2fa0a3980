/**
 * The alignment tree as a WAI-ARIA tree view: one tab stop (the current row), arrow keys to move, open and close,
 * Home and End, Enter to open the objective or KPI. Each row shows the status, the score, the owner, the weight of
 * the contribution and, for the current row, the formula behind the score.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AlignmentNode, AlignmentTree } from '../../../shared/cascade';
import { formatNumber } from '../../../shared/format';
import { StatusBadge, STATUS_TEXT } from '../StatusBadge';
import { initiallyExpanded, treeMove, visibleRows, type AlignmentRow } from './alignment-rows';

const KIND_WORD = { objective: 'Objective', kpi: 'KPI', keyResult: 'Key result' } as const;
const KIND_SAID = { objective: 'objective', kpi: 'KPI', keyResult: 'key result' } as const;

/** Objectives and KPIs score 0–100 %, key results 0.00–1.00 (the OKR convention). */
export function alignmentScore(node: Pick<AlignmentNode, 'kind' | 'score'>): string {
  if (node.score === null) return '–';
  return node.kind === 'keyResult' ? node.score.toFixed(2) : `${Math.round(node.score)} %`;
}

/** What a screen reader says for a row; starts with the title, as the row shows it. */
function rowLabel(node: AlignmentNode, scorecardName: string | null): string {
  const parts = [
    KIND_SAID[node.kind],
    node.score === null ? null : alignmentScore(node),
    STATUS_TEXT[node.status].label.toLowerCase(),
    node.weight === null ? null : `weight ${formatNumber(node.weight)}`,
    node.owner ? `owner ${node.owner}` : null,
  ];
  const title = scorecardName ? `${node.title} (${scorecardName})` : node.title;
  return `${title}: ${parts.filter(Boolean).join(', ')}`;
}

interface Props {
  tree: AlignmentTree;
  label: string;
  open(node: AlignmentNode, parent: AlignmentNode | null, from: HTMLElement): void;
}

export function AlignmentTreeView({ tree, label, open }: Props) {
  const [expanded, setExpanded] = useState(() => initiallyExpanded(tree.roots));
  const [current, setCurrent] = useState<string | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());
  const rows = useMemo(() => visibleRows(tree.roots, expanded), [tree.roots, expanded]);
  const byKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  const names = useMemo(() => new Map(tree.scorecards.map((s) => [s.id, s.name])), [tree.scorecards]);
  // The current row, or the first when it went away (collapsed above it, or gone after an edit).
  const active = current !== null && byKey.has(current) ? current : (rows[0]?.key ?? null);

  // Moves go to rows already drawn, so focus can follow at once.
  function go(key: string): void {
    setCurrent(key);
    items.current.get(key)?.focus();
  }

  function toggle(key: string): void {
    setExpanded((was) => {
      const next = new Set(was);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLUListElement>): void {
    if (active === null || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter') {
      const row = byKey.get(active);
      if (!row) return;
      e.preventDefault();
      open(row.node, row.parentKey === null ? null : (byKey.get(row.parentKey)?.node ?? null), e.target as HTMLElement);
      return;
    }
    const move = treeMove(rows, expanded, active, e.key);
    if (['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) e.preventDefault();
    if (!move) return;
    if ('focus' in move) go(move.focus);
    else toggle('expand' in move ? move.expand : move.collapse);
  }

  const parentName = (row: AlignmentRow) => (row.node.scorecardId === tree.scorecardId ? null : (names.get(row.node.scorecardId) ?? null));

  function item(row: AlignmentRow, children: AlignmentRow[]) {
    const { node, key } = row;
    const isOpen = row.hasChildren && expanded.has(key);
    const isActive = key === active;
    const other = parentName(row);
    const formulaId = `align-formula-${key.replace(/\//g, '-')}`;
    return (
      <li
        key={key}
        role="treeitem"
        className={`align-item align-${node.kind}`}
        aria-level={row.level}
        aria-posinset={row.posInSet}
        aria-setsize={row.setSize}
        aria-expanded={row.hasChildren ? isOpen : undefined}
        aria-selected={isActive}
        aria-label={rowLabel(node, other)}
        aria-describedby={isActive && node.formula ? formulaId : undefined}
        tabIndex={isActive ? 0 : -1}
        ref={(el) => {
          if (el) items.current.set(key, el);
          else items.current.delete(key);
        }}
        onClick={(e) => {
          e.stopPropagation();
          setCurrent(key);
        }}
        onDoubleClick={(e) => {
          e.stopPropagation();
          if (row.hasChildren) toggle(key);
        }}
      >
        <div className="align-row" title={node.formula || undefined}>
          <span className="align-lead" style={{ paddingLeft: `${(row.level - 1) * 22}px` }}>
            <span
              className={`align-twisty${row.hasChildren ? '' : ' leaf'}`}
              aria-hidden="true"
              onClick={(e) => {
                e.stopPropagation();
                setCurrent(key);
                if (row.hasChildren) toggle(key);
              }}
            >
              {row.hasChildren ? (isOpen ? '▾' : '▸') : '•'}
            </span>
            <span className="align-kind">{KIND_WORD[node.kind]}</span>
          </span>
          <span className="align-title">
            <span className="align-title-text">{node.title}</span>
            {other ? <span className="align-scorecard">{other}</span> : null}
          </span>
          <span className="align-owner">{node.owner}</span>
          <span className="align-weight">{node.weight === null ? '' : `× ${formatNumber(node.weight)}`}</span>
          <StatusBadge status={node.status} />
          <span className={`align-score align-score-${node.status}`}>{alignmentScore(node)}</span>
        </div>
        {isActive && node.formula ? (
          <p className="align-formula" id={formulaId} style={{ marginLeft: `${(row.level - 1) * 22 + 34}px` }}>
            {node.formula}
          </p>
        ) : null}
        {isOpen ? (
          <ul role="group" className="align-group">
            {nest(children, row.level + 1)}
          </ul>
        ) : null}
      </li>
    );
  }

  /** Builds the nested list from the flat rows: each row, then the rows one level deeper until the next sibling. */
  function nest(list: AlignmentRow[], level: number) {
    const out = [];
    for (let i = 0; i < list.length; i++) {
      const row = list[i]!;
      if (row.level !== level) continue;
      let end = i + 1;
      while (end < list.length && list[end]!.level > level) end++;
      out.push(item(row, list.slice(i + 1, end)));
      i = end - 1;
    }
    return out;
  }

  if (rows.length === 0) return <p className="empty-note">This scorecard has no objectives yet.</p>;
  return (
    <ul role="tree" aria-label={label} className="align-tree" onKeyDown={onKeyDown}>
      {nest(rows, 1)}
    </ul>
  );
}
