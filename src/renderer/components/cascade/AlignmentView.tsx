/**
 * Alignment: the current scorecard's objectives down to the team objectives that support them, with their KPIs and
 * key results, status and score at each node (AlignmentTreeView); beside it what is not aligned to anything and what
 * nothing supports. The core builds the tree for the period in the header (use-alignment.ts).
 */
import { useId } from 'react';
import type { AlignmentEntry, AlignmentNode } from '../../../shared/cascade';
import { periodLabel } from '../../../shared/periods';
import { useDocumentStore } from '../../stores/document-store';
import { useOverviewStore } from '../../stores/overview-store';
import { useUiStore } from '../../stores/ui-store';
import { AlignmentTreeView } from './AlignmentTreeView';
import { useAlignment } from './use-alignment';
import '../../styles/alignment.css';

/** Shows an objective on the Scorecard view, with its panel open. */
function showObjective(id: number): void {
  const overview = useOverviewStore.getState();
  if (overview.selectedObjectiveId !== id) overview.toggleObjective(id);
  useUiStore.getState().setView('overview');
  requestAnimationFrame(() => document.getElementById(`objective-panel-${id}`)?.scrollIntoView({ block: 'center' }));
}

/**
 * Enter on a row: an objective opens on the Scorecard view, a KPI its detail, a key result its objective. A node of
 * another scorecard switches to that scorecard first.
 */
async function openNode(node: AlignmentNode, parent: AlignmentNode | null, from: HTMLElement): Promise<void> {
  const store = useDocumentStore.getState();
  if (store.tree?.scorecard.id !== node.scorecardId) await store.selectScorecard(node.scorecardId);
  if (node.kind === 'kpi') useUiStore.getState().openDialog({ kind: 'kpiDetail', kpiId: node.id }, from);
  else if (node.kind === 'objective') showObjective(node.id);
  else if (parent) showObjective(parent.id);
}

function EntryList({
  title,
  help,
  entries,
  cascade,
}: {
  title: string;
  help: string;
  entries: AlignmentEntry[];
  cascade: boolean;
}) {
  const id = useId();
  const scorecardId = useDocumentStore((s) => s.tree?.scorecard.id);
  return (
    <section className="align-side-card" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="align-count">{entries.length}</span>
      </h3>
      <p className="meta">{help}</p>
      {entries.length === 0 ? (
        <p className="align-none">None.</p>
      ) : (
        <ul className="align-entries" aria-labelledby={id}>
          {entries.map((e) => (
            <li key={e.objectiveId}>
              <span className="align-entry-title">
                {e.title}
                {e.scorecardId === scorecardId ? null : (
                  <span className="align-entry-scorecard">{e.scorecardName}</span>
                )}
              </span>
              {cascade && e.scorecardId === scorecardId ? (
                <button
                  type="button"
                  className="small"
                  aria-label={`Cascade “${e.title}”…`}
                  onClick={(ev) =>
                    useUiStore.getState().openDialog({ kind: 'cascade', objectiveId: e.objectiveId }, ev.currentTarget)
                  }
                >
                  Cascade…
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OneScorecard() {
  return (
    <div className="empty-card align-empty">
      <h3>Nothing cascaded yet</h3>
      <p>
        This document has one scorecard. Alignment shows how the company’s objectives are carried down to the
        departments and teams that support them.
      </p>
      <ol className="align-steps">
        <li>On the Scorecard view, open an objective and choose “Cascade…”.</li>
        <li>Pick a department or team scorecard, or name a new one: it is made below this one.</li>
        <li>Add the objectives there that support it, each with a weight.</li>
      </ol>
      <p>
        The objectives above can then be scored from their own KPIs only, or with their contributors too (a choice in
        the scorecard’s settings).
      </p>
    </div>
  );
}

export function AlignmentView() {
  const headingId = useId();
  const scorecard = useDocumentStore((s) => s.tree?.scorecard);
  const period = useDocumentStore((s) => s.period);
  const several = useDocumentStore((s) => s.scorecards.length > 1);
  const { tree, loading, error } = useAlignment(several);
  if (!scorecard) return null;
  const periodText = period ? periodLabel(period, scorecard.fiscalYearStartMonth) : '';
  const below = tree ? tree.scorecards.length - 1 : 0;

  return (
    <section className="alignment-view" aria-labelledby={headingId} aria-busy={several && loading}>
      <header className="view-header">
        <div>
          <h2 id={headingId}>Alignment</h2>
          <p className="meta">
            {scorecard.name}
            {tree ? ` and ${below} ${below === 1 ? 'scorecard' : 'scorecards'} below it` : ''}
            {periodText ? ` · ${periodText}` : ''}
          </p>
        </div>
      </header>
      {!several ? (
        <OneScorecard />
      ) : error ? (
        <div className="form-error" role="alert">
          Could not read the alignment: {error}
        </div>
      ) : !tree ? (
        <p role="status">Reading the alignment…</p>
      ) : (
        <div className="align-layout">
          <div className="align-main">
            <div className="align-head" aria-hidden="true">
              <span>Objective, KPI or key result</span>
              <span>Owner</span>
              <span>Weight</span>
              <span>Status</span>
              <span>Score</span>
            </div>
            <AlignmentTreeView
              key={tree.scorecardId}
              tree={tree}
              label={`Alignment of ${scorecard.name}${periodText ? `, ${periodText}` : ''}`}
              open={(node, parent, from) => void openNode(node, parent, from)}
            />
            <p className="align-help meta">
              Arrow keys move, → opens and ← closes a row, Enter shows the objective or KPI. Objectives and KPIs score
              0–100 %, key results 0.00–1.00; the weight is the contribution’s to the objective above.
            </p>
          </div>
          <aside className="align-side" aria-label="Gaps in the alignment">
            <EntryList
              title="Not aligned to anything"
              help="Objectives of the scorecards below that support no objective above."
              entries={tree.unaligned}
              cascade={false}
            />
            <EntryList
              title="Nothing supports these"
              help="Objectives that no objective of a scorecard below contributes to."
              entries={tree.unsupported}
              cascade
            />
          </aside>
        </div>
      )}
    </section>
  );
}
