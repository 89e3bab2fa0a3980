/**
 * The alignment tree as the page lists it: the visible rows in order (a collapsed node hides its children), each
 * with what the WAI-ARIA tree pattern needs (level, position in its set, parent), and where each arrow key goes.
 * Pure, so the keyboard rules are tested without a browser.
 */
import type { AlignmentNode } from '../../../shared/cascade';

export interface AlignmentRow {
  /** The node's path from its root, e.g. "o3/o17/k40": one objective can support two, so ids alone repeat. */
  key: string;
  node: AlignmentNode;
  level: number;
  posInSet: number;
  setSize: number;
  parentKey: string | null;
  hasChildren: boolean;
}

const KIND_KEY = { objective: 'o', kpi: 'k', keyResult: 'r' } as const;

export const nodeKey = (parentKey: string | null, node: AlignmentNode) =>
  `${parentKey === null ? '' : `${parentKey}/`}${KIND_KEY[node.kind]}${node.id}`;

/** The rows shown when the nodes whose keys are in `expanded` are open. */
export function visibleRows(roots: readonly AlignmentNode[], expanded: ReadonlySet<string>): AlignmentRow[] {
  const rows: AlignmentRow[] = [];
  const walk = (nodes: readonly AlignmentNode[], level: number, parentKey: string | null) => {
    nodes.forEach((node, i) => {
      const key = nodeKey(parentKey, node);
      const hasChildren = node.children.length > 0;
      rows.push({ key, node, level, posInSet: i + 1, setSize: nodes.length, parentKey, hasChildren });
      if (hasChildren && expanded.has(key)) walk(node.children, level + 1, key);
    });
  };
  walk(roots, 1, null);
  return rows;
}

/** What opens at first: every objective with objectives below it, so the cascade shows without a click. */
export function initiallyExpanded(roots: readonly AlignmentNode[]): Set<string> {
  const open = new Set<string>();
  const walk = (nodes: readonly AlignmentNode[], parentKey: string | null) => {
    for (const node of nodes) {
      const key = nodeKey(parentKey, node);
      if (node.children.some((c) => c.kind === 'objective')) open.add(key);
      walk(node.children, key);
    }
  };
  walk(roots, null);
  return open;
}

export type TreeMove = { focus: string } | { expand: string } | { collapse: string } | null;

/**
 * Where a key takes the tree from the row `at` (WAI-ARIA tree view): Down and Up to the next and previous visible
 * row, Home and End to the first and last; Right opens a closed node, else goes to its first child; Left closes an
 * open node, else goes to its parent.
 */
export function treeMove(
  rows: readonly AlignmentRow[],
  expanded: ReadonlySet<string>,
  at: string,
  key: string,
): TreeMove {
  const i = rows.findIndex((r) => r.key === at);
  if (i < 0) return rows.length ? { focus: rows[0]!.key } : null;
  const row = rows[i]!;
  switch (key) {
    case 'ArrowDown':
      return i + 1 < rows.length ? { focus: rows[i + 1]!.key } : null;
    case 'ArrowUp':
      return i > 0 ? { focus: rows[i - 1]!.key } : null;
    case 'Home':
      return { focus: rows[0]!.key };
    case 'End':
      return { focus: rows[rows.length - 1]!.key };
    case 'ArrowRight':
      if (!row.hasChildren) return null;
      return expanded.has(row.key) ? { focus: rows[i + 1]!.key } : { expand: row.key };
    case 'ArrowLeft':
      if (row.hasChildren && expanded.has(row.key)) return { collapse: row.key };
      return row.parentKey === null ? null : { focus: row.parentKey };
    default:
      return null;
  }
}
