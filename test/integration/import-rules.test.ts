/**
 * One set of rules for edits and imports: a JSON file that breaks a domain rule an edit would be refused for is
 * refused at import, naming the row, and no file changes. A document without a scorecard (made by an import
 * before that rule) is refused at open with a clear message, never a TypeError.
 */
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { importJsonFile } from '../../src/main/core/interchange-io';
import type { InterchangeDocument } from '../../src/shared/interchange';
import { AppError } from '../../src/shared/errors';
import type { CheckIn, KeyResult } from '../../src/shared/okr';
import { client, fingerprint, tempDir } from '../helpers';

const sampleText = readFileSync(join(__dirname, '../../resources/sample.json'), 'utf8');
const sample = () => JSON.parse(sampleText) as InterchangeDocument;

/** A second scorecard (a department) with one perspective and objective, to break cross-scorecard rules with. */
function withDepartment(): InterchangeDocument {
  const doc = sample();
  doc.scorecards.push({ ...doc.scorecards[0]!, id: 2, name: 'Roastery', parentScorecardId: 1 });
  doc.perspectives.push({ ...doc.perspectives[0]!, id: 90, scorecardId: 2, name: 'Roastery finance' });
  doc.objectives.push({ ...doc.objectives[0]!, id: 90, perspectiveId: 90, title: 'Roast more', themeId: null });
  return doc;
}

const keyResult = (over: Partial<KeyResult>): KeyResult => ({
  id: 1,
  objectiveId: 1,
  title: 'Roast 5 t',
  kind: 'metric',
  unit: 't',
  direction: 'increase',
  startValue: 0,
  target: 5,
  kpiId: null,
  cycle: '2026-Q3',
  weight: 1,
  owner: '',
  position: 0,
  ...over,
});
const checkIn = (over: Partial<CheckIn>): CheckIn => ({ id: 1, keyResultId: 1, date: '2026-08-03', value: 1, confidence: 5, comment: '', author: '', ...over });

const cases: [string, () => InterchangeDocument, RegExp][] = [
  [
    'a scorecard whose amber threshold is above its green one',
    () => ((d) => ((d.scorecards[0]!.amberThreshold = 110), d))(sample()),
    /\$\.scorecards\[0\]\.amberThreshold: must not be above the green threshold \(scorecard “Harbour & Ember — Company Scorecard”\)/,
  ],
  [
    'a KPI whose amber threshold is above its green one',
    () => ((d) => (Object.assign(d.kpis[3]!, { greenThreshold: 90, amberThreshold: 95 }), d))(sample()),
    /\$\.kpis\[3\]\.amberThreshold: must not be above the green threshold \(KPI “/,
  ],
  [
    'an objective due before it starts',
    () => ((d) => (Object.assign(d.objectives[1]!, { startDate: '2026-06-01', dueDate: '2026-01-31' }), d))(sample()),
    /\$\.objectives\[1\]\.dueDate: must not be before the start date \(objective “Improve gross margin”\)/,
  ],
  [
    'two scorecards each other’s parent',
    () => ((d) => ((d.scorecards[0]!.parentScorecardId = 2), d))(withDepartment()),
    /\$\.scorecards\[0\]\.parentScorecardId: would make a scorecard its own parent/,
  ],
  [
    'a link between objectives of two scorecards',
    () => ((d) => (d.links.push({ id: 99, fromObjectiveId: 90, toObjectiveId: 1, note: '', fromKpiId: null, toKpiId: null }), d))(withDepartment()),
    /\$\.links\[16\]\.toObjectiveId: must be an objective of the same scorecard/,
  ],
  [
    'a link reading a KPI of another objective at its cause',
    () => ((d) => ((d.links[2]!.fromKpiId = d.kpis.find((k) => k.objectiveId !== d.links[2]!.fromObjectiveId)!.id), d))(sample()),
    /\$\.links\[2\]\.fromKpiId: must be a KPI of the cause's objective \(link from objective \d+ to \d+\)/,
  ],
  [
    'a link reading a KPI of another scorecard at its effect',
    () => ((d) => ((d.links[0]!.toKpiId = 900), d.kpis.push({ ...d.kpis[0]!, id: 900, objectiveId: 90 }), d))(withDepartment()),
    /\$\.links\[0\]\.toKpiId: must be a KPI of the effect's objective/,
  ],
  [
    'an objective with a theme of another scorecard',
    () => ((d) => ((d.objectives[12]!.themeId = 1), d))(withDepartment()),
    /\$\.objectives\[12\]\.themeId: must be a theme of the same scorecard \(objective “Roast more”\)/,
  ],
  [
    'an initiative serving an objective of another scorecard',
    () => ((d) => (d.initiatives[0]!.objectiveIds.push(90), d))(withDepartment()),
    /\$\.initiatives\[0\]\.objectiveIds: objective 90 is not part of this scorecard \(initiative “Second roaster/,
  ],
  [
    'a contribution between two objectives of one scorecard',
    () => ((d) => (d.contributions.push({ id: 1, fromObjectiveId: 2, toObjectiveId: 1, weight: 1 }), d))(withDepartment()),
    /\$\.contributions\[0\]\.toObjectiveId: objectives 2 and 1 are in the same scorecard: a contribution joins two scorecards/,
  ],
  [
    'contributions that go round in a cycle',
    () =>
      ((d) => (d.contributions.push({ id: 1, fromObjectiveId: 90, toObjectiveId: 1, weight: 1 }, { id: 2, fromObjectiveId: 1, toObjectiveId: 90, weight: 2 }), d))(
        withDepartment(),
      ),
    /\$\.contributions\[1\]: the contributions make a cycle: “Roast more” → “Grow revenue profitably” → “Roast more”/,
  ],
  [
    'the same contribution twice',
    () =>
      ((d) => (d.contributions.push({ id: 1, fromObjectiveId: 90, toObjectiveId: 1, weight: 1 }, { id: 2, fromObjectiveId: 90, toObjectiveId: 1, weight: 2 }), d))(
        withDepartment(),
      ),
    /\$\.contributions\[1\]: the same contribution appears twice/,
  ],
  [
    'a key result taking its values from a KPI of another scorecard',
    () => ((d) => (d.keyResults.push(keyResult({ objectiveId: 90, kpiId: 1 })), d))(withDepartment()),
    /\$\.keyResults\[0\]\.kpiId: must be a KPI of the same scorecard \(key result “Roast 5 t”\)/,
  ],
  [
    'a milestone checked in half done',
    () => ((d) => (d.keyResults.push(keyResult({ kind: 'milestone' })), d.checkIns.push(checkIn({ value: 0.5 })), d))(sample()),
    /\$\.checkIns\[0\]\.value: must be 1 \(done\) or 0 \(not done\) for a milestone \(check-in of 2026-08-03\)/,
  ],
  [
    'a check-in of a key result that is not in the file',
    () => ((d) => (d.checkIns.push(checkIn({ keyResultId: 7 })), d))(sample()),
    /\$\.checkIns\[0\]\.keyResultId: key result 7 does not exist in this file/,
  ],
  [
    'a document with no scorecard',
    () => ({ ...sample(), scorecards: [], perspectives: [], themes: [], objectives: [], links: [], kpis: [], measurements: [], initiatives: [], notes: [] }),
    /\$\.scorecards: is empty: a document holds at least one scorecard/,
  ],
];

describe('imports obey the rules of edits', () => {
  it.each(cases)('refuses %s, naming the row, and changes no file', (_name, make, message) => {
    const dir = tempDir('quadrant-import-rules-');
    const existing = join(dir, 'existing.scorecard');
    writeSampleDocument(existing);
    const input = join(dir, 'in.json');
    writeFileSync(input, JSON.stringify(make()));
    const before = fingerprint(dir);
    for (const [target, overwrite] of [[join(dir, 'new.scorecard'), false], [existing, true]] as const) {
      let error: unknown;
      try {
        importJsonFile(input, target, overwrite).close();
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_IMPORT');
      expect((error as AppError).message).toMatch(/^Cannot import “in.json”: Not a valid Quadrant JSON file — /);
      expect((error as AppError).message).toMatch(message);
      expect(fingerprint(dir)).toEqual(before);
    }
  });

  it('still imports a department scorecard that follows every rule', () => {
    const dir = tempDir('quadrant-import-rules-');
    const input = join(dir, 'ok.json');
    const doc = withDepartment();
    writeFileSync(input, JSON.stringify(doc));
    importJsonFile(input, join(dir, 'ok.scorecard')).close();
  });
});

describe('a document without a scorecard', () => {
  function emptied(dir: string): string {
    const path = join(dir, 'empty.scorecard');
    writeSampleDocument(path);
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM scorecard').run();
    db.close();
    return path;
  }

  it('quadrant score and quadrant export say so, exit non-zero and print no stack', async () => {
    const dir = tempDir('quadrant-no-scorecard-');
    const path = emptied(dir);
    const before = fingerprint(dir);
    for (const args of [['score', path], ['score', path, '--period', '2026-Q3'], ['export', path]]) {
      let err = '';
      let out = '';
      const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
      expect(code, args.join(' ')).toBe(1);
      expect(err).toBe(`quadrant ${args[0]}: “empty.scorecard” holds no scorecard, so there is nothing to open. Create a new document or import the scorecard again.\n`);
      expect(out).toBe('');
    }
    expect(fingerprint(dir)).toEqual(before);
  });

  it('is refused at open with a code and the file’s name, and the session keeps no document', () => {
    const dir = tempDir('quadrant-no-scorecard-');
    const path = emptied(dir);
    const { fail, call, session } = client();
    expect(fail('document.open', { path })).toMatchObject({ code: 'CORRUPT', message: expect.stringContaining('“empty.scorecard” holds no scorecard') });
    expect(call('document.info', {})).toBeNull();
    session.close();
  });
});
