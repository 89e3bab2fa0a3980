/**
 * Meeting templates are data: a consultant adds their own beside the two built in. Each has a name, a description,
 * sections (a title, a time box, what fills it, what it is for) and whether the meeting is rated at the end.
 */
import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api';
import type { AgendaSource, ReviewTemplate, TemplateSection } from '../../../shared/review';
import { useReviewStore } from '../../stores/review-store';
import { Modal } from '../Modal';

const SOURCES: { value: AgendaSource; label: string }[] = [
  { value: 'offtrack', label: 'Off-track and at-risk items' },
  { value: 'missing_data', label: 'Missing or late data' },
  { value: 'initiatives', label: 'Initiatives behind schedule' },
  { value: 'actions', label: 'Actions due' },
  { value: 'decisions', label: 'Previous decisions' },
];

type Draft = Omit<ReviewTemplate, 'id'> & { id: number | null };

const blank = (): Draft => ({
  id: null,
  name: '',
  description: '',
  rateMeeting: false,
  sections: [{ title: 'Discussion', minutes: 30, sources: ['offtrack'], description: '' }],
});

function SectionEditor({
  section,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  section: TemplateSection;
  index: number;
  count: number;
  onChange(s: TemplateSection): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}) {
  const id = useId();
  const n = index + 1;
  return (
    <li className="template-section">
      <fieldset>
        <legend>Section {n}</legend>
        <div className="template-section-row">
          <div className="field grow">
            <label htmlFor={`${id}-title`}>Title of section {n}</label>
            <input
              id={`${id}-title`}
              value={section.title}
              maxLength={200}
              onChange={(e) => onChange({ ...section, title: e.target.value })}
            />
          </div>
          <div className="field minutes-field">
            <label htmlFor={`${id}-minutes`}>Minutes</label>
            <input
              id={`${id}-minutes`}
              type="number"
              min={1}
              max={600}
              value={section.minutes ?? ''}
              onChange={(e) =>
                onChange({ ...section, minutes: e.target.value === '' ? null : Math.round(Number(e.target.value)) })
              }
            />
          </div>
          <div className="template-section-buttons">
            <button
              type="button"
              className="icon-button"
              aria-label={`Move section ${n} up`}
              disabled={index === 0}
              onClick={() => onMove(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Move section ${n} down`}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon-button danger-quiet"
              aria-label={`Remove section ${n}`}
              disabled={count === 1}
              onClick={onRemove}
            >
              ×
            </button>
          </div>
        </div>
        <fieldset className="checkbox-group source-group">
          <legend>Fills itself with</legend>
          <div className="source-list">
            {SOURCES.map((s) => (
              <label key={s.value} className="source-option">
                <input
                  type="checkbox"
                  checked={section.sources.includes(s.value)}
                  onChange={(e) =>
                    onChange({
                      ...section,
                      sources: e.target.checked
                        ? SOURCES.map((x) => x.value).filter((v) => v === s.value || section.sources.includes(v))
                        : section.sources.filter((v) => v !== s.value),
                    })
                  }
                />
                {s.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-description`}>What section {n} is for</label>
          <input
            id={`${id}-description`}
            value={section.description}
            maxLength={200}
            onChange={(e) => onChange({ ...section, description: e.target.value })}
          />
        </div>
      </fieldset>
    </li>
  );
}

export function TemplateEditor({ onClose }: { onClose(): void }) {
  const id = useId();
  const templates = useReviewStore((s) => s.templates);
  const { createTemplate, updateTemplate, deleteTemplate } = useReviewStore.getState();
  const [draft, setDraft] = useState<Draft>(() => (templates[0] ? { ...templates[0] } : blank()));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const pick = (value: string) => {
    const t = templates.find((x) => String(x.id) === value);
    setDraft(t ? { ...t } : blank());
    setError(null);
    setSaved(null);
  };
  const setSection = (i: number, s: TemplateSection) =>
    setDraft((d) => ({ ...d, sections: d.sections.map((x, j) => (j === i ? s : x)) }));
  const move = (i: number, by: -1 | 1) =>
    setDraft((d) => {
      const sections = [...d.sections];
      [sections[i], sections[i + by]] = [sections[i + by]!, sections[i]!];
      return { ...d, sections };
    });

  async function save(e: FormEvent): Promise<void> {
    e.preventDefault();
    const { id: templateId, ...fields } = draft;
    try {
      if (templateId === null) {
        const created = await createTemplate(fields);
        setDraft({ ...created });
      } else {
        await updateTemplate({ id: templateId, ...fields });
      }
      setError(null);
      setSaved(`Saved “${fields.name}”.`);
    } catch (err) {
      setError(errorMessage(err));
      setSaved(null);
    }
  }

  async function remove(): Promise<void> {
    if (draft.id === null) return;
    try {
      await deleteTemplate(draft.id);
      const rest = useReviewStore.getState().templates;
      setDraft(rest[0] ? { ...rest[0] } : blank());
      setSaved(`Deleted “${draft.name}”.`);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <Modal title="Meeting templates" onClose={onClose} size="large">
      <form onSubmit={(e) => void save(e)}>
        <div className="dialog-body template-editor">
          <div className="field-row">
            <div className="field grow">
              <label htmlFor={`${id}-which`}>Template</label>
              <select id={`${id}-which`} value={draft.id ?? 'new'} onChange={(e) => pick(e.target.value)}>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
                <option value="new">New template…</option>
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input
              id={`${id}-name`}
              value={draft.name}
              maxLength={200}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-description`}>Description</label>
            <textarea
              id={`${id}-description`}
              rows={2}
              value={draft.description}
              onChange={(e) => setDraft({ ...draft, description: e.target.value })}
            />
          </div>
          <label className="field-checkbox">
            <input
              type="checkbox"
              checked={draft.rateMeeting}
              onChange={(e) => setDraft({ ...draft, rateMeeting: e.target.checked })}
            />
            Rate the meeting 1–10 at the end
          </label>
          <h3 className="template-sections-title">Sections</h3>
          <ol className="template-sections">
            {draft.sections.map((s, i) => (
              <SectionEditor
                key={i}
                section={s}
                index={i}
                count={draft.sections.length}
                onChange={(next) => setSection(i, next)}
                onMove={(by) => move(i, by)}
                onRemove={() => setDraft((d) => ({ ...d, sections: d.sections.filter((_, j) => j !== i) }))}
              />
            ))}
          </ol>
          <div>
            <button
              type="button"
              className="small"
              onClick={() =>
                setDraft((d) => ({
                  ...d,
                  sections: [...d.sections, { title: '', minutes: null, sources: [], description: '' }],
                }))
              }
            >
              Add section
            </button>
          </div>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          {saved ? (
            <p className="form-saved" role="status">
              {saved}
            </p>
          ) : null}
        </div>
        <div className="dialog-footer">
          {draft.id !== null ? (
            <button type="button" className="danger-quiet" onClick={() => void remove()}>
              Delete template
            </button>
          ) : null}
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="primary">
            {draft.id === null ? 'Create template' : 'Save template'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
