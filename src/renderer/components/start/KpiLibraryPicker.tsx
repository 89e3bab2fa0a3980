/**
 * The KPI library as a searchable list: a search box (name, definition, tags), filters by perspective and family,
 * a list the arrow keys move through (from the search box too), and the chosen entry's definition and formula.
 * The library dialog and the KPI form's "Add from library…" step both use it.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
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

export function KpiLibraryPicker({ library, onPick, pickLabel = 'Use this KPI', onDelete }: PickerProps) {
  const ids = { search: useId(), perspective: useId(), family: useId(), list: useId(), mine: useId(), builtIn: useId() };
  const [query, setQuery] = useState('');
  const [perspective, setPerspective] = useState<BscPerspective | ''>('');
  const [family, setFamily] = useState<KpiFamily | ''>('');
  const mine = useMemo(() => searchLibrary(library.personal, query, perspective, family), [library.personal, query, perspective, family]);
  const builtIn = useMemo(() => searchLibrary(library.builtIn, query, perspective, family), [library.builtIn, query, perspective, family]);
  // One order for the arrow keys: the user's own KPIs first, as shown.
  const shown = useMemo(() => [...mine.map((k) => ({ k, own: true })), ...builtIn.map((k) => ({ k, own: false }))], [mine, builtIn]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selectedIndex = Math.max(0, shown.findIndex((s) => keyOf(s.k, s.own) === selectedKey));
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
          {k.unit || 'no unit'} · {PERSPECTIVE_LABELS[k.perspective]}
        </span>
      </div>
    );
  };

  return (
    <div className="library-picker">
      <div className="library-filters">
        <div className="field grow">
          <label htmlFor={ids.search}>Search</label>
          <div className="field-control">
            <input
              ref={searchRef}
              id={ids.search}
              type="text"
              value={query}
              data-autofocus
              autoComplete="off"
              placeholder="Name, definition or industry (cafe, saas…)"
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
          <label htmlFor={ids.perspective}>Perspective</label>
          <select id={ids.perspective} value={perspective} onChange={(e) => setPerspective(e.target.value as BscPerspective | '')}>
            <option value="">All perspectives</option>
            {PERSPECTIVES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.family}>Family</label>
          <select id={ids.family} value={family} onChange={(e) => setFamily(e.target.value as KpiFamily | '')}>
            <option value="">All families</option>
            {FAMILIES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="library-count" role="status">
        {shown.length === total ? `${total} KPIs` : `${shown.length} of ${total} KPIs`}
      </p>
      <div className="library-columns">
        <div
          ref={listRef}
          id={ids.list}
          className="library-list"
          role="listbox"
          aria-label="KPIs in the library"
          tabIndex={0}
          aria-activedescendant={selectedOptionId}
          onKeyDown={(e) => onKeyDown(e, true)}
        >
          {shown.length === 0 ? (
            <p className="library-empty">No KPI matches. Try fewer words or another filter.</p>
          ) : null}
          {mine.length > 0 ? (
            <div role="group" aria-labelledby={ids.mine}>
              <div className="library-group" id={ids.mine} role="presentation">
                My KPIs
              </div>
              {mine.map((k) => option(k, true))}
            </div>
          ) : null}
          {builtIn.length > 0 ? (
            <div role="group" aria-labelledby={ids.builtIn}>
              <div className="library-group" id={ids.builtIn} role="presentation">
                Built-in library
              </div>
              {builtIn.map((k) => option(k, false))}
            </div>
          ) : null}
        </div>
        <section className="library-detail" aria-label="The chosen KPI">
          {selected ? (
            <>
              <h3>{selected.k.name}</h3>
              <p className="library-chips">
                <span className="chip">{PERSPECTIVE_LABELS[selected.k.perspective]}</span>
                <span className="chip">{FAMILY_LABELS[selected.k.family]} KPI</span>
                {selected.own ? <span className="chip own">My KPI</span> : null}
              </p>
              <p className="library-definition">{selected.k.definition}</p>
              <dl className="library-facts">
                <dt>Formula</dt>
                <dd className="library-formula">{selected.k.formula}</dd>
                <dt>Unit</dt>
                <dd>{selected.k.unit || 'None'}</dd>
                <dt>Direction</dt>
                <dd>{POLARITY_LABELS[selected.k.polarity]}</dd>
                <dt>Measured</dt>
                <dd>{FREQUENCY_LABELS[selected.k.frequency]}</dd>
                <dt>Combine values by</dt>
                <dd>{AGGREGATION_LABELS[selected.k.aggregation]}</dd>
                {selected.k.tags.length > 0 ? (
                  <>
                    <dt>Suits</dt>
                    <dd>{selected.k.tags.join(', ')}</dd>
                  </>
                ) : null}
              </dl>
              <div className="library-detail-actions">
                {onPick ? (
                  <button type="button" className="primary" onClick={() => onPick(selected.k)}>
                    {pickLabel}
                  </button>
                ) : null}
                {selected.own && onDelete && !confirming ? (
                  <button type="button" className="danger-quiet" onClick={() => setConfirming(true)}>
                    Delete from My KPIs…
                  </button>
                ) : null}
              </div>
              {confirming ? (
                <div className="library-confirm" role="group" aria-label="Confirm deletion">
                  <p>Delete “{selected.k.name}” from your own KPIs? Scorecards that use it keep their KPI.</p>
                  <button type="button" onClick={() => setConfirming(false)} autoFocus>
                    Keep it
                  </button>
                  <button type="button" className="danger" onClick={() => void remove(selected.k)}>
                    Delete
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
            <p className="library-empty">Nothing to show.</p>
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
