import { describe, expect, it } from 'vitest';
import { generateAgenda, type AgendaDraftItem, type AgendaInput } from './agenda';
import { withLocale } from './i18n';
import { initiativeDefaults, kpiDefaults, objectiveDefaults, scorecardDefaults } from './defaults';
import type { Initiative, Kpi, Perspective, Scorecard, ScorecardTree } from './domain';
import {
  BUILT_IN_TEMPLATES,
  type ActionItem,
  type AgendaSource,
  type Review,
  type ReviewItem,
  type TemplateSection,
} from './review';
import { evaluateScorecard, indexMeasurements } from './scoring';

// A company scorecard reviewed for Q3 2026 on 22 October 2026. Every number below was worked out by hand.
const objective = (id: number, p: number, title: string) => ({
  ...objectiveDefaults,
  id,
  perspectiveId: p,
  title,
  position: id,
});
const kpi = (id: number, o: number, name: string, over: Partial<Kpi>) => ({
  ...kpiDefaults,
  id,
  objectiveId: o,
  name,
  position: id,
  ...over,
});
const value = (kpiId: number, period: string, actual: number) => ({ kpiId, period, actual, target: null, note: '' });
type Status = Initiative['status'];
const initiative = (
  id: number,
  title: string,
  dates: string,
  percentComplete: number,
  status: Status = 'in_progress',
) => {
  const [startDate, endDate] = dates.split(' to ');
  return { ...initiativeDefaults, id, scorecardId: 1, title, startDate, endDate, percentComplete, status };
};

const company: Scorecard = { ...scorecardDefaults, id: 1, name: 'Company', dataDueDays: 10 };
const perspectives: Perspective[] = [
  { id: 1, scorecardId: 1, name: 'Financial', description: '', position: 0, weight: 1 },
  { id: 2, scorecardId: 1, name: 'Customer', description: '', position: 1, weight: 1 },
];
const objectives = [
  objective(1, 1, 'Grow revenue'),
  objective(2, 2, 'Delight customers'),
  objective(3, 2, 'Skilled people'),
  objective(4, 1, 'Efficient processes'),
];
const kpis = [
  kpi(1, 1, 'Revenue', { baseline: 380, target: 450 }), // (412 − 380) / (450 − 380) = 46 %: red
  kpi(2, 1, 'Gross margin', { unit: '%', target: 40 }), // 35 / 40 = 87.5 %: amber
  kpi(3, 1, 'New contracts', { target: 10, dataDueDays: 5 }), // no value, due 5 October
  kpi(4, 2, 'NPS', { frequency: 'month', aggregation: 'average', target: 50 }), // (45 + 40) / 2 / 50 = 85 %, September missing
  kpi(5, 2, 'Complaints', { polarity: 'decrease', target: 20 }), // 2 − 31 / 20 = 45 %: red
  kpi(6, 3, 'Training hours', { target: 100 }), // 90 %: amber, alone in its objective
  kpi(7, 4, 'Cycle time', { polarity: 'decrease', target: 5 }), // 4 days: green
  kpi(8, 4, 'Staff turnover', { target: 3, dataDueDays: 30 }), // no value, due 30 October
  kpi(9, 4, 'Market share', { frequency: 'year', target: 12 }), // yearly: 2026 has not ended
];
const measurements = [
  value(1, '2026-Q3', 412),
  value(2, '2026-Q3', 35),
  value(4, '2026-07', 45),
  value(4, '2026-08', 40),
  value(5, '2026-Q3', 31),
  value(6, '2026-Q3', 90),
  value(7, '2026-Q3', 4),
];
const initiatives: Initiative[] = [
  initiative(1, 'CRM rollout', '2026-01-01 to 2026-12-31', 35),
  initiative(2, 'Warehouse move', '2026-03-01 to 2026-09-30', 80),
  initiative(3, 'Sales academy', '2026-06-01 to 2027-06-01', 20, 'on_hold'),
  initiative(4, 'New roaster', '2026-01-01 to 2026-06-30', 100, 'done'),
  initiative(5, 'Pop-up store', '2026-01-01 to 2026-03-31', 0, 'cancelled'),
  initiative(6, 'Loyalty card', '2026-09-01 to 2027-08-31', 10),
];
const tree: ScorecardTree = {
  scorecard: company,
  perspectives,
  objectives,
  kpis,
  themes: [],
  links: [],
  initiatives,
  keyResults: [],
  checkIns: [],
  contributions: [],
};

const action = (id: number, title: string, over: Partial<ActionItem>): ActionItem => ({
  id,
  scorecardId: 1,
  title,
  owner: '',
  dueDate: null,
  status: 'open',
  concernType: 'scorecard',
  concernId: null,
  reviewId: 1,
  reviewItemId: null,
  createdOn: '2026-07-20',
  closedOn: null,
  ...over,
});
const actions = [
  action(1, 'Call the three lost customers', { dueDate: '2026-09-12', owner: 'Dana' }),
  action(2, 'Send the price list', { dueDate: '2026-10-22' }),
  action(3, 'Fix the margin report', { dueDate: '2026-10-01', owner: 'Lee' }),
  action(4, 'Book the offsite', { dueDate: '2026-09-01', status: 'done', closedOn: '2026-08-30' }),
  action(5, 'Hire a buyer', { dueDate: '2026-11-01' }),
  action(6, 'Think about pricing', {}),
  action(7, 'Another scorecard’s task', { scorecardId: 2, dueDate: '2026-09-01' }),
];

const lastReview: Review = {
  id: 1,
  scorecardId: 1,
  period: '2026-Q2',
  title: 'Q2 review',
  heldOn: '2026-07-20',
  attendees: [],
  templateName: 'Quarterly balanced-scorecard review',
  rateMeeting: false,
  rating: null,
  status: 'concluded',
  summary: '',
};
const reviewItem = (id: number, title: string, decision: string, over: Partial<ReviewItem> = {}): ReviewItem => ({
  id,
  reviewId: 1,
  position: id,
  kind: 'kpi',
  entityId: null,
  title,
  reason: '',
  minutes: null,
  notes: '',
  decision,
  decided: decision !== '',
  ...over,
});
const lastItems = [
  reviewItem(1, 'Off-track objectives', '', { kind: 'section' }),
  reviewItem(3, 'Complaints', 'Publish a complaints hotline'),
  reviewItem(2, 'Revenue', 'Hire two\tsales reps\nBudget comes from the Q4 marketing plan'),
  reviewItem(4, 'NPS', '   '),
  reviewItem(5, 'Gross margin', `Renegotiate ${'supplier terms, '.repeat(20)}`),
];

function agendaFor(sources: AgendaSource[], over: Partial<AgendaInput> = {}): AgendaDraftItem[] {
  const period = over.evaluation?.period ?? '2026-Q3';
  const t = over.tree ?? tree;
  const values = indexMeasurements(measurements);
  const section: TemplateSection = { title: 'Section', minutes: 10, sources, description: 'What to look at' };
  return generateAgenda({
    sections: [section],
    tree: t,
    evaluation: evaluateScorecard({ ...t, measurements: values }, period),
    measurements: values,
    today: '2026-10-22',
    actions,
    previous: { review: lastReview, items: lastItems },
    ...over,
  }).slice(1);
}
const lines = (items: readonly AgendaDraftItem[]) => items.map((i) => `${i.title} | ${i.reason}`);
const refs = (items: readonly AgendaDraftItem[]) => items.map((i) => `${i.kind} ${i.entityId}`);
const TH = '(green ≥ 100 %, amber ≥ 80 %)';

describe('off-track and at-risk objectives and KPIs', () => {
  it('lists red then amber, worst first, objectives before KPIs on a tie, and says why with the numbers', () => {
    expect(lines(agendaFor(['offtrack']))).toEqual([
      `Complaints | Red: 45 % of target ${TH} · actual 31, target 20`,
      `Revenue | Red: 46 % of target ${TH} · actual 412, target 450`,
      'Delight customers | Red: score 65 of 100, 1 of 2 KPIs red, 1 amber',
      'Grow revenue | Red: score 67 of 100, 1 of 3 KPIs red, 1 amber, 1 without data',
      `NPS | Amber: 85 % of target ${TH} · actual 42.5, target 50`,
      `Gross margin | Amber: 88 % of target ${TH} · actual 35 %, target 40 %`,
      'Skilled people | Amber: score 90 of 100, 1 of 1 KPI amber',
      `Training hours | Amber: 90 % of target ${TH} · actual 90, target 100`,
    ]);
  });

  it('points each line at its objective or KPI', () => {
    const items = agendaFor(['offtrack']);
    expect(refs(items)).toEqual([
      'kpi 5',
      'kpi 1',
      'objective 2',
      'objective 1',
      'kpi 4',
      'kpi 2',
      'objective 3',
      'kpi 6',
    ]);
    expect(items.every((i) => i.minutes === null)).toBe(true);
  });

  it('cuts a name too long for an agenda line to 200 characters', () => {
    const long = { ...tree, kpis: tree.kpis.map((k) => (k.id === 5 ? { ...k, name: 'Complaints '.repeat(30) } : k)) };
    const [first] = agendaFor(['offtrack'], { tree: long });
    expect(first.title).toHaveLength(200);
    expect(first.title.endsWith('…')).toBe(true);
  });
});

describe('missing or late data', () => {
  it('lists what is missing for the period, late first, with due dates from the KPI or the scorecard', () => {
    const items = agendaFor(['missing_data']);
    expect(lines(items)).toEqual([
      'New contracts | No value for Q3 2026: due 5 Oct 2026, 17 days late',
      'NPS | 2 of 3 months reported, Sep 2026 missing: due 10 Oct 2026, 12 days late',
      'Staff turnover | No value for Q3 2026: not due until 30 Oct 2026',
    ]);
    expect(refs(items)).toEqual(['missing_data 3', 'missing_data 4', 'missing_data 8']);
  });

  it('says "due today" on the due day', () => {
    const items = agendaFor(['missing_data'], { today: '2026-10-10' });
    expect(lines(items)[1]).toBe('NPS | 2 of 3 months reported, Sep 2026 missing: due today');
  });

  it('lists nothing while the period is still running', () => {
    const values = indexMeasurements(measurements);
    const evaluation = evaluateScorecard({ ...tree, measurements: values }, '2026-Q4');
    expect(agendaFor(['missing_data'], { evaluation })).toEqual([]);
  });

  it('follows a fiscal year that starts in April', () => {
    const april = { ...tree, scorecard: { ...company, fiscalYearStartMonth: 4 } };
    // FY2026 Q3 is October to December 2026, so its values are due on 10 January 2027.
    const none = indexMeasurements([]);
    const evaluation = evaluateScorecard({ ...april, measurements: none }, '2026-Q3');
    const late = agendaFor(['missing_data'], { tree: april, evaluation, measurements: none, today: '2027-01-14' });
    expect(lines(late)).toContain('Revenue | No value for FY2026 Q3 (Oct–Dec 2026): due 10 Jan 2027, 4 days late');
    expect(agendaFor(['missing_data'], { tree: april, evaluation, measurements: none, today: '2026-12-31' })).toEqual(
      [],
    );
  });
});

describe('initiatives behind schedule', () => {
  it('lists those past their end, then behind their calendar, then on hold; never done or cancelled ones', () => {
    const items = agendaFor(['initiatives']);
    expect(lines(items)).toEqual([
      'Warehouse move | Ended 30 Sep 2026, 80 % complete',
      // 295 of 365 days used: 81 %.
      'CRM rollout | 35 % complete, 81 % of its time gone',
      'Sales academy | On hold, 20 % complete',
    ]);
    expect(refs(items)).toEqual(['initiative 2', 'initiative 1', 'initiative 3']);
  });
});

describe('actions from earlier reviews', () => {
  it('lists open actions due by the meeting day, the longest overdue first, with their owner', () => {
    const items = agendaFor(['actions']);
    expect(lines(items)).toEqual([
      'Call the three lost customers | Overdue since 12 Sep 2026 · Dana',
      'Fix the margin report | Overdue since 1 Oct 2026 · Lee',
      'Send the price list | Due today',
    ]);
    expect(refs(items)).toEqual(['action 1', 'action 3', 'action 2']);
  });
});

describe('the previous review’s decisions', () => {
  it('brings back each decision in the old agenda’s order, its first line only, as one line', () => {
    const items = agendaFor(['decisions']);
    expect(lines(items).slice(0, 2)).toEqual([
      'Revenue | Decided on 20 Jul 2026: Hire two sales reps',
      'Complaints | Decided on 20 Jul 2026: Publish a complaints hotline',
    ]);
    expect(items).toHaveLength(3);
    expect(items.every((i) => i.kind === 'decision' && i.entityId === null)).toBe(true);
    expect(items[2].reason).toHaveLength(200);
    expect(items[2].reason.endsWith('…')).toBe(true);
  });

  it('has none at the first review', () => {
    expect(agendaFor(['decisions'], { previous: null })).toEqual([]);
  });
});

describe('a whole agenda from a template', () => {
  it('puts each section’s heading before what its sources found, in the template’s order', () => {
    const eos = BUILT_IN_TEMPLATES[1].sections as TemplateSection[];
    const values = indexMeasurements(measurements);
    const agenda = generateAgenda({
      sections: eos,
      tree,
      evaluation: evaluateScorecard({ ...tree, measurements: values }, '2026-Q3'),
      measurements: values,
      today: '2026-10-22',
      actions,
      previous: { review: lastReview, items: lastItems },
    });
    const headings = agenda.filter((i) => i.kind === 'section');
    expect(headings.map((h) => [h.title, h.minutes])).toEqual(eos.map((s) => [s.title, s.minutes]));
    expect(headings[1].reason).toBe('On or off track; anything off track drops to the issues list.');
    const shape = agenda.map((i) => (i.kind === 'section' ? i.title : i.kind));
    expect(shape).toEqual([
      'Segue',
      'Scorecard',
      ...['kpi', 'kpi', 'objective', 'objective', 'kpi', 'kpi', 'objective', 'kpi'],
      ...['missing_data', 'missing_data', 'missing_data'],
      'Quarterly priorities',
      ...['initiative', 'initiative', 'initiative'],
      'Customer and employee headlines',
      'To-do list',
      ...['action', 'action', 'action'],
      ...['decision', 'decision', 'decision'],
      'Identify, discuss, solve',
      'Conclude',
    ]);
  });

  it('keeps the heading of a section whose sources find nothing', () => {
    const section: TemplateSection = { title: 'Actions due', minutes: null, sources: ['actions'], description: '' };
    const agenda = generateAgenda({
      sections: [section],
      tree,
      evaluation: evaluateScorecard({ ...tree, measurements }, '2026-Q3'),
      measurements: indexMeasurements(measurements),
      today: '2026-01-01',
      actions,
      previous: null,
    });
    expect(agenda).toEqual([{ kind: 'section', entityId: null, title: 'Actions due', reason: '', minutes: null }]);
  });
});

describe('in the language the review is started in', () => {
  it('writes the reasons in German and French, with the numbers in that locale', () => {
    const de = withLocale('de-DE', () => lines(agendaFor(['offtrack', 'missing_data'])));
    expect(de).toContain('Delight customers | Rot: Punktzahl 65 von 100, 1 von 2 KPIs rot, 1 gelb');
    expect(de.find((l) => l.startsWith('NPS | Gelb: 85 % des Zielwerts'))).toMatch(/· Istwert 42,5, Zielwert 50$/);
    expect(de.find((l) => l.startsWith('NPS | 2 von 3 Monaten gemeldet, '))).toMatch(
      /: fällig am .+, 12 Tage verspätet$/,
    );
    const fr = withLocale('fr-FR', () => lines(agendaFor(['offtrack'])));
    expect(fr).toContain('Skilled people | Orange : score 90 sur 100, 1 KPI sur 1 en orange');
    // Names are the document's: they stay as written.
    expect(fr.map((l) => l.split(' | ')[0])).toEqual(lines(agendaFor(['offtrack'])).map((l) => l.split(' | ')[0]));
  });
});
