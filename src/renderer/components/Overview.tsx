/** The scorecard at a glance: perspectives in order, their objectives and KPIs for the chosen period. */
import { useMemo } from 'react';
import { errorMessage } from '../api';
import type { Kpi } from '../../shared/domain';
import { useDocumentStore } from '../stores/document-store';
import { useUiStore } from '../stores/ui-store';
import { PerspectiveSection } from './PerspectiveSection';
import { PerspectiveSummary } from './PerspectiveSummary';
import { StrategyPanels } from './StrategyPanels';

const byPosition = <T extends { position: number; id: number }>(a: T, b: T) => a.position - b.position || a.id - b.id;

export function Overview() {
  const tree = useDocumentStore((s) => s.tree);
  const evaluation = useDocumentStore((s) => s.evaluation);
  const period = useDocumentStore((s) => s.period);
  const viewKind = useDocumentStore((s) => s.viewKind);
  const run = useDocumentStore((s) => s.run);
  const openDialog = useUiStore((s) => s.openDialog);
  const showNotice = useUiStore((s) => s.showNotice);

  const perspectives = useMemo(() => (tree ? [...tree.perspectives].sort(byPosition) : []), [tree]);
  const kpisByObjective = useMemo(() => {
    const map = new Map<number, Kpi[]>();
    for (const k of tree ? [...tree.kpis].sort(byPosition) : []) {
      const list = map.get(k.objectiveId) ?? [];
      list.push(k);
      map.set(k.objectiveId, list);
    }
    return map;
  }, [tree]);

  if (!tree || !period) return null;
  const { scorecard } = tree;

  async function move(perspectiveId: number, delta: -1 | 1): Promise<void> {
    const ids = perspectives.map((p) => p.id);
    const i = ids.indexOf(perspectiveId);
    const j = i + delta;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j], ids[i]];
    const name = perspectives[i].name;
    try {
      await run('perspective.reorder', { scorecardId: scorecard.id, ids });
    } catch (err) {
      showNotice(`Could not move ${name}: ${errorMessage(err)}`);
      return;
    }
    // Reordering moves DOM nodes and can drop focus; put it back on the same control, or its twin at the edge.
    requestAnimationFrame(() => {
      const same = document.querySelector<HTMLButtonElement>(
        `button[aria-label="Move ${CSS.escape(name)} ${delta < 0 ? 'up' : 'down'}"]`,
      );
      const other = document.querySelector<HTMLButtonElement>(
        `button[aria-label="Move ${CSS.escape(name)} ${delta < 0 ? 'down' : 'up'}"]`,
      );
      (same && !same.disabled ? same : other)?.focus();
    });
  }

  return (
    <>
      <PerspectiveSummary perspectives={perspectives} evaluation={evaluation} />
      {perspectives.length === 0 ? (
        <div className="empty-card">
          <h2>No perspectives yet</h2>
          <p>Most scorecards look at four: Financial, Customer, Internal Process, and Learning &amp; Growth.</p>
          <button
            type="button"
            className="primary"
            onClick={(e) => openDialog({ kind: 'perspective' }, e.currentTarget)}
          >
            Add perspective…
          </button>
        </div>
      ) : (
        perspectives.map((p, index) => (
          <PerspectiveSection
            key={p.id}
            perspective={p}
            index={index}
            count={perspectives.length}
            objectives={tree.objectives.filter((o) => o.perspectiveId === p.id).sort(byPosition)}
            kpisByObjective={kpisByObjective}
            themes={tree.themes}
            scorecard={scorecard}
            evaluation={evaluation}
            period={period}
            viewKind={viewKind}
            onMove={(id, d) => void move(id, d)}
          />
        ))
      )}
      <StrategyPanels />
    </>
  );
}
