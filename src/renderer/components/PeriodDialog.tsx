/**
 * Closing a period and reopening it. Closing locks the period's values and targets and keeps the structure it was
 * scored with, so its scores and report never change afterwards; reopening is an explicit act whose reason is
 * recorded beside every earlier close and reopen.
 */
import { useEffect, useState } from 'react';
import { call, errorMessage } from '../api';
import type { PeriodState } from '../../shared/contract-review';
import { periodLabel } from '../../shared/periods';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { TextField } from './FormFields';
import { LockIcon } from './LockIcon';
import { Modal } from './Modal';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
  action: 'close' | 'reopen';
  period: string;
  onClose(): void;
}

/** Every close and reopen of the scorecard's periods, newest first, with who and why. */
function PeriodHistory({ state, fy }: { state: PeriodState | null; fy: number }) {
  if (state === null) return <p role="status">Loading the history…</p>;
  if (state.events.length === 0) return <p className="field-hint">No period has been closed yet.</p>;
  return (
    <section className="period-history" aria-label="History of closes and reopens">
      <h3>History</h3>
      <ol>
        {[...state.events].reverse().map((e) => (
          <li key={e.id}>
            <span className={`period-event period-event-${e.action}`}>
              <LockIcon open={e.action === 'reopen'} /> {e.action === 'close' ? 'Closed' : 'Reopened'}{' '}
              {periodLabel(e.period, fy)}
            </span>{' '}
            <span className="meta">
              {when(e.at)}
              {e.by ? ` by ${e.by}` : ''}
            </span>
            {e.reason ? <span className="period-event-reason">Reason: {e.reason}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function PeriodDialog({ action, period, onClose }: Props) {
  const tree = useDocumentStore((s) => s.tree);
  const run = useDocumentStore((s) => s.run);
  const form = useForm({ reason: '', by: '' });
  const [state, setState] = useState<PeriodState | null>(null);
  const scorecardId = tree?.scorecard.id;
  const fy = tree?.scorecard.fiscalYearStartMonth ?? 1;

  useEffect(() => {
    if (scorecardId === undefined) return;
    let live = true;
    call('period.list', { scorecardId })
      .then((s) => live && setState(s))
      // Without the history the dialog still closes and reopens; the list says nothing rather than interrupt.
      .catch(() => live && setState({ closed: [], events: [] }));
    return () => {
      live = false;
    };
  }, [scorecardId]);

  if (scorecardId === undefined) return null;
  const label = periodLabel(period, fy);
  const by = form.values.by.trim();

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    const reason = form.values.reason.trim();
    if (action === 'reopen' && !reason) return form.reject({ reason: 'is required: say why the period is reopened' });
    form.setFormError(null);
    form.setBusy(true);
    try {
      if (action === 'close') await run('period.close', { scorecardId: scorecardId!, period, ...(by ? { by } : {}) });
      else await run('period.reopen', { scorecardId: scorecardId!, period, reason, ...(by ? { by } : {}) });
      onClose();
    } catch (err) {
      form.setFormError(errorMessage(err));
      form.setBusy(false);
    }
  }

  const closing = action === 'close';
  return (
    <Modal title={closing ? `Close ${label}?` : `Reopen ${label}`} onClose={onClose} size="medium">
      <form noValidate onSubmit={(e) => void submit(e)} data-form={form.formId}>
        <div className="dialog-body period-dialog">
          {form.formError ? (
            <div className="form-error" role="alert">
              <span aria-hidden="true">✕ </span>
              {form.formError}
            </div>
          ) : null}
          {closing ? (
            <ul className="period-effects">
              <li>The values and targets of {label} (and of every month in it) are locked: edits are refused.</li>
              <li>
                {label} keeps the objectives, KPIs, targets and weights it is scored with now. Changing a target or
                deleting a KPI later leaves its scores and its report as they are.
              </li>
              <li>You can reopen it later; reopening asks for a reason and is recorded.</li>
            </ul>
          ) : (
            <>
              <p>
                Reopening unlocks the values and targets of {label}. It is scored from the live scorecard again until
                you close it once more, so its scores may change.
              </p>
              <TextField
                {...form.field('reason')}
                label="Reason"
                hint="Recorded in the history below."
                required
                autoFocus
                maxLength={200}
              />
            </>
          )}
          <TextField {...form.field('by')} label={closing ? 'Closed by' : 'Reopened by'} maxLength={100} />
          <PeriodHistory state={state} fy={fy} />
        </div>
        <div className="dialog-footer">
          <span className="spacer" />
          <button type="button" onClick={onClose} data-autofocus={closing || undefined}>
            Cancel
          </button>
          <button type="submit" className={closing ? 'primary' : 'danger'} disabled={form.busy}>
            {form.busy ? (closing ? 'Closing…' : 'Reopening…') : closing ? `Close ${label}` : `Reopen ${label}`}
          </button>
        </div>
      </form>
    </Modal>
  );
}
