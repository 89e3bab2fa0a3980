/**
 * The OKR board: the key results of one quarterly cycle, for this scorecard or all of the document's, grouped by
 * owner (a key result nobody owns is its objective owner's) or by team (scorecard); each objective with its OKR
 * score, status and formula, each key result with its score, confidence and last check-in.
 */
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api';
import { t as translate } from '../../../shared/i18n';
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
      title: o.owner || translate('plans:okr.noOwner'),
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
  return translate('plans:okr.keyResultCount', { count: n });
}

export function OkrView() {
  const { t } = useTranslation('plans');
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
    <section className="view okr-view" aria-label={t('okr.view')} aria-busy={loading}>
      <header className="view-header okr-header">
        <div>
          <h2>{t('okr.heading', { cycle: periodLabel(cycle, fy) })}</h2>
          <p className="meta">
            {loading
              ? t('okr.reading')
              : count === 0
                ? t('okr.noneInCycle')
                : t('okr.summary', {
                    keyResults: t('okr.keyResultCount', { count }),
                    objectives: t('okr.objectiveCount', { count: board?.objectives.length ?? 0 }),
                  })}
          </p>
        </div>
      </header>
      <div className="okr-toolbar" role="group" aria-label={t('okr.boardOptions')}>
        <div className="filter-field">
          <label htmlFor="okr-cycle">{t('okr.cycle')}</label>
          <select id="okr-cycle" value={cycle} onChange={(e) => setCycle(e.target.value)}>
            {cycles.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor="okr-scope">{t('okr.scope')}</label>
          <select id="okr-scope" value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
            <option value="this">{t('okr.thisScorecard')}</option>
            <option value="all">
              {scorecards.length > 1 ? t('okr.allScorecardsCount', { n: scorecards.length }) : t('okr.allScorecards')}
            </option>
          </select>
        </div>
        <fieldset className="okr-segmented" aria-label={t('okr.groupBy')}>
          <legend className="visually-hidden">{t('okr.groupBy')}</legend>
          {(['owner', 'team'] as const).map((g) => (
            <label key={g} className={by === g ? 'okr-segment active' : 'okr-segment'}>
              <input type="radio" name="okr-group" value={g} checked={by === g} onChange={() => setBy(g)} />
              {g === 'owner' ? t('okr.byOwner') : t('okr.byTeam')}
            </label>
          ))}
        </fieldset>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {t('okr.readError', { error })}
        </p>
      ) : null}
      {!loading && shown.length === 0 ? (
        <div className="empty-card okr-empty">
          <h3>{t('okr.emptyTitle', { cycle: periodLabel(cycle, fy) })}</h3>
          <p>{t('okr.emptyExplain')}</p>
          <p>
            <Trans t={t} i18nKey="okr.emptyHowTo" components={{ strong: <strong /> }} />
          </p>
        </div>
      ) : (
        <div className="okr-groups">
          {shown.map((g) => (
            <section
              key={g.key}
              className="okr-group"
              aria-label={
                by === 'owner' ? t('okr.ownerGroup', { name: g.title }) : t('okr.teamGroup', { name: g.title })
              }
            >
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
