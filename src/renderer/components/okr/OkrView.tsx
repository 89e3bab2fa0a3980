/**
 * The OKR board: the key results of one quarterly cycle, for this scorecard or all of the document's, grouped by
 * owner (a key result nobody owns is its objective owner's) or by team (scorecard); each objective with its OKR
 * score, status and formula, each key result with its score, confidence and last check-in.
 */
import { useEffect, useState } from 'react';
import { call, errorMessage } from '../../api';
import type { OkrBoard, OkrBoardObjective } from '../../../shared/contract-cascade';
import { localIsoDate } from '../../../shared/initiative-schedule';
import { cycleChoices, shownCycle } from '../../../shared/okr-view';
import { periodLabel } from '../../../shared/periods';
import { useDocumentStore } from '../../stores/document-store';
import { OkrBoardCard } from './OkrBoardCard';
import '../../styles/okr.css';

type Scope = 'this' | 'all';
type GroupBy = 'owner' | 'team';

interface Group {
  key: string;
  title: string;
  entries: { entry: OkrBoardObjective; keyResultIds: Set<number> | null }[];
}

/** The board's objectives under each owner (with only that owner's key results) or each team. */
function groups(board: OkrBoard, by: GroupBy): Group[] {
  const byId = new Map(board.objectives.map((o) => [o.objective.id, o]));
  if (by === 'team') {
    return board.byTeam
      .filter((t) => t.objectiveIds.length > 0)
      .map((t) => ({
        key: `team-${t.scorecardId}`,
        title: t.scorecardName,
        entries: t.objectiveIds.flatMap((id) => (byId.has(id) ? [{ entry: byId.get(id)!, keyResultIds: null }] : [])),
      }));
  }
  return board.byOwner.map((o) => {
    const ids = new Set(o.keyResultIds);
    return {
      key: `owner-${o.owner}`,
      title: o.owner || 'No owner',
      entries: board.objectives
        .filter((e) => e.keyResults.some((k) => ids.has(k.keyResult.id)))
        .map((entry) => ({ entry, keyResultIds: ids })),
    };
  });
}

function keyResultCount(g: Group): string {
  const n = g.entries.reduce(
    (sum, { entry, keyResultIds }) =>
      sum +
      (keyResultIds
        ? entry.keyResults.filter((k) => keyResultIds.has(k.keyResult.id)).length
        : entry.keyResults.length),
    0,
  );
  return `${n} ${n === 1 ? 'key result' : 'key results'}`;
}

export function OkrView() {
  const tree = useDocumentStore((s) => s.tree);
  const period = useDocumentStore((s) => s.period);
  const scorecards = useDocumentStore((s) => s.scorecards);
  const fy = tree?.scorecard.fiscalYearStartMonth ?? 1;
  const start = shownCycle(period, fy, localIsoDate(new Date()));
  const [cycle, setCycle] = useState(start);
  const [scope, setScope] = useState<Scope>('this');
  const [by, setBy] = useState<GroupBy>('owner');
  const [board, setBoard] = useState<OkrBoard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scorecardId = tree?.scorecard.id ?? null;

  // Read again after every write the page applies (a check-in from the board changes the scores shown).
  useEffect(() => {
    if (scorecardId === null) return;
    let live = true;
    setError(null);
    call('okr.board', { cycle, scorecardId: scope === 'this' ? scorecardId : null })
      .then((b) => live && setBoard(b))
      .catch((err: unknown) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [cycle, scope, scorecardId, tree]);

  if (!tree) return null;
  const loading = board === null || board.cycle !== cycle;
  const shown = board && !loading ? groups(board, by) : [];
  const cycles = cycleChoices(start, fy, [...new Set(tree.keyResults.map((k) => k.cycle))]);
  const count = board?.objectives.reduce((n, o) => n + o.keyResults.length, 0) ?? 0;

  return (
    <section className="view okr-view" aria-label="OKRs" aria-busy={loading}>
      <header className="view-header okr-header">
        <div>
          <h2>OKRs · {periodLabel(cycle, fy)}</h2>
          <p className="meta">
            {loading
              ? 'Reading the key results…'
              : count === 0
                ? 'No key results in this cycle.'
                : `${count} ${count === 1 ? 'key result' : 'key results'} of ${board?.objectives.length ?? 0} ${
                    board?.objectives.length === 1 ? 'objective' : 'objectives'
                  }, scored as of the cycle’s end`}
          </p>
        </div>
      </header>
      <div className="okr-toolbar" role="group" aria-label="Board options">
        <div className="filter-field">
          <label htmlFor="okr-cycle">Cycle</label>
          <select id="okr-cycle" value={cycle} onChange={(e) => setCycle(e.target.value)}>
            {cycles.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor="okr-scope">Scope</label>
          <select id="okr-scope" value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
            <option value="this">This scorecard</option>
            <option value="all">All scorecards{scorecards.length > 1 ? ` (${scorecards.length})` : ''}</option>
          </select>
        </div>
        <fieldset className="okr-segmented" aria-label="Group by">
          <legend className="visually-hidden">Group by</legend>
          {(['owner', 'team'] as const).map((g) => (
            <label key={g} className={by === g ? 'okr-segment active' : 'okr-segment'}>
              <input type="radio" name="okr-group" value={g} checked={by === g} onChange={() => setBy(g)} />
              {g === 'owner' ? 'By owner' : 'By team'}
            </label>
          ))}
        </fieldset>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          The board could not be read: {error}
        </p>
      ) : null}
      {!loading && shown.length === 0 ? (
        <div className="empty-card okr-empty">
          <h3>No key results in {periodLabel(cycle, fy)}</h3>
          <p>
            OKRs put a few measurable key results under an objective for one quarter: each scores 0.0–1.0 from its
            check-ins (or a linked KPI), and the objective’s OKR score is their mean. For an aspirational objective 0.7
            is success; for a committed one, 1.0 is expected.
          </p>
          <p>
            To add one, open an objective in the Overview and choose <strong>+ Key result</strong>; check in on it
            during the quarter with the value reached and how confident you are.
          </p>
        </div>
      ) : (
        <div className="okr-groups">
          {shown.map((g) => (
            <section key={g.key} className="okr-group" aria-label={`${by === 'owner' ? 'Owner' : 'Team'}: ${g.title}`}>
              <h2>
                {g.title} <span className="okr-group-count">· {keyResultCount(g)}</span>
              </h2>
              <ul className="okr-objectives">
                {g.entries.map(({ entry, keyResultIds }) => (
                  <OkrBoardCard
                    key={entry.objective.id}
                    entry={entry}
                    items={
                      keyResultIds ? entry.keyResults.filter((k) => keyResultIds.has(k.keyResult.id)) : entry.keyResults
                    }
                    canCheckIn={entry.scorecardId === scorecardId}
                    showTeam={scope === 'all' && by === 'owner'}
                  />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
