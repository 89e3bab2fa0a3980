/**
 * Dot voting and promotion on a real file (docs/workshops.md): dots per participant and their limit, participants
 * renamed or removed, reveal and clear; a note or group promoted to an objective or a KPI, and the link cleared when
 * that goes. Each step one undo step, each refusal with its message and no change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { kpiDefaults } from '../../src/shared/defaults';
import { openRoom, type Room } from './workshop-fixture';

let room: Room;
afterEach(() => room.api.session.close());

const votesOf = (r: Room) => r.api.call('workshop.get', { id: r.workshopId }).votes.map((v) => `${v.participant}:${r.note(v.noteId).text}=${v.dots}`).sort();

describe('dot voting', () => {
  it('places and takes back dots per participant, up to their dots and no further', () => {
    room = openRoom();
    const { api, workshopId } = room;
    const [a, b] = ['Quotes', 'Staff'].map((t) => room.add('Customer', t));
    const vote = (participant: string, note: { id: number }, delta: 1 | -1) => api.call('workshop.vote', { workshopId, participant, noteId: note.id, delta });
    room.undoable('Vote for “Quotes”', () => vote('Anna', a!, 1));
    expect(room.undoable('Vote for “Quotes”', () => vote('Anna', a!, 1))).toMatchObject([{ participant: 'Anna', noteId: a!.id, dots: 2 }]);
    vote('Anna', b!, 1);
    expect(room.refused('workshop.vote', { workshopId, participant: 'Anna', noteId: b!.id, delta: 1 })).toMatchObject({
      code: 'CONFLICT',
      message: 'Anna has no dots left (3 of 3 placed).',
    });
    room.undoable('Take back a vote on “Quotes”', () => vote('Anna', a!, -1));
    room.undoable('Take back a vote on “Staff”', () => vote('Anna', b!, -1));
    expect(room.refused('workshop.vote', { workshopId, participant: 'Anna', noteId: b!.id, delta: -1 }).message).toBe('Anna has no dot on “Staff” to take back.');
    expect(room.refused('workshop.vote', { workshopId, participant: 'Zoe', noteId: b!.id, delta: 1 }).issues).toEqual([
      { path: ['participant'], message: '“Zoe” is not a participant of this workshop' },
    ]);
    expect(room.refused('workshop.vote', { workshopId, participant: 'Ben', noteId: b!.id, delta: 2 }).code).toBe('VALIDATION');
    vote('Ben', b!, 1);
    vote('Cy', b!, 1);
    expect(votesOf(room)).toEqual(['Anna:Quotes=1', 'Ben:Staff=1', 'Cy:Staff=1']);
  });

  it('keeps a note’s dots on it when it joins a group, and counts the group its own', () => {
    room = openRoom();
    const { api, workshopId } = room;
    const [a, b] = ['Quotes', 'Staff'].map((t) => room.add('Customer', t));
    api.call('workshop.vote', { workshopId, participant: 'Anna', noteId: b!.id, delta: 1 });
    const group = api.call('workshop.mergeNotes', { id: b!.id, ontoId: a!.id, heading: 'Service' });
    api.call('workshop.vote', { workshopId, participant: 'Ben', noteId: group.id, delta: 1 });
    expect(votesOf(room)).toEqual(['Anna:Staff=1', 'Ben:Service=1']);
  });

  it('reveals and hides votes, and clears one participant’s or everyone’s (a fresh round starts hidden)', () => {
    room = openRoom();
    const { api, workshopId } = room;
    const a = room.add('Customer', 'Quotes');
    for (const p of ['Anna', 'Ben']) api.call('workshop.vote', { workshopId, participant: p, noteId: a.id, delta: 1 });
    room.undoable('Reveal votes', () => api.call('workshop.update', { id: workshopId, votesRevealed: true }));
    room.undoable('Clear Ben’s votes', () => api.call('workshop.clearVotes', { workshopId, participant: 'Ben' }));
    expect(votesOf(room)).toEqual(['Anna:Quotes=1']);
    room.undoable('Clear votes', () => api.call('workshop.clearVotes', { workshopId }));
    expect(api.call('workshop.get', { id: workshopId })).toMatchObject({ votes: [], workshop: { votesRevealed: false } });
    api.call('workshop.update', { id: workshopId, votesRevealed: true });
    room.undoable('Hide votes', () => api.call('workshop.update', { id: workshopId, votesRevealed: false }));
    expect(room.refused('workshop.clearVotes', { workshopId, participant: 'Zoe' }).issues?.[0]?.path).toEqual(['participant']);
  });

  it('carries a renamed participant’s dots, takes a removed one’s back, and refuses fewer dots than someone placed', () => {
    room = openRoom(['Anna', 'Ben', 'Cy'], 3);
    const { api, workshopId } = room;
    const a = room.add('Customer', 'Quotes');
    const vote = (p: string, n: number) => {
      for (let i = 0; i < n; i++) api.call('workshop.vote', { workshopId, participant: p, noteId: a.id, delta: 1 });
    };
    vote('Anna', 3);
    vote('Ben', 2);
    vote('Cy', 1);
    const refused = room.refused('workshop.update', { id: workshopId, dotsPerParticipant: 1 });
    expect(refused.issues).toEqual([
      { path: ['dotsPerParticipant'], message: 'Anna has placed 3 dots, Ben has placed 2 dots; take some back first or allow at least 3' },
    ]);
    // Ann renamed in place, Ben removed, Dee added: Ann keeps Anna's dots, Ben's go.
    room.undoable('Edit workshop “Strategy day”', () => api.call('workshop.update', { id: workshopId, participants: ['Ann', 'Cy', 'Dee'] }));
    expect(votesOf(room)).toEqual(['Ann:Quotes=3', 'Cy:Quotes=1']);
    // A removal and a lower count together: only those who stay count.
    room.undoable('Edit workshop “Strategy day”', () => api.call('workshop.update', { id: workshopId, participants: ['Cy', 'Dee'], dotsPerParticipant: 1 }));
    expect(votesOf(room)).toEqual(['Cy:Quotes=1']);
    expect(room.refused('workshop.update', { id: workshopId, participants: ['Cy', 'cy'] }).issues?.[0]?.message).toBe('each participant needs a different name');
  });
});

describe('promotion', () => {
  it('makes a group an objective in its perspective: heading the title, members the description, one undo step', () => {
    room = openRoom();
    const { api } = room;
    const [a, b] = ['Faster quotes', 'Friendly\nstaff'].map((t) => room.add('Customer', t));
    const group = api.call('workshop.mergeNotes', { id: b!.id, ontoId: a!.id, heading: 'Service that wins regulars' });
    const result = room.undoable('Promote “Service that wins regulars” to objective', () =>
      api.call('workshop.promote', { noteId: group.id, target: { kind: 'objective', owner: ' Mia ' } }),
    );
    expect(result).toMatchObject({ kpiId: null, note: { id: group.id, promotedObjectiveId: result.objectiveId } });
    expect(api.call('objective.get', { id: result.objectiveId! })).toMatchObject({
      perspectiveId: room.column['Customer'],
      title: 'Service that wins regulars',
      description: '• Faster quotes\n• Friendly\nstaff',
      owner: 'Mia',
    });
    expect(room.refused('workshop.promote', { noteId: group.id, target: { kind: 'objective' } })).toMatchObject({
      code: 'CONFLICT',
      message: '“Service that wins regulars” was already promoted to objective “Service that wins regulars”.',
    });
    // A promoted note can still get dots; deleting its objective clears the link, and undo brings both back.
    api.call('workshop.vote', { workshopId: room.workshopId, participant: 'Cy', noteId: group.id, delta: 1 });
    room.undoable('Delete objective “Service that wins regulars”', () => api.call('objective.delete', { id: result.objectiveId! }));
    expect(room.note(group.id).promotedObjectiveId).toBeNull();
    room.undoable(/^Promote/, () => api.call('workshop.promote', { noteId: group.id, target: { kind: 'objective' } }));
  });

  it('makes a single note an objective with an empty description; from the parking lot it asks for a perspective', () => {
    room = openRoom();
    const { api } = room;
    const parked = room.add(null, 'Open a\nsecond shop');
    expect(room.refused('workshop.promote', { noteId: parked.id, target: { kind: 'objective' } }).issues).toEqual([
      { path: ['target', 'perspectiveId'], message: 'a note from the parking lot needs the perspective of its objective' },
    ]);
    const other = api.call('scorecard.create', { name: 'Roastery' });
    const foreign = api.call('perspective.list', { scorecardId: other.id })[0]!.id;
    expect(room.refused('workshop.promote', { noteId: parked.id, target: { kind: 'objective', perspectiveId: foreign } }).issues?.[0]?.path).toEqual([
      'target',
      'perspectiveId',
    ]);
    const { objectiveId } = api.call('workshop.promote', { noteId: parked.id, target: { kind: 'objective', perspectiveId: room.column['Financial']! } });
    expect(api.call('objective.get', { id: objectiveId! })).toMatchObject({ title: 'Open a second shop', description: '', perspectiveId: room.column['Financial'] });
  });

  it('makes a note a KPI of an objective with kpi.create’s defaults, and clears the link when the KPI goes', () => {
    room = openRoom();
    const { api } = room;
    const objective = api.call('objective.create', { perspectiveId: room.column['Customer']!, title: 'Loyal regulars' });
    const note = room.add('Customer', 'Repeat visits per month');
    const result = room.undoable('Promote “Repeat visits per month” to KPI', () =>
      api.call('workshop.promote', { noteId: note.id, target: { kind: 'kpi', objectiveId: objective.id } }),
    );
    const kpi = api.call('kpi.get', { id: result.kpiId! });
    const made = api.call('kpi.create', { objectiveId: objective.id, name: 'Repeat visits per month' });
    const { id: _a, position: _b, ...fields } = kpi;
    const { id: _c, position: _d, ...expected } = made;
    expect(fields).toEqual(expected);
    expect(kpi).toMatchObject({ ...kpiDefaults, objectiveId: objective.id, description: '' });
    expect(room.note(note.id)).toMatchObject({ promotedKpiId: kpi.id, promotedObjectiveId: null });
    expect(room.refused('workshop.promote', { noteId: note.id, target: { kind: 'objective' } }).message).toBe(
      '“Repeat visits per month” was already promoted to KPI “Repeat visits per month”.',
    );
    api.call('kpi.delete', { id: kpi.id });
    expect(room.note(note.id).promotedKpiId).toBeNull();
  });

  it('refuses an objective of another scorecard, and a note too long to be a title, changing nothing', () => {
    room = openRoom();
    const { api } = room;
    const other = api.call('scorecard.create', { name: 'Roastery' });
    const theirs = api.call('objective.create', { perspectiveId: api.call('perspective.list', { scorecardId: other.id })[0]!.id, title: 'Roast' });
    const note = room.add('Customer', 'x'.repeat(201));
    expect(room.refused('workshop.promote', { noteId: note.id, target: { kind: 'kpi', objectiveId: theirs.id } }).issues).toEqual([
      { path: ['target', 'objectiveId'], message: `objective ${theirs.id} is not one of this workshop's scorecard` },
    ]);
    const long = room.refused('workshop.promote', { noteId: note.id, target: { kind: 'objective' } });
    expect(long.message).toBe(`“${'x'.repeat(39)}…” cannot be an objective title: it must be at most 200 characters. Shorten the note first.`);
    expect(room.refused('workshop.promote', { noteId: note.id, target: { kind: 'objective', owner: 'Tab\there' } }).code).toBe('VALIDATION');
    expect(room.refused('workshop.promote', { noteId: 9999, target: { kind: 'objective' } }).code).toBe('NOT_FOUND');
  });
});
