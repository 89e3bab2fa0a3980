/**
 * Meeting templates are data: a consultant adds their own beside the two built in. Each has a name, a description,
 * sections (a title, a time box, what fills it, what it is for) and whether the meeting is rated at the end.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { t as translate } from '../../../shared/i18n';
import { errorMessage } from '../../api';
import type { AgendaSource, ReviewTemplate, TemplateSection } from '../../../shared/review';
import { useReviewStore } from '../../stores/review-store';
import { Modal } from '../Modal';

/** The sources in the order a section lists them. */
const SOURCES: AgendaSource[] = ['offtrack', 'missing_data', 'initiatives', 'actions', 'decisions'];

type Draft = Omit<ReviewTemplate, 'id'> & { id: number | null };

const blank = (): Draft => ({
  id: null,
  name: '',
  description: '',
  rateMeeting: false,
  sections: [
    { title: translate('review:templates.blankSection'), minutes: 30, sources: ['offtrack'], description: '' },
  ],
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
  const { t } = useTranslation('review');
  const id = useId();
  const n = index + 1;
  return (
    <li className="template-section">
      <fieldset>
        <legend>{t('templates.section', { n })}</legend>
        <div className="template-section-row">
          <div className="field grow">
            <label htmlFor={`${id}-title`}>{t('templates.sectionTitle', { n })}</label>
            <input
              id={`${id}-title`}
              value={section.title}
              maxLength={200}
              onChange={(e) => onChange({ ...section, title: e.target.value })}
            />
          </div>
          <div className="field minutes-field">
            <label htmlFor={`${id}-minutes`}>{t('templates.minutes')}</label>
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
              aria-label={t('templates.moveUp', { n })}
              disabled={index === 0}
              onClick={() => onMove(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('templates.moveDown', { n })}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon-button danger-quiet"
              aria-label={t('templates.remove', { n })}
              disabled={count === 1}
              onClick={onRemove}
            >
              ×
            </button>
          </div>
        </div>
        <fieldset className="checkbox-group source-group">
          <legend>{t('templates.fills')}</legend>
          <div className="source-list">
            {SOURCES.map((source) => (
              <label key={source} className="source-option">
                <input
                  type="checkbox"
                  checked={section.sources.includes(source)}
                  onChange={(e) =>
                    onChange({
                      ...section,
                      sources: e.target.checked
                        ? SOURCES.filter((v) => v === source || section.sources.includes(v))
                        : section.sources.filter((v) => v !== source),
                    })
                  }
                />
                {t(`templates.sources.${source}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-description`}>{t('templates.purpose', { n })}</label>
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
  const { t } = useTranslation('review');
  const id = useId();
  const templates = useReviewStore((s) => s.templates);
  const { createTemplate, updateTemplate, deleteTemplate } = useReviewStore.getState();
  const [draft, setDraft] = useState<Draft>(() => (templates[0] ? { ...templates[0] } : blank()));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const pick = (value: string) => {
    const found = templates.find((x) => String(x.id) === value);
    setDraft(found ? { ...found } : blank());
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
      setSaved(t('templates.saved', { name: fields.name }));
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
      setSaved(t('templates.deleted', { name: draft.name }));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <Modal title={t('templates.title')} onClose={onClose} size="large">
      <form onSubmit={(e) => void save(e)}>
        <div className="dialog-body template-editor">
          <div className="field-row">
            <div className="field grow">
              <label htmlFor={`${id}-which`}>{t('templates.template')}</label>
              <select id={`${id}-which`} value={draft.id ?? 'new'} onChange={(e) => pick(e.target.value)}>
                {templates.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
                <option value="new">{t('templates.new')}</option>
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('templates.name')}</label>
            <input
              id={`${id}-name`}
              value={draft.name}
              maxLength={200}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-description`}>{t('templates.description')}</label>
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
            {t('templates.rate')}
          </label>
          <h3 className="template-sections-title">{t('templates.sections')}</h3>
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
              {t('templates.addSection')}
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
              {t('templates.delete')}
            </button>
          ) : null}
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            {t('templates.close')}
          </button>
          <button type="submit" className="primary">
            {draft.id === null ? t('templates.create') : t('templates.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
