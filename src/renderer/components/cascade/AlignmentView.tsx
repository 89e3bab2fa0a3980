/**
 * Alignment: the current scorecard's objectives down to the team objectives that support them, with their KPIs and
 * key results, status and score at each node (AlignmentTreeView); beside it what is not aligned to anything and what
 * nothing supports. The core builds the tree for the period in the header (use-alignment.ts).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('plans');
  const id = useId();
  const scorecardId = useDocumentStore((s) => s.tree?.scorecard.id);
  return (
    <section className="align-side-card" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="align-count">{entries.length}</span>
      </h3>
      <p className="meta">{help}</p>
      {entries.length === 0 ? (
        <p className="align-none">{t('alignment.none')}</p>
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
                  aria-label={t('alignment.cascadeNamed', { title: e.title })}
                  onClick={(ev) =>
                    useUiStore.getState().openDialog({ kind: 'cascade', objectiveId: e.objectiveId }, ev.currentTarget)
                  }
                >
                  {t('alignment.cascadeEllipsis')}
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
  const { t } = useTranslation('plans');
  return (
    <div className="empty-card align-empty">
      <h3>{t('alignment.emptyTitle')}</h3>
      <p>{t('alignment.emptyIntro')}</p>
      <ol className="align-steps">
        <li>{t('alignment.step1')}</li>
        <li>{t('alignment.step2')}</li>
        <li>{t('alignment.step3')}</li>
      </ol>
      <p>{t('alignment.emptyScoring')}</p>
    </div>
  );
}

export function AlignmentView() {
  const { t } = useTranslation('plans');
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
          <h2 id={headingId}>{t('alignment.title')}</h2>
          <p className="meta">
            {tree ? t('alignment.andBelow', { name: scorecard.name, count: below }) : scorecard.name}
            {periodText ? ` · ${periodText}` : ''}
          </p>
        </div>
      </header>
      {!several ? (
        <OneScorecard />
      ) : error ? (
        <div className="form-error" role="alert">
          {t('alignment.readError', { error })}
        </div>
      ) : !tree ? (
        <p role="status">{t('alignment.reading')}</p>
      ) : (
        <div className="align-layout">
          <div className="align-main">
            <div className="align-head" aria-hidden="true">
              <span>{t('alignment.head.item')}</span>
              <span>{t('alignment.head.owner')}</span>
              <span>{t('alignment.head.weight')}</span>
              <span>{t('alignment.head.status')}</span>
              <span>{t('alignment.head.score')}</span>
            </div>
            <AlignmentTreeView
              key={tree.scorecardId}
              tree={tree}
              label={
                periodText
                  ? t('alignment.treeLabelPeriod', { name: scorecard.name, period: periodText })
                  : t('alignment.treeLabel', { name: scorecard.name })
              }
              open={(node, parent, from) => void openNode(node, parent, from)}
            />
            <p className="align-help meta">{t('alignment.help')}</p>
          </div>
          <aside className="align-side" aria-label={t('alignment.gaps')}>
            <EntryList
              title={t('alignment.unaligned')}
              help={t('alignment.unalignedHelp')}
              entries={tree.unaligned}
              cascade={false}
            />
            <EntryList
              title={t('alignment.unsupported')}
              help={t('alignment.unsupportedHelp')}
              entries={tree.unsupported}
              cascade
            />
          </aside>
        </div>
      )}
    </section>
  );
}
