/**
 * Workshops in the JSON interchange format (version 4) and in the report's data: a workshop held through the API
 * travels export → import → export byte for byte, a version 3 file still imports, a file whose workshop rows point
 * at nothing is refused naming the row and writes nothing, and report.data gives the board as the report prints it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { createDocumentFromJson, exportDocument, serializeInterchange } from '../../src/main/core/interchange-io';
import { Repositories } from '../../src/main/core/repositories';
import { INTERCHANGE_VERSION, type InterchangeDocument } from '../../src/shared/interchange';
import { DEFAULT_REPORT_SETTINGS, REPORT_SECTIONS, SETTINGS_KEY_REPORT } from '../../src/shared/report';

const SECTIONS_BEFORE = REPORT_SECTIONS.filter((s) => s !== 'workshops');
import { client, fingerprint, tempDir, itOnFiles } from '../helpers';
import { holdWorkshops, KICK_OFF, STRATEGY_DAY } from '../held-workshops';

const sampleText = readFileSync(join(__dirname, '../../resources/sample.json'), 'utf8');

/** The sample with both workshops held, as an open client, and its export. */
function withWorkshops() {
  const path = join(tempDir(), 'workshops.scorecard');
  createDocumentFromJson(path, sampleText).close();
  const c = client();
  c.call('document.open', { path });
  const held = holdWorkshops(c);
  const text = serializeInterchange(exportDocument(c.session.require().repos));
  return { c, held, text };
}

function exportOf(path: string): string {
  const c = client();
  c.call('document.open', { path });
  const text = serializeInterchange(c.call('document.export', {}));
  c.session.close();
  return text;
}

describe('workshops in the interchange format', () => {
  it('export → import → export is byte-identical, with every note, group, vote and promotion', () => {
    const { c, held, text } = withWorkshops();
    c.session.close();
    const doc = JSON.parse(text) as InterchangeDocument;
    expect(doc.formatVersion).toBe(INTERCHANGE_VERSION);
    expect(doc.workshops.map((w) => w.name)).toEqual([KICK_OFF.name, STRATEGY_DAY.name]);
    // 1 + 5 notes and the group; 1 + 7 votes (Anna 2 + 1, Ben 1 + 2, Chloé 2 + 1 as one row per note and person).
    expect(doc.workshopNotes).toHaveLength(7);
    expect(doc.workshopVotes).toHaveLength(7);
    expect(doc.workshopNotes.find((n) => n.id === held.group.id)).toMatchObject({
      kind: 'group',
      text: STRATEGY_DAY.group,
      promotedObjectiveId: held.objectiveId,
    });
    expect(doc.workshopNotes.filter((n) => n.groupId === held.group.id).map((n) => n.text)).toEqual(
      STRATEGY_DAY.members,
    );
    expect(doc.workshopNotes.find((n) => n.text === STRATEGY_DAY.financial)?.promotedKpiId).toBe(held.kpiId);

    const copy = join(tempDir(), 'copy.scorecard');
    createDocumentFromJson(copy, text).close();
    expect(exportOf(copy)).toBe(text);
    // The copy is a working document: its board reads back as the original's.
    const again = client();
    again.call('document.open', { path: copy });
    const board = again.call('workshop.get', { id: held.id });
    expect(board.workshop).toMatchObject({ participants: STRATEGY_DAY.participants, votesRevealed: true });
    expect(board.votes.reduce((sum, v) => sum + v.dots, 0)).toBe(9);
    again.session.close();
  });

  itOnFiles('`quadrant export` and `quadrant import` carry the workshops', () => {
    const { c, text } = withWorkshops();
    const path = c.session.require().store.path;
    c.session.close();
    const dir = tempDir();
    const cli = (args: string[]) => {
      let out = '';
      let err = '';
      const code = main(args, { out: (t) => (out += t), err: (t) => (err += t) });
      return { code, out, err };
    };
    const exported = cli(['export', path]);
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(exported.out).toBe(text);
    writeFileSync(join(dir, 'workshops.json'), exported.out);
    expect(cli(['import', join(dir, 'workshops.json'), join(dir, 'again.scorecard')])).toMatchObject({ code: 0 });
    expect(cli(['export', join(dir, 'again.scorecard')]).out).toBe(text);
  });

  it('still imports a version 3 file, which has no workshops, and exports it as version 4', () => {
    const v3 = readFileSync(join(__dirname, '../fixtures/sample-v3.json'), 'utf8');
    expect(JSON.parse(v3).formatVersion).toBe(3);
    expect(JSON.parse(v3)).not.toHaveProperty('workshops');
    const store = createDocumentFromJson(join(tempDir(), 'v3.scorecard'), v3);
    const doc = exportDocument(new Repositories(store.engine));
    store.close();
    expect(doc.formatVersion).toBe(INTERCHANGE_VERSION);
    expect([doc.workshops, doc.workshopNotes, doc.workshopVotes]).toEqual([[], [], []]);
    expect(doc.objectives).toHaveLength((JSON.parse(v3) as InterchangeDocument).objectives.length);
  });

  describe('refuses a file whose workshop rows do not hold together, naming the row, and writes nothing', () => {
    const { c, held, text } = withWorkshops();
    c.session.close();
    const base = JSON.parse(text) as InterchangeDocument;
    const noteAt = (pred: (n: InterchangeDocument['workshopNotes'][number]) => boolean) =>
      base.workshopNotes.findIndex(pred);
    const loose = noteAt((n) => n.text === STRATEGY_DAY.customer);
    const member = noteAt((n) => n.groupId === held.group.id);
    const parked = noteAt((n) => n.perspectiveId === null);
    const cases: [string, (d: InterchangeDocument) => void, RegExp][] = [
      [
        'a note in a perspective that is not in the file',
        (d) => (d.workshopNotes[loose]!.perspectiveId = 999),
        new RegExp(`\\$\\.workshopNotes\\[${loose}\\]\\.perspectiveId: perspective 999 does not exist in this file`),
      ],
      [
        'a note in a group that is not in the file',
        (d) => (d.workshopNotes[member]!.groupId = 999),
        new RegExp(`\\$\\.workshopNotes\\[${member}\\]\\.groupId: note 999 does not exist in this file`),
      ],
      [
        'a note in a “group” that is a plain note',
        (d) => (d.workshopNotes[parked]!.groupId = d.workshopNotes[loose]!.id),
        /groupId: note \d+ is not a group of workshop/,
      ],
      [
        'a member in another column than its group',
        (d) => (d.workshopNotes[member]!.perspectiveId = 1),
        new RegExp(`\\$\\.workshopNotes\\[${member}\\]\\.perspectiveId: must be the column of its group`),
      ],
      [
        'a note of a workshop that is not in the file',
        (d) => (d.workshopNotes[loose]!.workshopId = 999),
        /workshopId: workshop 999 does not exist in this file/,
      ],
      [
        'a promotion to an objective that is not in the file',
        (d) => (d.workshopNotes[loose]!.promotedObjectiveId = 999),
        /promotedObjectiveId: objective 999 does not exist in this file/,
      ],
      [
        'a vote for a note that is not in the file',
        (d) => (d.workshopVotes[0]!.noteId = 999),
        /\$\.workshopVotes\[0\]\.noteId: note 999 does not exist in this file/,
      ],
      [
        'a vote by someone who was not there',
        (d) => (d.workshopVotes[d.workshopVotes.length - 1]!.participant = 'Zoe'),
        /participant: “Zoe” is not a participant of workshop/,
      ],
      [
        'more dots than a participant has',
        (d) => (d.workshopVotes[d.workshopVotes.length - 1]!.dots = 9),
        /dots: “\S+” places \d+ dots, more than the 3 of workshop/,
      ],
      [
        'a workshop of a scorecard that is not in the file',
        (d) => (d.workshops[0]!.scorecardId = 999),
        /\$\.workshops\[0\]\.scorecardId: scorecard 999 does not exist in this file/,
      ],
      ['a vote row that is not a vote', (d) => (d.workshopVotes[0]!.dots = 0), /\$\.workshopVotes\[0\]\.dots/],
    ];
    it.each(cases)('%s', (_name, spoil, message) => {
      const doc = structuredClone(base);
      spoil(doc);
      const dir = tempDir();
      expect(() => createDocumentFromJson(join(dir, 'bad.scorecard'), serializeInterchange(doc))).toThrow(message);
      expect(existsSync(join(dir, 'bad.scorecard'))).toBe(false);
      expect(fingerprint(dir)).toEqual({});
    });
  });
});

describe('workshops in the report’s data', () => {
  it('lists the workshops held by the end of the period, newest first, each board as the board shows it', () => {
    const { c, held } = withWorkshops();
    c.call('workshop.create', { scorecardId: 1, name: 'After the quarter', date: '2026-10-01' });
    const sc = c.call('report.data', { scorecardIds: [1], period: '2026-Q3' }).scorecards[0]!;
    expect(sc.workshops.map((w) => w.name)).toEqual([STRATEGY_DAY.name, KICK_OFF.name]);
    const [day, kickOff] = sc.workshops;
    expect(day!.columns.map((col) => col.title)).toEqual(['Financial', 'Customer', 'Parking lot']);
    // Revealed: Customer by votes, the group (5) before the quotes (2); each member keeps its own dots.
    expect(day!.columns[1]!.items).toEqual([
      {
        kind: 'group',
        text: STRATEGY_DAY.group,
        votes: 5,
        promotedTo: { kind: 'objective', name: STRATEGY_DAY.group },
        members: [
          { kind: 'note', text: STRATEGY_DAY.members[0], votes: 1, promotedTo: null, members: [] },
          { kind: 'note', text: STRATEGY_DAY.members[1], votes: 0, promotedTo: null, members: [] },
        ],
      },
      { kind: 'note', text: STRATEGY_DAY.customer, votes: 2, promotedTo: null, members: [] },
    ]);
    expect(day!.columns[0]!.items[0]).toMatchObject({
      text: STRATEGY_DAY.financial,
      votes: 1,
      promotedTo: { kind: 'kpi', name: STRATEGY_DAY.financial },
    });
    // Hidden votes are not in the data at all.
    expect(kickOff).toMatchObject({
      votesRevealed: false,
      columns: [{ title: 'Customer', items: [{ text: KICK_OFF.note, votes: null }] }],
    });

    // The promoted objective renamed: the report names it as it is now; deleted: the link is gone.
    c.call('objective.update', { id: held.objectiveId, title: 'Reward regular guests' });
    const renamed = c.call('report.data', { scorecardIds: [1], period: '2026-Q3' }).scorecards[0]!.workshops[0]!;
    expect(renamed.columns[1]!.items[0]!.promotedTo).toEqual({ kind: 'objective', name: 'Reward regular guests' });
    c.call('objective.delete', { id: held.objectiveId });
    const deleted = c.call('report.data', { scorecardIds: [1], period: '2026-Q3' }).scorecards[0]!.workshops[0]!;
    expect(deleted.columns[1]!.items[0]!.promotedTo).toBeNull();
    // Before the kick-off's quarter ended there was no workshop yet.
    expect(c.call('report.data', { scorecardIds: [1], period: '2025-Q4' }).scorecards[0]!.workshops).toEqual([]);
    c.session.close();
  });

  it('ticks Workshops in report choices saved before the section existed, and keeps a choice made since', () => {
    const { c } = withWorkshops();
    const before = SECTIONS_BEFORE.filter((s) => s !== 'notes');
    // As a report exported before workshops saved its choices: no Workshops, and no record of what was offered.
    c.session
      .require()
      .repos.settings.set(SETTINGS_KEY_REPORT, { ...DEFAULT_REPORT_SETTINGS, scorecardIds: [1], sections: before });
    // The reader had left out the notes; Workshops, never offered, comes ticked in its place after Initiatives.
    expect(c.call('report.settings.get', {}).sections).toEqual(REPORT_SECTIONS.filter((s) => s !== 'notes'));
    const chosen = { ...DEFAULT_REPORT_SETTINGS, scorecardIds: [1], sections: before };
    c.call('report.settings.set', chosen);
    expect(c.call('report.settings.get', {}).sections).toEqual(before);
    c.session.close();
  });
});
