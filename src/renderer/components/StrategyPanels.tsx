/** Themes and cause-and-effect links: the strategy around the measures (initiatives have their own view). */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../stores/document-store';
import { useUiStore } from '../stores/ui-store';

function Panel(p: {
  id: string;
  title: string;
  addLabel: string;
  onAdd(e: React.MouseEvent<HTMLButtonElement>): void;
  empty: string;
  children: ReactNode[];
}) {
  return (
    <section className="panel" aria-labelledby={p.id}>
      <header className="panel-header">
        <h2 id={p.id}>{p.title}</h2>
        <button type="button" className="small quiet" onClick={p.onAdd}>
          {p.addLabel}
        </button>
      </header>
      {p.children.length === 0 ? <p className="empty-note">{p.empty}</p> : <ul className="panel-list">{p.children}</ul>}
    </section>
  );
}

export function StrategyPanels() {
  const { t } = useTranslation(['app', 'common']);
  const tree = useDocumentStore((s) => s.tree);
  const openDialog = useUiStore((s) => s.openDialog);
  if (!tree) return null;
  const title = (id: number) =>
    tree.objectives.find((o) => o.id === id)?.title ?? t('strategyPanels.objectiveFallback', { id });

  return (
    <div className="strategy-panels">
      <Panel
        id="themes-heading"
        title={t('strategyPanels.themes')}
        addLabel={t('strategyPanels.addTheme')}
        empty={t('strategyPanels.noThemes')}
        onAdd={(e) => openDialog({ kind: 'theme' }, e.currentTarget)}
      >
        {tree.themes.map((theme) => (
          <li key={theme.id}>
            <span className="theme-dot" style={{ background: theme.colour }} aria-hidden="true" />
            <span className="item-text">{theme.name}</span>
            <button
              type="button"
              className="small quiet"
              aria-label={t('strategyPanels.editTheme', { name: theme.name })}
              onClick={(e) => openDialog({ kind: 'theme', theme }, e.currentTarget)}
            >
              {t('common:edit')}
            </button>
          </li>
        ))}
      </Panel>
      <Panel
        id="links-heading"
        title={t('strategyPanels.links')}
        addLabel={t('strategyPanels.addLink')}
        empty={t('strategyPanels.noLinks')}
        onAdd={(e) => openDialog({ kind: 'link' }, e.currentTarget)}
      >
        {tree.links.map((l) => (
          <li key={l.id}>
            <span className="item-text">
              {title(l.fromObjectiveId)} <span aria-hidden="true">→</span>
              <span className="visually-hidden">{t('strategyPanels.drives')}</span> {title(l.toObjectiveId)}
              {l.note ? <span className="item-note">{l.note}</span> : null}
            </span>
            <button
              type="button"
              className="small quiet"
              aria-label={t('strategyPanels.editLink', { from: title(l.fromObjectiveId), to: title(l.toObjectiveId) })}
              onClick={(e) => openDialog({ kind: 'link', link: l }, e.currentTarget)}
            >
              {t('common:edit')}
            </button>
          </li>
        ))}
      </Panel>
    </div>
  );
}
