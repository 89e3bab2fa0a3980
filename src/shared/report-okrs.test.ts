import { describe, expect, it } from 'vitest';
import { objectiveDefaults, scorecardDefaults } from './defaults';
import type { Evaluation, KeyResultScore } from './evaluation';
import { keyResultDefaults, type CheckIn, type KeyResult } from './okr';
import { REPORT_SECTIONS, type ReportScorecard } from './report';
import { currentToTarget, okrGroups, okrSectionContent } from './report-okrs';

const kr = (over: Partial<KeyResult>): KeyResult => ({
  ...keyResultDefaults,
  id: 1,
  objectiveId: 10,
  title: 'Sign-ups',
  cycle: '2026-Q3',
  position: 0,
  ...over,
});

const checkIn = (id: number, date: string): CheckIn => ({
  id,
  keyResultId: 1,
  date,
  value: 1,
  confidence: 5,
  comment: `#${id}`,
  author: '',
});

const score: KeyResultScore = {
  keyResultId: 1,
  objectiveId: 10,
  cycle: '2026-Q3',
  current: 220,
  asOf: '2026-08-20',
  score: 0.4,
  progress: 0.4,
  status: 'amber',
  confidence: 7,
  formula: { method: 'metric', text: '…' },
};

const tree = {
  perspectives: [{ id: 1, scorecardId: 1, name: 'Financial', description: '', weight: 1, position: 0, color: null }],
  objectives: [
    { ...objectiveDefaults, id: 11, perspectiveId: 1, title: 'First', position: 0 },
    { ...objectiveDefaults, id: 10, perspectiveId: 1, title: 'Second', position: 1 },
  ],
  keyResults: [kr({})],
  // Same day twice (the later entry wins), and one after the quarter's end.
  checkIns: [checkIn(3, '2026-09-02'), checkIn(2, '2026-09-02'), checkIn(4, '2026-10-01'), checkIn(1, '2026-07-01')],
};
const okr = { objectiveId: 10, kind: 'aspirational' as const, score: 0.4, status: 'amber' as const, reported: 1, total: 1, formula: { method: 'okr-mean', text: '…' } };

describe('okrGroups', () => {
  it('keeps objectives with key results in the scorecard order, with the last check-in up to the period’s end', () => {
    const groups = okrGroups(tree as never, { keyResults: [score], okrs: [okr] }, '2026-09-30');
    expect(groups.map((g) => g.objective.title)).toEqual(['Second']);
    expect(groups[0]!.keyResults[0]!.lastCheckIn?.comment).toBe('#3');
  });
});

describe('currentToTarget', () => {
  it('writes a word unit once after the target, a currency before each number, and a milestone in words', () => {
    expect(currentToTarget(kr({ unit: 'people', target: 400 }), 220)).toBe('220 → 400 people');
    expect(currentToTarget(kr({ unit: '$', target: 400 }), 220)).toBe('$220 → $400');
    expect(currentToTarget(kr({ target: 400 }), null)).toBe('— → 400');
    expect(currentToTarget(kr({ kind: 'milestone' }), 1)).toBe('Done');
    expect(currentToTarget(kr({ kind: 'milestone' }), 0)).toBe('Not done yet');
  });
});

describe('okrSectionContent', () => {
  const sc = (keyResults: KeyResultScore[], alignment: ReportScorecard['alignment'], anyKeyResults: boolean) =>
    ({
      tree: { scorecard: { ...scorecardDefaults, id: 1, name: 'S' }, keyResults: anyKeyResults ? [kr({})] : [] },
      evaluation: { keyResults } as unknown as Evaluation,
      alignment,
    }) as unknown as ReportScorecard;
  const all = [...REPORT_SECTIONS];
  const some = ['cover', 'okrs'] as const;

  it('prints with key results of the period or a link to another scorecard', () => {
    expect(okrSectionContent(sc([score], [], true), all)).toBe('okrs');
    expect(okrSectionContent(sc([], [{ objectiveId: 1, supports: [], supportedBy: [] }], false), all)).toBe('okrs');
    expect(okrSectionContent(sc([score], [], true), ['cover'])).toBe('none');
  });

  it('is left out of the default report when empty, and says so when chosen for a scorecard that has OKRs', () => {
    expect(okrSectionContent(sc([], [], true), all)).toBe('none');
    expect(okrSectionContent(sc([], [], true), [...some])).toBe('empty');
    // A document without any key result gets no empty OKR page, unless OKRs is all that was asked for.
    expect(okrSectionContent(sc([], [], false), [...some])).toBe('none');
    expect(okrSectionContent(sc([], [], false), ['okrs'])).toBe('empty');
  });
});
