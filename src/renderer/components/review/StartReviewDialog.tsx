/** Starts a review of a period: the meeting's date, who attends, and the template its agenda is drafted from. */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api';
import { nextPeriod, periodLabel, periodRange, previousPeriod } from '../../../shared/periods';
import { useDocumentStore } from '../../stores/document-store';
import { useReviewStore } from '../../stores/review-store';
import { Modal } from '../Modal';
import { AttendeesField, todayIso } from './parts';

export function StartReviewDialog({
  onClose,
  onStarted,
  onEditTemplates,
}: {
  onClose(): void;
  onStarted(reviewId: number): void;
  onEditTemplates(): void;
}) {
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
  const template = templates.find((t) => t.id === templateId) ?? templates[0];

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!tree || !template) return;
    if (!heldOn) {
      setError('The meeting needs a date.');
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
    <Modal title="Start a review" subtitle={tree?.scorecard.name} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <div className="dialog-body">
          <div className="field-row review-start-row">
            <div className="field">
              <label htmlFor={`${id}-period`}>Period reviewed</label>
              <select id={`${id}-period`} value={period} onChange={(e) => setPeriod(e.target.value)} data-autofocus>
                {periods.map((p) => (
                  <option key={p} value={p}>
                    {periodLabel(p, fy)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-date`}>Meeting date</label>
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
            <label htmlFor={`${id}-template`}>Meeting template</label>
            <select
              id={`${id}-template`}
              value={template?.id ?? ''}
              aria-describedby={`${id}-template-hint`}
              onChange={(e) => setTemplateId(Number(e.target.value))}
            >
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            <p id={`${id}-template-hint`} className="field-hint">
              {template
                ? `${template.description} ${template.sections.length} sections${
                    template.sections.some((s) => s.minutes)
                      ? `, ${template.sections.reduce((n, s) => n + (s.minutes ?? 0), 0)} minutes`
                      : ''
                  }.`
                : ''}
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
            Edit templates…
          </button>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !template || !period}>
            Start the review
          </button>
        </div>
      </form>
    </Modal>
  );
}
