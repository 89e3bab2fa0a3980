import { describe, expect, it } from 'vitest';
import { buildCascade, cascadeIssues, targetScorecards, type CascadeValues } from './cascade-form';
import { scorecardDefaults } from '../../../shared/defaults';

const values = (p: Partial<CascadeValues>): CascadeValues => ({
  target: 'new',
  scorecardId: '',
  newName: 'Sales team',
  rows: [{ key: 1, title: 'Win accounts', owner: ' Jonas ', weight: '2' }],
  links: new Map(),
  ...p,
});

describe('the Cascade dialog’s payload', () => {
  it('builds cascade.create from the rows typed, skipping empty rows and blank weights', () => {
    const v = values({
      rows: [
        ...values({}).rows,
        { key: 2, title: '', owner: '', weight: '' },
        { key: 3, title: 'Raise orders', owner: '', weight: '' },
      ],
    });
    expect(buildCascade(7, v).input).toEqual({
      objectiveId: 7,
      target: { newScorecard: { name: 'Sales team' } },
      create: [{ title: 'Win accounts', owner: 'Jonas', weight: 2 }, { title: 'Raise orders' }],
      link: [],
    });
  });

  it('says what is missing or wrong beside each field, and sends nothing', () => {
    const v = values({ newName: ' ', rows: [{ key: 1, title: '', owner: 'Jonas', weight: 'lots' }] });
    expect(buildCascade(7, v)).toEqual({
      errors: {
        'rows.0.title': 'Give the objective a title.',
        'rows.0.weight': 'Type a number, such as 1 or 0.5.',
        newName: 'Name the new scorecard.',
      },
    });
    expect(buildCascade(7, values({ rows: [] })).errors.form).toMatch(/Add a supporting objective/);
  });

  it('maps the core’s refusals back onto the rows and ticked objectives they are about', () => {
    const v = values({
      target: 'existing',
      scorecardId: '2',
      rows: [
        { key: 1, title: '', owner: '', weight: '' },
        { key: 2, title: 'X', owner: '', weight: '' },
      ],
      links: new Map([[12, '']]),
    });
    const sent = buildCascade(7, v).input!;
    expect(
      cascadeIssues(
        [
          { path: ['link', 0, 'objectiveId'], message: 'would make a cycle: “A” → “B” → “A”' },
          { path: ['create', 0, 'title'], message: 'too long' },
        ],
        v,
        sent,
      ),
    ).toEqual({
      'links.12': 'would make a cycle: “A” → “B” → “A”',
      // The first row sent is the second typed: the empty first row was skipped.
      'rows.1.title': 'too long',
    });
  });

  it('offers the scorecards below first', () => {
    const sc = (id: number, name: string, parentScorecardId: number | null) => ({
      ...scorecardDefaults,
      id,
      name,
      parentScorecardId,
    });
    expect(
      targetScorecards([sc(1, 'Company', null), sc(2, 'Other', null), sc(3, 'Sales', 1)], 1).map((s) => s.name),
    ).toEqual(['Sales', 'Other']);
  });
});
