/**
 * The KPI library as a searchable list: a search box (name, definition, tags), filters by perspective and family,
 * a list the arrow keys move through (from the search box too), and the chosen entry's definition and formula.
 * The library dialog and the KPI form's "Add from library…" step both use it.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGGREGATION_LABELS } from '../../../shared/aggregation';
import type { BscPerspective, KpiFamily, KpiLibrary, LibraryKpi } from '../../../shared/templates';
import { errorMessage } from '../../api';
import {
  FAMILY_LABELS,
  FREQUENCY_LABELS,
  PERSPECTIVE_LABELS,
  POLARITY_LABELS,
  searchLibrary,
} from '../../library-entry';
import '../../styles/kpi-library.css';

interface PickerProps {
  library: KpiLibrary;
  /** Enter in the list or the search box, a double click, or the button below the details. */
  onPick?(kpi: LibraryKpi): void;
  pickLabel?: string;
  /** Offered for the user's own KPIs; the list is read again by the caller afterwards. */
  onDelete?(kpi: LibraryKpi): Promise<void>;
}

const PERSPECTIVES = Object.entries(PERSPECTIVE_LABELS) as [BscPerspective, string][];
const FAMILIES = Object.entries(FAMILY_LABELS) as [KpiFamily, string][];

export function KpiLibraryPicker({ library, onPick, pickLabel, onDelete }: PickerProps) {
  const { t } = useTranslation('plans');
  const ids = {
    search: useId(),
    perspective: useId(),
    family: useId(),
    list: useId(),
    mine: useId(),
    builtIn: useId(),
  };
  const [query, setQuery] = useState('');
  const [perspective, setPerspective] = useState<BscPerspective | ''>('');
  const [family, setFamily] = useState<KpiFamily | ''>('');
  const mine = useMemo(
    () => searchLibrary(library.personal, query, perspective, family),
    [library.personal, query, perspective, family],
  );
  const builtIn = useMemo(
    () => searchLibrary(library.builtIn, query, perspective, family),
    [library.builtIn, query, perspective, family],
  );
  // One order for the arrow keys: the user's own KPIs first, as shown.
  const shown = useMemo(
    () => [...mine.map((k) => ({ k, own: true })), ...builtIn.map((k) => ({ k, own: false }))],
    [mine, builtIn],
  );
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selectedIndex = Math.max(
    0,
    shown.findIndex((s) => keyOf(s.k, s.own) === selectedKey),
  );
  const selected = shown[selectedIndex];
  const listRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // The library arrives after the dialog opened (and focused its first button): typing should search straight away.
  useEffect(() => searchRef.current?.focus(), []);
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const total = library.builtIn.length + library.personal.length;

  const optionId = (key: string) => `${ids.list}-${key}`;
  const selectedOptionId = selected ? optionId(keyOf(selected.k, selected.own)) : undefined;

  useEffect(() => {
    if (!selectedOptionId) return;
    document.getElementById(selectedOptionId)?.scrollIntoView({ block: 'nearest' });
  }, [selectedOptionId]);
  useEffect(() => {
    setConfirming(false);
    setDeleteError(null);
  }, [selectedOptionId]);

  function move(to: number): void {
    const next = shown[Math.min(Math.max(to, 0), shown.length - 1)];
    if (next) setSelectedKey(keyOf(next.k, next.own));
  }

  function onKeyDown(e: KeyboardEvent<HTMLElement>, inList: boolean): void {
    if (e.key === 'ArrowDown') move(selectedIndex + 1);
    else if (e.key === 'ArrowUp') move(selectedIndex - 1);
    else if (e.key === 'PageDown') move(selectedIndex + 10);
    else if (e.key === 'PageUp') move(selectedIndex - 10);
    else if (inList && e.key === 'Home') move(0);
    else if (inList && e.key === 'End') move(shown.length - 1);
    else if (e.key === 'Enter' && selected && onPick) onPick(selected.k);
    else return;
    e.preventDefault();
  }

  async function remove(kpi: LibraryKpi): Promise<void> {
    if (!onDelete) return;
    setDeleteError(null);
    try {
      await onDelete(kpi);
      setConfirming(false);
    } catch (err) {
      setDeleteError(errorMessage(err));
    }
  }

  const option = (k: LibraryKpi, own: boolean) => {
    const key = keyOf(k, own);
    const isSelected = key === (selected ? keyOf(selected.k, selected.own) : null);
    return (
      <div
        key={key}
        id={optionId(key)}
        role="option"
        aria-selected={isSelected}
        className={`library-option${isSelected ? ' selected' : ''}`}
        onClick={() => setSelectedKey(key)}
        onDoubleClick={() => onPick?.(k)}
      >
        <span className="library-option-name">{k.name}</span>
        <span className="library-option-meta">
          {k.unit || t('library.noUnit')} · {PERSPECTIVE_LABELS[k.perspective]}
        </span>
      </div>
    );
  };

  return (
    <div className="library-picker">
      <div className="library-filters">
        <div className="field grow">
          <label htmlFor={ids.search}>{t('library.search')}</label>
          <div className="field-control">
            <input
              ref={searchRef}
              id={ids.search}
              type="text"
              value={query}
              data-autofocus
              autoComplete="off"
              placeholder={t('library.searchPlaceholder')}
              role="combobox"
              aria-expanded="true"
              aria-controls={ids.list}
              aria-activedescendant={selectedOptionId}
              aria-autocomplete="list"
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => onKeyDown(e, false)}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.perspective}>{t('library.perspective')}</label>
          <select
            id={ids.perspective}
            value={perspective}
            onChange={(e) => setPerspective(e.target.value as BscPerspective | '')}
          >
            <option value="">{t('library.allPerspectives')}</option>
            {PERSPECTIVES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.family}>{t('library.family')}</label>
          <select id={ids.family} value={family} onChange={(e) => setFamily(e.target.value as KpiFamily | '')}>
            <option value="">{t('library.allFamilies')}</option>
            {FAMILIES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="library-count" role="status">
        {shown.length === total
          ? t('library.count', { count: total })
          : t('library.countOf', { count: total, shown: shown.length })}
      </p>
      <div className="library-columns">
        <div
          ref={listRef}
          id={ids.list}
          className="library-list"
          role="listbox"
          aria-label={t('library.listLabel')}
          tabIndex={0}
          aria-activedescendant={selectedOptionId}
          onKeyDown={(e) => onKeyDown(e, true)}
        >
          {shown.length === 0 ? <p className="library-empty">{t('library.noMatch')}</p> : null}
          {mine.length > 0 ? (
            <div role="group" aria-labelledby={ids.mine}>
              <div className="library-group" id={ids.mine} role="presentation">
                {t('library.myKpis')}
              </div>
              {mine.map((k) => option(k, true))}
            </div>
          ) : null}
          {builtIn.length > 0 ? (
            <div role="group" aria-labelledby={ids.builtIn}>
              <div className="library-group" id={ids.builtIn} role="presentation">
                {t('library.builtIn')}
              </div>
              {builtIn.map((k) => option(k, false))}
            </div>
          ) : null}
        </div>
        <section className="library-detail" aria-label={t('library.chosen')}>
          {selected ? (
            <>
              <h3>{selected.k.name}</h3>
              <p className="library-chips">
                <span className="chip">{PERSPECTIVE_LABELS[selected.k.perspective]}</span>
                <span className="chip">{t('library.familyKpi', { family: FAMILY_LABELS[selected.k.family] })}</span>
                {selected.own ? <span className="chip own">{t('library.myKpi')}</span> : null}
              </p>
              <p className="library-definition">{selected.k.definition}</p>
              <dl className="library-facts">
                <dt>{t('library.formula')}</dt>
                <dd className="library-formula">{selected.k.formula}</dd>
                <dt>{t('library.unit')}</dt>
                <dd>{selected.k.unit || t('library.none')}</dd>
                <dt>{t('library.direction')}</dt>
                <dd>{POLARITY_LABELS[selected.k.polarity]}</dd>
                <dt>{t('library.measured')}</dt>
                <dd>{FREQUENCY_LABELS[selected.k.frequency]}</dd>
                <dt>{t('library.combineBy')}</dt>
                <dd>{AGGREGATION_LABELS[selected.k.aggregation]}</dd>
                {selected.k.tags.length > 0 ? (
                  <>
                    <dt>{t('library.suits')}</dt>
                    <dd>{selected.k.tags.join(', ')}</dd>
                  </>
                ) : null}
              </dl>
              <div className="library-detail-actions">
                {onPick ? (
                  <button type="button" className="primary" onClick={() => onPick(selected.k)}>
                    {pickLabel ?? t('library.useThis')}
                  </button>
                ) : null}
                {selected.own && onDelete && !confirming ? (
                  <button type="button" className="danger-quiet" onClick={() => setConfirming(true)}>
                    {t('library.deleteMine')}
                  </button>
                ) : null}
              </div>
              {confirming ? (
                <div className="library-confirm" role="group" aria-label={t('library.confirmDeletion')}>
                  <p>{t('library.confirmText', { name: selected.k.name })}</p>
                  <button type="button" onClick={() => setConfirming(false)} autoFocus>
                    {t('library.keep')}
                  </button>
                  <button type="button" className="danger" onClick={() => void remove(selected.k)}>
                    {t('library.delete')}
                  </button>
                </div>
              ) : null}
              {deleteError ? (
                <p className="form-error" role="alert">
                  {deleteError}
                </p>
              ) : null}
            </>
          ) : (
            <p className="library-empty">{t('library.nothing')}</p>
          )}
        </section>
      </div>
    </div>
  );
}

/** An entry's key in the list: personal and built-in ids never clash (library.save makes them unique), but say which. */
function keyOf(k: LibraryKpi, own: boolean): string {
  return `${own ? 'mine' : 'lib'}-${k.id}`;
}
