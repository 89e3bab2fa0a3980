/** Starts a review of a period: the meeting's date, who attends, and the template its agenda is drafted from. */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api';
import { nextPeriod, periodLabel, periodRange, previousPeriod } from '../../../shared/periods';
import { useDocumentStore } from '../../stores/document-store';
import { useReviewStore } from '../../stores/review-store';
import { Modal } from '../Modal';
import { AttendeesField, todayIso } from './parts';
import type { ReviewTemplate } from '../../../shared/review';
import type { TFunction } from 'i18next';

/** The template's description, its number of sections and, when they are time-boxed, its minutes. */
function templateHint(template: ReviewTemplate, t: TFunction<'review'>): string {
  const sections = t('start.sections', { count: template.sections.length });
  const description = template.description;
  if (!template.sections.some((s) => s.minutes)) return t('start.templateHint', { description, sections });
  const minutes = t('start.minutes', { count: template.sections.reduce((n, s) => n + (s.minutes ?? 0), 0) });
  return t('start.templateHintTimed', { description, sections, minutes });
}

export function StartReviewDialog({
  onClose,
  onStarted,
  onEditTemplates,
}: {
  onClose(): void;
  onStarted(reviewId: number): void;
  onEditTemplates(): void;
}) {
  const { t } = useTranslation('review');
  const id = useId();
  const tree = useDocumentStore((s) => s.tree);
  const shown = useDocumentStore((s) => s.period);
  const templates = useReviewStore((s) => s.templates);
  const start = useReviewStore((s) => s.start);
  const [period, setPeriod] = useState(shown ?? '');
  const [heldOn, setHeldOn] = useState(todayIso());
  const [attendees, setAttendees] = useState<string[]>([]);
  const [templateId, setTemplateId] = useState<number | null>(templates[0]?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fy = tree?.scorecard.fiscalYearStartMonth ?? 1;
  // The period shown, the year before it and a couple after: a review looks back on a period just ended.
  const periods = useMemo(
    () => (shown ? periodRange(previousPeriod(shown, 8), nextPeriod(shown, 2)).reverse() : []),
    [shown],
  );
  const template = templates.find((x) => x.id === templateId) ?? templates[0];

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!tree || !template) return;
    if (!heldOn) {
      setError(t('start.needsDate'));
      return;
    }
    setBusy(true);
    try {
      const detail = await start({
        scorecardId: tree.scorecard.id,
        period,
        templateId: template.id,
        heldOn,
        attendees,
      });
      onStarted(detail.review.id);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <Modal title={t('start.title')} subtitle={tree?.scorecard.name} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <div className="dialog-body">
          <div className="field-row review-start-row">
            <div className="field">
              <label htmlFor={`${id}-period`}>{t('start.period')}</label>
              <select id={`${id}-period`} value={period} onChange={(e) => setPeriod(e.target.value)} data-autofocus>
                {periods.map((p) => (
                  <option key={p} value={p}>
                    {periodLabel(p, fy)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-date`}>{t('start.date')}</label>
              <input
                id={`${id}-date`}
                type="date"
                value={heldOn}
                required
                onChange={(e) => setHeldOn(e.target.value)}
              />
            </div>
          </div>
          <AttendeesField value={attendees} onChange={setAttendees} />
          <div className="field">
            <label htmlFor={`${id}-template`}>{t('start.template')}</label>
            <select
              id={`${id}-template`}
              value={template?.id ?? ''}
              aria-describedby={`${id}-template-hint`}
              onChange={(e) => setTemplateId(Number(e.target.value))}
            >
              {templates.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
            <p id={`${id}-template-hint`} className="field-hint">
              {template ? templateHint(template, t) : ''}
            </p>
          </div>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="dialog-footer">
          <button type="button" className="quiet" onClick={onEditTemplates}>
            {t('start.editTemplates')}
          </button>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            {t('cancel', { ns: 'common' })}
          </button>
          <button type="submit" className="primary" disabled={busy || !template || !period}>
            {t('start.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
