/**
 * Closing a period and reopening it. Closing locks the period's values and targets and keeps the structure it was
 * scored with, so its scores and report never change afterwards; reopening is an explicit act whose reason is
 * recorded beside every earlier close and reopen.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api';
import type { PeriodState } from '../../shared/contract-review';
import { currentLocale } from '../../shared/i18n';
import { periodLabel } from '../../shared/periods';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { TextField } from './FormFields';
import { LockIcon } from './LockIcon';
import { Modal } from './Modal';

const when = (iso: string) =>
  new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

interface Props {
  action: 'close' | 'reopen';
  period: string;
  onClose(): void;
}

/** Every close and reopen of the scorecard's periods, newest first, with who and why. */
function PeriodHistory({ state, fy }: { state: PeriodState | null; fy: number }) {
  const { t } = useTranslation(['app', 'common']);
  if (state === null) return <p role="status">{t('periodDialog.loadingHistory')}</p>;
  if (state.events.length === 0) return <p className="field-hint">{t('periodDialog.noHistory')}</p>;
  return (
    <section className="period-history" aria-label={t('periodDialog.historyLabel')}>
      <h3>{t('periodDialog.history')}</h3>
      <ol>
        {[...state.events].reverse().map((e) => (
          <li key={e.id}>
            <span className={`period-event period-event-${e.action}`}>
              <LockIcon open={e.action === 'reopen'} />{' '}
              {t(e.action === 'close' ? 'periodDialog.closedEvent' : 'periodDialog.reopenedEvent', {
                period: periodLabel(e.period, fy),
              })}
            </span>{' '}
            <span className="meta">{e.by ? t('periodDialog.atBy', { at: when(e.at), by: e.by }) : when(e.at)}</span>
            {e.reason ? (
              <span className="period-event-reason">{t('periodDialog.reasonShown', { reason: e.reason })}</span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function PeriodDialog({ action, period, onClose }: Props) {
  const { t } = useTranslation(['app', 'common']);
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
    if (action === 'reopen' && !reason) return form.reject({ reason: t('periodDialog.reasonRequired') });
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
    <Modal
      title={closing ? t('periodDialog.closeTitle', { period: label }) : t('periodDialog.reopen', { period: label })}
      onClose={onClose}
      size="medium"
    >
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
              <li>{t('periodDialog.effectLocked', { period: label })}</li>
              <li>{t('periodDialog.effectKept', { period: label })}</li>
              <li>{t('periodDialog.effectReopen')}</li>
            </ul>
          ) : (
            <>
              <p>{t('periodDialog.reopenEffect', { period: label })}</p>
              <TextField
                {...form.field('reason')}
                label={t('periodDialog.reason')}
                hint={t('periodDialog.reasonHint')}
                required
                autoFocus
                maxLength={200}
              />
            </>
          )}
          <TextField
            {...form.field('by')}
            label={closing ? t('periodDialog.closedBy') : t('periodDialog.reopenedBy')}
            maxLength={100}
          />
          <PeriodHistory state={state} fy={fy} />
        </div>
        <div className="dialog-footer">
          <span className="spacer" />
          <button type="button" onClick={onClose} data-autofocus={closing || undefined}>
            {t('common:cancel')}
          </button>
          <button type="submit" className={closing ? 'primary' : 'danger'} disabled={form.busy}>
            {form.busy
              ? closing
                ? t('periodDialog.closing')
                : t('periodDialog.reopening')
              : closing
                ? t('periodDialog.close', { period: label })
                : t('periodDialog.reopen', { period: label })}
          </button>
        </div>
      </form>
    </Modal>
  );
}
