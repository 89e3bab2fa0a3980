/** The title field that appears where a new objective goes (double-click a lane, or its Add button). */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addObjective, afterEarlierEdits, focusAfterEdit, focusMapElement } from './map-actions';
import { useMapStore, type PendingAdd, type Viewport } from './map-store';

export function AddObjectiveField({
  adding,
  viewport: v,
  width,
}: {
  adding: PendingAdd;
  viewport: Viewport;
  width: number;
}) {
  const { t } = useTranslation('map');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  // Enter submits and the field then loses focus: one objective, not two.
  const done = useRef(false);
  const close = () => useMapStore.getState().setAdding(null);

  async function save(): Promise<void> {
    if (done.current) return;
    done.current = true;
    const text = title.trim();
    if (!text) {
      close();
      return;
    }
    setBusy(true);
    const focus = focusAfterEdit();
    const created = await afterEarlierEdits(() => addObjective(adding.perspectiveId, text, adding.mapX, adding.mapY));
    // Focus goes to the new box while the field still holds it, before the field goes away: it never falls to
    // the page in between, where a late focus from an earlier edit could take it.
    if (created) focus.land(`[data-box-id="${created.id}"]`);
    close();
  }

  return (
    <form
      className="map-add"
      style={{ left: v.x + adding.x * v.k, top: v.y + adding.y * v.k, width: Math.max(180, width * v.k) }}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="visually-hidden" htmlFor="map-add-title">
        {t('add.label')}
      </label>
      <input
        id="map-add-title"
        autoFocus
        value={title}
        readOnly={busy}
        aria-busy={busy}
        placeholder={t('add.placeholder')}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            done.current = true;
            close();
            focusMapElement(`[data-lane-add="${adding.perspectiveId}"]`);
          }
        }}
        onBlur={() => void save()}
      />
      <span className="map-add-hint">{t('add.hint')}</span>
    </form>
  );
}
