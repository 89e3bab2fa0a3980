import { describe, expect, it } from 'vitest';
import { kpiDefaults, objectiveDefaults, perspectiveDefaults, scorecardDefaults } from './defaults';
import type { Note } from './domain';
import { buildNotesTimeline, filterTimeline, timelinePeriods } from './notes-timeline';

const tree = {
  scorecard: { ...scorecardDefaults, id: 1, name: 'Harbour & Ember' },
  perspectives: [{ ...perspectiveDefaults, id: 1, scorecardId: 1, name: 'Financial', position: 0 }],
  objectives: [{ ...objectiveDefaults, id: 1, perspectiveId: 1, title: 'Grow revenue', position: 0 }],
  kpis: [{ ...kpiDefaults, id: 7, objectiveId: 1, name: 'Total revenue', position: 0 }],
  initiatives: [],
};

const note = (id: number, fields: Partial<Note>): Note => ({
  id,
  entityType: 'kpi',
  entityId: 7,
  period: null,
  author: 'Grace',
  body: `Note ${id}`,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  ...fields,
});

const notes = [
  note(1, { entityType: 'scorecard', entityId: 1, createdAt: '2025-01-08T08:30:00.000Z' }),
  note(2, { period: '2026-Q1', createdAt: '2026-04-07T10:30:00.000Z' }),
  note(3, { entityType: 'objective', entityId: 1, period: '2026-05', createdAt: '2026-04-07T10:30:00.000Z' }),
  note(4, { entityType: 'initiative', entityId: 99, createdAt: '2026-05-01T10:30:00.000Z' }),
  // Written in the grid: a note on the KPI about its quarter, with no author.
  note(5, { period: '2026-Q2', author: '', body: 'Price rise in May', createdAt: '2026-07-02T08:00:00.000Z' }),
  note(6, { period: '2025-Q4', author: '', body: 'Gift boxes', createdAt: '2025-12-31T00:00:00.000Z' }),
  // About no period: belongs to the period it was written in.
  note(7, { body: 'Undated', createdAt: '2026-05-20T12:00:00.000Z' }),
];

describe('notes timeline', () => {
  const entries = buildNotesTimeline(notes, tree);

  it('lists every note, wherever it was written, newest first, leaving out notes on deleted things', () => {
    expect(entries.map((e) => `${e.date} ${e.kind} ${e.entityName}: ${e.body}`)).toEqual([
      '2026-07-02 kpi Total revenue: Price rise in May',
      '2026-05-20 kpi Total revenue: Undated',
      '2026-04-07 objective Grow revenue: Note 3',
      '2026-04-07 kpi Total revenue: Note 2',
      '2025-12-31 kpi Total revenue: Gift boxes',
      '2025-01-08 scorecard Harbour & Ember: Note 1',
    ]);
    expect(entries[0]).toMatchObject({ entityType: 'kpi', entityId: 7, noteId: 5, author: '' });
  });

  it('filters by kind and by period as the report does: a month inside its quarter, an undated note by when', () => {
    expect(filterTimeline(entries, { kind: 'objective', period: '' }, 1).map((e) => e.body)).toEqual(['Note 3']);
    expect(filterTimeline(entries, { kind: '', period: '2026-Q2' }, 1).map((e) => e.body)).toEqual([
      'Price rise in May',
      'Undated',
      'Note 3',
    ]);
    expect(filterTimeline(entries, { kind: 'kpi', period: '2025-Q4' }, 1).map((e) => e.body)).toEqual(['Gift boxes']);
    expect(filterTimeline(entries, { kind: '', period: '2026' }, 1)).toHaveLength(4);
  });

  it('offers the periods notes are about, latest first', () => {
    expect(timelinePeriods(entries, 1)).toEqual(['2026-Q2', '2026-05', '2026-Q1', '2025-Q4']);
  });
});
