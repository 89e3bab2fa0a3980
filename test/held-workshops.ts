/**
 * A workshop held on the sample scorecard (Harbour & Ember, perspectives Financial 1, Customer 2, Internal
 * Process 3, Learning & Growth 4), for the report and interchange tests: notes in two columns and the parking lot,
 * a group, three participants' votes, revealed, a group promoted to an objective and a note to a KPI; and an older
 * workshop whose votes stay hidden.
 */
import type { WorkshopNote } from '../src/shared/workshop';
import type { client } from './helpers';

type Client = ReturnType<typeof client>;

export const STRATEGY_DAY = {
  name: 'Strategy day 2026',
  date: '2026-09-15',
  participants: ['Anna', 'Ben', 'Chloé'],
  group: 'Reward our regulars',
  members: ['Loyalty card for café regulars', 'Birthday coffee on the house'],
  customer: 'Faster wholesale quotes',
  financial: 'Sell roasting courses',
  parked: 'Rename the house blend?',
};

export const KICK_OFF = { name: 'Kick-off', date: '2026-03-10', note: 'Map the wholesale customer journey' };

export interface HeldWorkshop {
  id: number;
  group: WorkshopNote;
  objectiveId: number;
  kpiId: number;
}

/** Holds the strategy day and the kick-off through the API; returns the strategy day's ids. */
export function holdWorkshops(c: Client, scorecardId = 1): HeldWorkshop {
  const { call } = c;
  const kickOff = call('workshop.create', {
    scorecardId,
    name: KICK_OFF.name,
    date: KICK_OFF.date,
    participants: ['Anna'],
  });
  const hidden = call('workshop.addNote', { workshopId: kickOff.id, perspectiveId: 2, text: KICK_OFF.note });
  call('workshop.vote', { workshopId: kickOff.id, participant: 'Anna', noteId: hidden.id, delta: 1 });

  const s = STRATEGY_DAY;
  const w = call('workshop.create', {
    scorecardId,
    name: s.name,
    date: s.date,
    participants: s.participants,
    dotsPerParticipant: 3,
  });
  const add = (perspectiveId: number | null, text: string) =>
    call('workshop.addNote', { workshopId: w.id, perspectiveId, text });
  const loyalty = add(2, s.members[0]!);
  const quotes = add(2, s.customer);
  const birthday = add(2, s.members[1]!);
  const courses = add(1, s.financial);
  add(null, s.parked);
  call('workshop.mergeNotes', { id: birthday.id, ontoId: loyalty.id, heading: s.group });
  const group = call('workshop.get', { id: w.id }).notes.find((n) => n.kind === 'group')!;
  const vote = (participant: string, noteId: number, dots: number) => {
    for (let i = 0; i < dots; i++) call('workshop.vote', { workshopId: w.id, participant, noteId, delta: 1 });
  };
  // The group 5 dots, its first member 1; the quotes 2, the courses 1: the group leads Customer once revealed.
  vote('Anna', group.id, 2);
  vote('Anna', courses.id, 1);
  vote('Ben', group.id, 1);
  vote('Ben', quotes.id, 2);
  vote('Chloé', group.id, 2);
  vote('Chloé', loyalty.id, 1);
  call('workshop.update', { id: w.id, votesRevealed: true });
  const objective = call('workshop.promote', { noteId: group.id, target: { kind: 'objective' } });
  const kpi = call('workshop.promote', { noteId: courses.id, target: { kind: 'kpi', objectiveId: 1 } });
  return { id: w.id, group, objectiveId: objective.objectiveId!, kpiId: kpi.kpiId! };
}
