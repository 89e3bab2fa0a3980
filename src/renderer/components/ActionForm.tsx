/** Add or edit an action item: what, who, by when, and what it is about. Deleting it is here too. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../shared/contract';
import type { ActionItem, ConcernType } from '../../shared/review';
import { PayloadBuilder } from '../form-kit';
import { useActionsStore } from '../stores/actions-store';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { FieldRow, SelectField, TextField } from './FormFields';
import { FormDialog } from './FormDialog';

interface Props {
  action?: ActionItem;
  /** What a new action is about, when it is added from an objective, a KPI or an initiative. */
  concern?: { type: ConcernType; id: number | null };
  onClose(): void;
}


/** One select for the concern: "scorecard", or "objective:12", "kpi:7", "initiative:3". */
const concernValue = (type: ConcernType, id: number | null) => (type === 'scorecard' ? 'scorecard' : `${type}:${id}`);

export function ActionForm({ action, concern, onClose }: Props) {
  const { t } = useTranslation('panels');
  const tree = useDocumentStore((s) => s.tree);
  const statuses = (['open', 'done', 'dropped'] as const).map((value) => ({ value, label: t(`actionStatus.${value}`) }));
  const people = useActionsStore((s) => s.people);
  const { create, update, remove } = useActionsStore.getState();
  const listId = `${useId().replace(/:/g, '')}-people`;
  const start = action
    ? { type: action.concernType, id: action.concernId }
    : (concern ?? { type: 'scorecard' as const, id: null });
  const form = useForm({
    title: action?.title ?? '',
    owner: action?.owner ?? '',
    dueDate: action?.dueDate ?? '',
    status: (action?.status ?? 'open') as string,
    concern: concernValue(start.type, start.id),
  });
  const v = form.values;
  const objectives = tree?.objectives ?? [];
  const groups = [
    { label: t('actionForm.objectives'), options: objectives.map((o) => ({ value: `objective:${o.id}`, label: o.title })) },
    { label: t('actionForm.kpis'), options: (tree?.kpis ?? []).map((k) => ({ value: `kpi:${k.id}`, label: k.name })) },
    {
      label: t('actionForm.initiatives'),
      options: (tree?.initiatives ?? []).map((i) => ({ value: `initiative:${i.id}`, label: i.title })),
    },
  ].filter((g) => g.options.length > 0);
  const scorecardName = tree?.scorecard.name ?? t('actionForm.scorecard');

  async function save(): Promise<void> {
    const [type, id] = v.concern === 'scorecard' ? ['scorecard', null] : v.concern.split(':');
    const ok = await form.submit({
      schema: action ? contract['action.update'].input : contract['action.create'].input,
      build: () => {
        const b = new PayloadBuilder()
          .set('title', v.title)
          .set('owner', v.owner.trim().replace(/\s+/g, ' '))
          .nullable('dueDate', v.dueDate)
          .set('status', v.status)
          .set('concernType', type)
          .set('concernId', id === null || id === undefined ? null : Number(id));
        return action ? b.set('id', action.id) : b.set('scorecardId', tree?.scorecard.id);
      },
      send: (payload) =>
        action ? update(payload as Parameters<typeof update>[0]) : create(payload as Parameters<typeof create>[0]),
    });
    if (ok) onClose();
  }

  return (
    <FormDialog
      title={action ? t('actionForm.titleEdit') : t('actionForm.titleAdd')}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={action ? t('formDialog.save') : t('actionForm.submitAdd')}
      onSubmit={save}
      onClose={onClose}
      onDelete={action ? async () => (await remove(action.id), onClose()) : undefined}
      deleteWhat={action ? t('actionForm.deleteWhat', { title: action.title }) : undefined}
      deleteWarning={t('actionForm.deleteWarning')}
    >
      <TextField
        {...form.field('title')}
        label={t('actionForm.action')}
        required
        autoFocus
        hint={t('actionForm.actionHint')}
      />
      <FieldRow>
        <TextField
          {...form.field('owner')}
          label={t('actionForm.owner')}
          hint={t('actionForm.ownerHint')}
          list={listId}
        />
        <TextField {...form.field('dueDate')} label={t('actionForm.due')} type="date" />
        {action ? <SelectField {...form.field('status')} label={t('actionForm.status')} options={statuses} /> : null}
      </FieldRow>
      <SelectField
        {...form.field('concern')}
        label={t('actionForm.about')}
        options={[{ value: 'scorecard', label: t('actionForm.wholeScorecard', { name: scorecardName }) }]}
        groups={groups}
      />
      <datalist id={listId}>
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
    </FormDialog>
  );
}
