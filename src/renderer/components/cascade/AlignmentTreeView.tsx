/**
 * The alignment tree as a WAI-ARIA tree view: one tab stop (the current row), arrow keys to move, open and close,
 * Home and End, Enter to open the objective or KPI. Each row shows the status, the score, the owner, the weight of
 * the contribution and, for the current row, the formula behind the score.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentNode, AlignmentTree } from '../../../shared/cascade';
import { formatNumber, formatPercent } from '../../../shared/format';
import { okrScoreText } from '../../../shared/okr-view';
import { StatusBadge } from '../StatusBadge';
import { initiallyExpanded, treeMove, visibleRows, type AlignmentRow } from './alignment-rows';

/** Objectives and KPIs score 0–100 %, key results 0.00–1.00 (the OKR convention). */
export function alignmentScore(node: Pick<AlignmentNode, 'kind' | 'score'>): string {
  if (node.score === null) return '–';
  return node.kind === 'keyResult' ? okrScoreText(node.score) : formatPercent(node.score);
}

/** Words only a screen reader hears, between the parts of a row, so its name reads as a sentence. */
const Said = ({ children }: { children: string }) => <span className="visually-hidden">{children}</span>;

interface Props {
  tree: AlignmentTree;
  label: string;
  open(node: AlignmentNode, parent: AlignmentNode | null, from: HTMLElement): void;
}

export function AlignmentTreeView({ tree, label, open }: Props) {
  const { t } = useTranslation('plans');
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

  const otherScorecard = (node: AlignmentNode) =>
    node.scorecardId === tree.scorecardId ? null : (names.get(node.scorecardId) ?? null);

  /*
   * The rows are one flat list with aria-level, -setsize and -posinset (the tree pattern allows it), so each
   * treeitem's name is its own row, read from what it shows: title, kind, scorecard, owner, weight, status, score.
   * The formula of the current row is its description.
   */
  function item(row: AlignmentRow) {
    const { node, key } = row;
    const isOpen = row.hasChildren && expanded.has(key);
    const isActive = key === active;
    const other = otherScorecard(node);
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
        aria-describedby={isActive && node.formula ? formulaId : undefined}
        tabIndex={isActive ? 0 : -1}
        ref={(el) => {
          if (el) items.current.set(key, el);
          else items.current.delete(key);
        }}
        // Focus, by keys, pointer or a screen reader's own moves, makes the row current.
        onFocus={() => setCurrent(key)}
        onDoubleClick={() => row.hasChildren && toggle(key)}
      >
        <div className="align-row" title={node.formula || undefined}>
          <span className="align-lead" style={{ paddingLeft: `${(row.level - 1) * 22}px` }} aria-hidden="true">
            <span
              className={`align-twisty${row.hasChildren ? '' : ' leaf'}`}
              onClick={(e) => {
                e.stopPropagation();
                setCurrent(key);
                if (row.hasChildren) toggle(key);
              }}
            >
              {row.hasChildren ? (isOpen ? '▾' : '▸') : '•'}
            </span>
            <span className="align-kind">{t(`incentives.kind.${node.kind}`)}</span>
          </span>
          <span className="align-title">
            <span className="align-title-text">{node.title}</span>
            <Said>{t(`alignment.said.${node.kind}`)}</Said>
            {other ? <Said>{t('alignment.said.from')}</Said> : null}
            {other ? <span className="align-scorecard">{other}</span> : null}
          </span>
          <span className="align-owner">
            {node.owner ? <Said>{t('alignment.said.owner')}</Said> : null}
            {node.owner}
          </span>
          <span className="align-weight">
            {node.weight === null ? null : (
              <>
                <Said>{t('alignment.said.weight')}</Said>
                <span aria-hidden="true">× </span>
                {formatNumber(node.weight)}
              </>
            )}
          </span>
          <span>
            <Said>, </Said>
            <StatusBadge status={node.status} />
          </span>
          <span className={`align-score align-score-${node.status}`}>
            {node.score === null ? <span aria-hidden="true">–</span> : <Said>, </Said>}
            {node.score === null ? null : alignmentScore(node)}
          </span>
        </div>
        {isActive && node.formula ? (
          <p
            className="align-formula"
            id={formulaId}
            aria-hidden="true"
            style={{ marginLeft: `${(row.level - 1) * 22 + 34}px` }}
          >
            {node.formula}
          </p>
        ) : null}
      </li>
    );
  }

  if (rows.length === 0) return <p className="empty-note">{t('alignment.noObjectives')}</p>;
  return (
    <ul role="tree" aria-label={label} className="align-tree" onKeyDown={onKeyDown}>
      {rows.map(item)}
    </ul>
  );
}
