/** Themes and cause-and-effect links: the strategy around the measures (initiatives have their own view). */
import type { ReactNode } from 'react';
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
  const tree = useDocumentStore((s) => s.tree);
  const openDialog = useUiStore((s) => s.openDialog);
  if (!tree) return null;
  const title = (id: number) => tree.objectives.find((o) => o.id === id)?.title ?? `objective ${id}`;

  return (
    <div className="strategy-panels">
      <Panel
        id="themes-heading"
        title="Strategic themes"
        addLabel="+ Theme"
        empty="No themes. Themes group objectives across perspectives."
        onAdd={(e) => openDialog({ kind: 'theme' }, e.currentTarget)}
      >
        {tree.themes.map((t) => (
          <li key={t.id}>
            <span className="theme-dot" style={{ background: t.colour }} aria-hidden="true" />
            <span className="item-text">{t.name}</span>
            <button
              type="button"
              className="small quiet"
              aria-label={`Edit theme ${t.name}`}
              onClick={(e) => openDialog({ kind: 'theme', theme: t }, e.currentTarget)}
            >
              Edit
            </button>
          </li>
        ))}
      </Panel>
      <Panel
        id="links-heading"
        title="Cause and effect"
        addLabel="+ Link"
        empty="No links. Link objectives to show how one drives another."
        onAdd={(e) => openDialog({ kind: 'link' }, e.currentTarget)}
      >
        {tree.links.map((l) => (
          <li key={l.id}>
            <span className="item-text">
              {title(l.fromObjectiveId)} <span aria-hidden="true">→</span>
              <span className="visually-hidden">drives</span> {title(l.toObjectiveId)}
              {l.note ? <span className="item-note">{l.note}</span> : null}
            </span>
            <button
              type="button"
              className="small quiet"
              aria-label={`Edit link from ${title(l.fromObjectiveId)} to ${title(l.toObjectiveId)}`}
              onClick={(e) => openDialog({ kind: 'link', link: l }, e.currentTarget)}
            >
              Edit
            </button>
          </li>
        ))}
      </Panel>
    </div>
  );
}
