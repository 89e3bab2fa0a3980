/**
 * Creates or edits a workshop: name, date, participants (one per line) and dots per participant. A new workshop
 * opens on its board. Participants keep their place in the list: a name changed in place is the same person, so
 * their votes go with them (workshop.update).
 */
import { contract } from '../../../shared/contract';
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
    if (name.length > 80) return `“${name.slice(0, 24)}…” is longer than 80 characters`;
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) return `“${name}” is listed twice: each participant needs a different name`;
    seen.set(key, name);
  }
  if (names.length > MAX_PARTICIPANTS) return `at most ${MAX_PARTICIPANTS} participants (${names.length} listed)`;
  return undefined;
}

export function WorkshopDialog({ workshop, onClose }: { workshop?: Workshop; onClose(): void }) {
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
      title={workshop ? 'Edit workshop' : 'New workshop'}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={workshop ? 'Save' : 'Create workshop'}
      onSubmit={save}
      onClose={onClose}
    >
      <TextField {...form.field('name')} label="Name" required autoFocus placeholder="Strategy day with the board" />
      <FieldRow>
        <TextField {...form.field('date')} label="Date" type="date" required />
        <NumberField
          {...form.field('dotsPerParticipant')}
          label="Dots per participant"
          required
          hint={`How many votes each person places (1–${MAX_DOTS_PER_PARTICIPANT}).`}
        />
      </FieldRow>
      <TextField
        {...form.field('participants')}
        label="Participants"
        multiline
        rows={6}
        placeholder={'Anna\nBen\nChloé'}
        hint={
          names.length === 0
            ? 'One name per line: Enter starts the next. They vote in this order.'
            : `${names.length} ${names.length === 1 ? 'participant' : 'participants'}, voting in this order.${
                workshop ? ' A name changed on its line keeps that person’s votes; a line removed takes them back.' : ''
              }`
        }
      />
    </FormDialog>
  );
}
