/**
 * The scorecard's name as a button that opens the document's scorecards as a hierarchy (company → departments →
 * teams): type to filter, Up/Down to move, Enter to go, Escape to close. Above the name, the breadcrumbs
 * "Company › Sales" lead back up. Ctrl/Cmd+Shift+O opens it from anywhere (scorecard-nav.ts).
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scorecardAncestors, scorecardHierarchy } from '../../../shared/scorecard-hierarchy';
import { SWITCHER_SHORTCUT, useScorecardSwitcher } from '../../scorecard-nav';
import { useDocumentStore } from '../../stores/document-store';
import '../../styles/cascade.css';

/** Lower case without accents, so "cafe" finds "Café". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function ScorecardBreadcrumbs() {
  const { t } = useTranslation('plans');
  const tree = useDocumentStore((s) => s.tree);
  const scorecards = useDocumentStore((s) => s.scorecards);
  const selectScorecard = useDocumentStore((s) => s.selectScorecard);
  if (!tree) return null;
  const above = scorecardAncestors(scorecards, tree.scorecard.id);
  if (above.length === 0) return null;
  return (
    <nav className="scorecard-breadcrumbs" aria-label={t('switcher.above')}>
      <ol>
        {above.map((s) => (
          <li key={s.id}>
            <button type="button" className="link-button" onClick={() => void selectScorecard(s.id)}>
              {s.name}
            </button>
            <span aria-hidden="true"> › </span>
          </li>
        ))}
        <li aria-current="page">{tree.scorecard.name}</li>
      </ol>
    </nav>
  );
}

export function ScorecardSwitcher({ name, currentId }: { name: string; currentId: number }) {
  const { t } = useTranslation('plans');
  const ids = { hint: useId(), list: useId(), option: useId() };
  const scorecards = useDocumentStore((s) => s.scorecards);
  const selectScorecard = useDocumentStore((s) => s.selectScorecard);
  const open = useScorecardSwitcher((s) => s.open);
  const setOpen = useScorecardSwitcher((s) => s.setOpen);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  const places = useMemo(() => scorecardHierarchy(scorecards), [scorecards]);
  const shown = useMemo(() => {
    const q = fold(query.trim());
    return q ? places.filter((p) => fold(p.scorecard.name).includes(q)) : places;
  }, [places, query]);

  // Opening starts on the scorecard shown, with an empty filter.
  useEffect(() => {
    if (!open) return;
    setQuery('');
    setActive(
      Math.max(
        0,
        places.findIndex((p) => p.scorecard.id === currentId),
      ),
    );
    const onPointer = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!popup.current?.contains(t) && !button.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
    // Only when it opens: typing must not move the choice back to the scorecard shown.
  }, [open]);
  useEffect(() => () => setOpen(false), [setOpen]);

  function close(): void {
    setOpen(false);
    button.current?.focus();
  }
  function go(id: number): void {
    setOpen(false);
    if (id !== currentId) void selectScorecard(id);
    button.current?.focus();
  }
  function onKey(e: KeyboardEvent<HTMLInputElement>): void {
    const move = (i: number) => setActive(Math.min(Math.max(i, 0), Math.max(shown.length - 1, 0)));
    if (e.key === 'ArrowDown') move(active + 1);
    else if (e.key === 'ArrowUp') move(active - 1);
    else if (e.key === 'Home' && e.ctrlKey) move(0);
    else if (e.key === 'End' && e.ctrlKey) move(shown.length - 1);
    else if (e.key === 'Enter' && shown[active]) go(shown[active].scorecard.id);
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  const activeId = shown[active] ? `${ids.option}-${shown[active].scorecard.id}` : undefined;
  return (
    <div className="scorecard-switcher">
      {/* Only the button inside the heading: the hint and the list must not become part of its name. */}
      <h1 id="main-heading" tabIndex={-1}>
        <button
          type="button"
          ref={button}
          className="scorecard-switcher-button"
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-describedby={ids.hint}
          aria-keyshortcuts={SWITCHER_SHORTCUT.aria}
          title={t('switcher.goToAnother', { shortcut: SWITCHER_SHORTCUT.shown })}
          onClick={() => setOpen(!open)}
        >
          {name}
          <span className="switcher-chevron" aria-hidden="true">
            ▾
          </span>
        </button>
      </h1>
      <span id={ids.hint} className="visually-hidden">
        {t('switcher.goToAnother', { shortcut: SWITCHER_SHORTCUT.shown })}
      </span>
      {open ? (
        <div className="scorecard-switcher-popup" role="dialog" aria-label={t('switcher.dialog')} ref={popup}>
          <input
            type="search"
            role="combobox"
            aria-label={t('switcher.find')}
            aria-expanded="true"
            aria-controls={ids.list}
            aria-activedescendant={activeId}
            aria-autocomplete="list"
            placeholder={t('switcher.filter')}
            autoFocus
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKey}
          />
          <ul role="listbox" id={ids.list} aria-label={t('switcher.list')} className="switcher-list">
            {shown.map((p, i) => (
              <li
                key={p.scorecard.id}
                id={`${ids.option}-${p.scorecard.id}`}
                role="option"
                aria-selected={i === active}
                aria-current={p.scorecard.id === currentId ? 'true' : undefined}
                className={`switcher-option${i === active ? ' active' : ''}`}
                style={{ paddingInlineStart: `calc(var(--s2) + ${query ? 0 : p.depth} * var(--s3))` }}
                onPointerMove={() => setActive(i)}
                onClick={() => go(p.scorecard.id)}
              >
                <span className="switcher-name">{p.scorecard.name}</span>
                {query && p.path.length > 1 ? (
                  <span className="switcher-path">{p.path.slice(0, -1).join(' › ')}</span>
                ) : null}
                {p.scorecard.id === currentId ? <span className="switcher-current">{t('switcher.shown')}</span> : null}
              </li>
            ))}
          </ul>
          {shown.length === 0 ? <p className="empty-note">{t('switcher.noMatch', { query })}</p> : null}
          <p className="switcher-keys" aria-hidden="true">
            {t('switcher.keys')}
          </p>
        </div>
      ) : null}
    </div>
  );
}
