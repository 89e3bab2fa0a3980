/**
 * Creates or edits a workshop: name, date, participants (one per line) and dots per participant. A new workshop
 * opens on its board. Participants keep their place in the list: a name changed in place is the same person, so
 * their votes go with them (workshop.update).
 */
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { t } from '../../../shared/i18n';
import { localIsoDate } from '../../../shared/initiative-schedule';
import { MAX_DOTS_PER_PARTICIPANT, MAX_PARTICIPANTS, type Workshop } from '../../../shared/workshop';
import { PayloadBuilder } from '../../form-kit';
import { useDocumentStore } from '../../stores/document-store';
import { useWorkshopStore } from '../../stores/workshop-store';
import { useForm } from '../../use-form';
import { FieldRow, NumberField, TextField } from '../FormFields';
import { FormDialog } from '../FormDialog';
import '../../styles/workshop-voting.css';

/** The names typed, one per line, without blank lines; spaces around a name do not count. */
function participantLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** What is wrong with the list, in words that name the line, or undefined. */
function participantsProblem(names: readonly string[]): string | undefined {
  const seen = new Map<string, string>();
  for (const name of names) {
    if (name.length > 80) return t('review:workshopDialog.tooLong', { start: name.slice(0, 24) });
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) return t('review:workshopDialog.twice', { name });
    seen.set(key, name);
  }
  if (names.length > MAX_PARTICIPANTS)
    return t('review:workshopDialog.tooMany', { max: MAX_PARTICIPANTS, listed: names.length });
  return undefined;
}

export function WorkshopDialog({ workshop, onClose }: { workshop?: Workshop; onClose(): void }) {
  const { t: tr } = useTranslation('review');
  const run = useDocumentStore((s) => s.run);
  const scorecardId = useDocumentStore((s) => s.tree?.scorecard.id);
  const open = useWorkshopStore((s) => s.open);
  const form = useForm({
    name: workshop?.name ?? '',
    date: workshop?.date ?? localIsoDate(new Date()),
    participants: (workshop?.participants ?? []).join('\n'),
    dotsPerParticipant: String(workshop?.dotsPerParticipant ?? 3),
  });
  const v = form.values;
  const names = participantLines(v.participants);

  async function save(): Promise<void> {
    const ok = await form.submit({
      schema: workshop ? contract['workshop.update'].input : contract['workshop.create'].input,
      build: () => {
        const b = new PayloadBuilder()
          .set('name', v.name)
          .set('date', v.date.trim())
          .set('participants', names)
          .wholeNumber('dotsPerParticipant', v.dotsPerParticipant, true);
        const problem = participantsProblem(names);
        if (problem) b.errors.participants = problem;
        return workshop ? b.set('id', workshop.id) : b.set('scorecardId', scorecardId);
      },
      send: async (payload) => {
        if (workshop) return run('workshop.update', payload as { id: number });
        const created = await run('workshop.create', payload as { scorecardId: number; name: string; date: string });
        open(created.scorecardId, created.id);
        return created;
      },
    });
    if (ok) onClose();
  }

  return (
    <FormDialog
      title={workshop ? tr('workshopDialog.edit') : tr('workshopDialog.new')}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={workshop ? tr('workshopDialog.save') : tr('workshopDialog.create')}
      onSubmit={save}
      onClose={onClose}
    >
      <TextField
        {...form.field('name')}
        label={tr('workshopDialog.name')}
        required
        autoFocus
        placeholder={tr('workshopDialog.namePlaceholder')}
      />
      <FieldRow>
        <TextField {...form.field('date')} label={tr('workshopDialog.date')} type="date" required />
        <NumberField
          {...form.field('dotsPerParticipant')}
          label={tr('workshopDialog.dots')}
          required
          hint={tr('workshopDialog.dotsHint', { max: MAX_DOTS_PER_PARTICIPANT })}
        />
      </FieldRow>
      <TextField
        {...form.field('participants')}
        label={tr('workshopDialog.participants')}
        multiline
        rows={6}
        placeholder={tr('workshopDialog.participantsPlaceholder')}
        hint={
          names.length === 0
            ? tr('workshopDialog.hintEmpty')
            : tr(workshop ? 'workshopDialog.hintEdit' : 'workshopDialog.hint', { count: names.length })
        }
      />
    </FormDialog>
  );
}
