import { describe, expect, it } from 'vitest';
import type { AlignmentNode } from '../../../shared/cascade';
import { initiallyExpanded, treeMove, visibleRows } from './alignment-rows';

const node = (kind: AlignmentNode['kind'], id: number, children: AlignmentNode[] = []): AlignmentNode => ({
  kind,
  id,
  scorecardId: 1,
  title: `${kind} ${id}`,
  owner: '',
  score: null,
  status: 'none',
  formula: '',
  weight: null,
  children,
});

// Company objective 1 (KPI 10, team objective 5 with KPI 50), company objective 2 (KPI 20 only).
// Objective 5 also supports objective 2 in a second copy: the same id under two parents gets two keys.
const roots = [
  node('objective', 1, [node('kpi', 10), node('objective', 5, [node('kpi', 50)])]),
  node('objective', 2, [node('kpi', 20), node('objective', 5, [node('kpi', 50)])]),
];

describe('the alignment tree rows', () => {
  it('opens the objectives with objectives below them at first, and lists the visible rows in order', () => {
    const open = initiallyExpanded(roots);
    expect([...open]).toEqual(['o1', 'o2']);
    const rows = visibleRows(roots, open);
    expect(rows.map((r) => r.key)).toEqual(['o1', 'o1/k10', 'o1/o5', 'o2', 'o2/k20', 'o2/o5']);
    expect(rows.map((r) => [r.level, r.posInSet, r.setSize])).toEqual([
      [1, 1, 2],
      [2, 1, 2],
      [2, 2, 2],
      [1, 2, 2],
      [2, 1, 2],
      [2, 2, 2],
    ]);
    expect(rows[2]).toMatchObject({ parentKey: 'o1', hasChildren: true });
  });

  it('moves by the WAI-ARIA tree keys', () => {
    const open = initiallyExpanded(roots);
    const rows = visibleRows(roots, open);
    expect(treeMove(rows, open, 'o1', 'ArrowDown')).toEqual({ focus: 'o1/k10' });
    expect(treeMove(rows, open, 'o1', 'ArrowUp')).toBeNull();
    expect(treeMove(rows, open, 'o2/o5', 'ArrowDown')).toBeNull();
    expect(treeMove(rows, open, 'o1/o5', 'End')).toEqual({ focus: 'o2/o5' });
    expect(treeMove(rows, open, 'o2/o5', 'Home')).toEqual({ focus: 'o1' });
    // Right on a closed node opens it; on an open one goes to its first child; on a leaf does nothing.
    expect(treeMove(rows, open, 'o1/o5', 'ArrowRight')).toEqual({ expand: 'o1/o5' });
    expect(treeMove(rows, open, 'o1', 'ArrowRight')).toEqual({ focus: 'o1/k10' });
    expect(treeMove(rows, open, 'o1/k10', 'ArrowRight')).toBeNull();
    // Left on an open node closes it; on a closed node or a leaf goes to the parent; on a closed root does nothing.
    expect(treeMove(rows, open, 'o1', 'ArrowLeft')).toEqual({ collapse: 'o1' });
    expect(treeMove(rows, open, 'o1/k10', 'ArrowLeft')).toEqual({ focus: 'o1' });
    const closed = new Set<string>();
    expect(treeMove(visibleRows(roots, closed), closed, 'o2', 'ArrowLeft')).toBeNull();
  });

  it('shows the children of an opened node and hides those of a closed one', () => {
    const open = new Set(['o1', 'o1/o5']);
    expect(visibleRows(roots, open).map((r) => r.key)).toEqual(['o1', 'o1/k10', 'o1/o5', 'o1/o5/k50', 'o2']);
    expect(visibleRows(roots, open)[3]).toMatchObject({ level: 3, parentKey: 'o1/o5', hasChildren: false });
  });
});
