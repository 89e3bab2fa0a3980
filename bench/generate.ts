/**
 * Synthetic scorecard documents of a given size, deterministic from a seed: the workloads of the benchmarks.
 * The document is built in memory as interchange data and written with the core's own importer, so a benchmark
 * opens exactly what a user's import would have produced.
 *
 * W1 = generateDocument(W1): 10 scorecards (a company and nine departments), 240 objectives, 720 monthly KPIs,
 * 120 months of history = 86,400 measurements, with themes, cause-and-effect links, initiatives and notes in the
 * proportions of the built-in sample. `scale` multiplies the KPIs per objective, and with them the measurements.
 */
import { BUILT_IN_TEMPLATES } from '../src/shared/review';
import type {
  Aggregation,
  CauseLink,
  Contribution,
  Initiative,
  InitiativeStatus,
  Kpi,
  Measurement,
  Note,
  NoteEntityType,
  Objective,
  Perspective,
  Polarity,
  Scorecard,
  Theme,
} from '../src/shared/domain';
import { STANDARD_PERSPECTIVES } from '../src/shared/defaults';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, type InterchangeDocument } from '../src/shared/interchange';
import { DocumentStore } from '../src/main/core/store';
import { Repositories } from '../src/main/core/repositories';
import { importInto } from '../src/main/core/interchange-io';
import { prng } from '../src/shared/prng';
export { prng };

export interface GenerateOptions {
  seed: number;
  scorecards: number;
  objectivesPerScorecard: number;
  kpisPerObjective: number;
  /** Months of history, ending with December of `lastYear`. */
  months: number;
  /** Multiplies the KPIs per objective (and so the measurements); 1 when left out. */
  scale?: number;
  lastYear?: number;
}

export const W1: GenerateOptions = {
  seed: 1,
  scorecards: 10,
  objectivesPerScorecard: 24,
  kpisPerObjective: 3,
  months: 120,
};

/** A quarter every scorecard of a generated document has data for, whatever its fiscal year start (1, 4 or 7). */
export const EVALUATED_QUARTER = (lastYear = 2025): string => `${lastYear}-Q2`;

// The sample has 5 initiatives, 16 links and 16 notes for 12 objectives.
const INITIATIVES_PER_OBJECTIVE = 5 / 12;
const LINKS_PER_OBJECTIVE = 16 / 12;
const NOTES_PER_OBJECTIVE = 16 / 12;


const WORDS = (
  'revenue margin customer retention churn delivery quality cycle time cost waste energy safety training skills ' +
  'engagement satisfaction referral pipeline conversion backlog uptime defects complaints returns inventory cash ' +
  'growth share loyalty onboarding capacity throughput yield audit compliance innovation partner supplier'
).split(' ');
const PEOPLE = [
  'Ana Silva',
  'Ben Okoro',
  'Chloé Martin',
  'Dev Patel',
  'Eva Novak',
  'Femi Adeyemi',
  'Greta Lind',
  'Hiro Tanaka',
];
const UNITS = ['€', '%', 'count', 'days', 'hours', 'score', 'kg', 'NPS'];
const COLOURS = ['#2563eb', '#d97706', '#059669', '#7c3aed', '#dc2626', '#0891b2'];
const POLARITIES: Polarity[] = ['increase', 'increase', 'decrease', 'range'];
const AGGREGATIONS: Aggregation[] = ['sum', 'average', 'last'];
const STATUSES: InitiativeStatus[] = ['planned', 'in_progress', 'in_progress', 'on_hold', 'done', 'cancelled'];

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function generateDocument(options: GenerateOptions): InterchangeDocument {
  const random = prng(options.seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;
  const phrase = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n: number): string => {
    const s = phrase(n);
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };

  const kpisPerObjective = options.kpisPerObjective * (options.scale ?? 1);
  const lastYear = options.lastYear ?? 2025;
  const months: string[] = [];
  for (let i = options.months - 1; i >= 0; i--) {
    const ordinal = lastYear * 12 + 11 - i;
    months.push(`${Math.floor(ordinal / 12)}-${pad2((ordinal % 12) + 1)}`);
  }
  const isoDate = (month: string, day: number): string => `${month}-${pad2(day)}`;

  const scorecards: Scorecard[] = [];
  const perspectives: Perspective[] = [];
  const themes: Theme[] = [];
  const objectives: Objective[] = [];
  const links: CauseLink[] = [];
  const contributions: Contribution[] = [];
  const kpis: Kpi[] = [];
  const measurements: Measurement[] = [];
  const initiatives: Initiative[] = [];
  const notes: Note[] = [];
  /** Objectives of each scorecard, by perspective position. */
  const tree: number[][][] = [];

  for (let s = 1; s <= options.scorecards; s++) {
    const company = s === 1;
    scorecards.push({
      id: s,
      name: company ? 'Company scorecard' : `Department ${s - 1} scorecard`,
      mission: sentence(25),
      vision: sentence(20),
      fiscalYearStartMonth: [1, 1, 4, 7][s % 4]!,
      granularity: s % 2 === 0 ? 'month' : 'quarter',
      rollupMethod: s % 3 === 0 ? 'worst_child' : 'weighted_mean',
      greenThreshold: s % 2 === 0 ? 95 : 100,
      amberThreshold: s % 2 === 0 ? 75 : 80,
      parentScorecardId: company ? null : 1,
      requireNoteOnRed: s % 2 === 1,
      dataDueDays: 10,
      cascadeScoring: 'own',
      checkMaxLag: null,
    });
    const themeIds: number[] = [];
    for (let t = 0; t < 3; t++) {
      const id = themes.length + 1;
      themes.push({
        id,
        scorecardId: s,
        name: `Theme ${t + 1}: ${phrase(2)}`,
        colour: COLOURS[(s + t) % COLOURS.length]!,
        description: sentence(18),
      });
      themeIds.push(id);
    }
    const byPerspective: number[][] = [];
    const perspectiveIds = STANDARD_PERSPECTIVES.map((p, position) => {
      const id = perspectives.length + 1;
      perspectives.push({ id, scorecardId: s, name: p.name, description: p.description, position, weight: 1 });
      byPerspective.push([]);
      return id;
    });
    for (let o = 0; o < options.objectivesPerScorecard; o++) {
      const position = o % perspectiveIds.length;
      const id = objectives.length + 1;
      const supported = company ? undefined : tree[0]![position]!;
      const start = pick(months);
      // Drawn here, before the objective, so the document stays as it was generated before contributions had a table.
      const supports = supported && supported.length && random() < 0.5 ? pick(supported) : null;
      objectives.push({
        id,
        perspectiveId: perspectiveIds[position]!,
        title: `Improve ${phrase(3)}`,
        description: sentence(30),
        owner: pick(PEOPLE),
        position: byPerspective[position]!.length,
        weight: random() < 0.25 ? 2 : 1,
        startDate: random() < 0.5 ? isoDate(start, 1) : null,
        dueDate: null,
        themeId: random() < 0.7 ? pick(themeIds) : null,
        okrKind: 'aspirational',
        mapX: null,
        mapY: null,
      });
      byPerspective[position]!.push(id);
      if (supports !== null) contributions.push({ id: contributions.length + 1, fromObjectiveId: id, toObjectiveId: supports, weight: 1 });
    }
    tree.push(byPerspective);

    // Cause and effect runs upward, from Learning & Growth towards Financial: each link joins two perspectives next to each other.
    const wanted = Math.round(options.objectivesPerScorecard * LINKS_PER_OBJECTIVE);
    const pairs = new Set<string>();
    for (let tries = 0; pairs.size < wanted && tries < wanted * 20; tries++) {
      const lower = int(1, byPerspective.length - 1);
      const from = byPerspective[lower]!;
      const to = byPerspective[lower - 1]!;
      if (!from.length || !to.length) continue;
      const pair = [pick(from), pick(to)] as const;
      const key = pair.join('>');
      if (pairs.has(key)) continue;
      pairs.add(key);
      links.push({
        id: links.length + 1,
        fromObjectiveId: pair[0],
        toObjectiveId: pair[1],
        note: random() < 0.3 ? sentence(12) : '',
        fromKpiId: null,
        toKpiId: null,
      });
    }

    const ownObjectives = byPerspective.flat();
    const initiativeCount = Math.round(options.objectivesPerScorecard * INITIATIVES_PER_OBJECTIVE);
    for (let i = 0; i < initiativeCount; i++) {
      const start = int(0, Math.max(0, months.length - 7));
      const budget = int(5, 200) * 1000;
      const served = new Set<number>();
      for (let n = int(1, 3); served.size < Math.min(n, ownObjectives.length);) served.add(pick(ownObjectives));
      initiatives.push({
        id: initiatives.length + 1,
        scorecardId: s,
        title: `Project ${phrase(2)}`,
        description: sentence(35),
        owner: pick(PEOPLE),
        budget,
        spent: round(budget * random() * 1.2, 0),
        startDate: isoDate(months[start]!, 1),
        endDate: isoDate(months[Math.min(months.length - 1, start + int(3, 6))]!, 28),
        status: pick(STATUSES),
        percentComplete: int(0, 100),
        objectiveIds: [...served].sort((a, b) => a - b),
      });
    }
  }

  for (const objective of objectives) {
    for (let position = 0; position < kpisPerObjective; position++) {
      const id = kpis.length + 1;
      const polarity = pick(POLARITIES);
      const magnitude = 10 ** int(1, 5);
      const baseline = round(magnitude * (0.5 + random()));
      const step = magnitude * (0.1 + random() * 0.4);
      const target = polarity === 'decrease' ? round(Math.max(0, baseline - step)) : round(baseline + step);
      const range = polarity === 'range';
      kpis.push({
        id,
        objectiveId: objective.id,
        name: `${pick(WORDS)} ${pick(WORDS)} ${id}`,
        description: sentence(20),
        unit: pick(UNITS),
        polarity,
        baseline: range ? null : baseline,
        target: range ? null : target,
        rangeLow: range ? round(baseline * 0.95) : null,
        rangeHigh: range ? round(baseline * 1.05) : null,
        tolerance: range ? round(baseline * 0.1) : null,
        greenThreshold: random() < 0.2 ? 90 : null,
        amberThreshold: random() < 0.2 ? 60 : null,
        frequency: 'month',
        aggregation: pick(AGGREGATIONS),
        weight: random() < 0.2 ? 2 : 1,
        owner: pick(PEOPLE),
        dataSource: pick(['ERP', 'CRM', 'Survey', 'Spreadsheet']),
        isKey: random() < 0.15,
        position,
        dataDueDays: null,
      });
      // A noisy walk from the baseline towards (and around) the target: statuses change from month to month.
      const drift = ((range ? 0 : target - baseline) / months.length) * (0.6 + random() * 0.8);
      let level = baseline;
      for (const period of months) {
        level += drift + (random() - 0.5) * step * 0.3;
        const missing = random() < 0.03;
        measurements.push({
          kpiId: id,
          period,
          actual: missing ? null : round(Math.max(0, level)),
          target: random() < 0.05 ? round(range ? baseline : target * (0.9 + random() * 0.2)) : null,
          note: random() < 0.05 ? sentence(10) : '',
        });
      }
    }
  }

  const noteCount = Math.round(objectives.length * NOTES_PER_OBJECTIVE);
  const entityCounts: Record<NoteEntityType, number> = {
    scorecard: scorecards.length,
    perspective: perspectives.length,
    objective: objectives.length,
    kpi: kpis.length,
    initiative: initiatives.length,
  };
  const noteTypes: NoteEntityType[] = [
    'kpi',
    'kpi',
    'kpi',
    'objective',
    'objective',
    'initiative',
    'scorecard',
    'perspective',
  ];
  for (let n = 0; n < noteCount; n++) {
    const entityType = pick(noteTypes);
    const month = pick(months);
    const stamp = `${isoDate(month, int(1, 28))}T${pad2(int(7, 18))}:${pad2(int(0, 59))}:00.000Z`;
    notes.push({
      id: n + 1,
      entityType,
      entityId: int(1, entityCounts[entityType]),
      period: random() < 0.7 ? month : null,
      author: pick(PEOPLE),
      body: sentence(int(10, 40)),
      createdAt: stamp,
      updatedAt: stamp,
    });
  }

  return {
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    scorecards,
    perspectives,
    themes,
    objectives,
    links,
    kpis,
    measurements,
    initiatives,
    notes,
    reviewTemplates: BUILT_IN_TEMPLATES.map((t, i) => ({ id: i + 1, ...t })),
    reviews: [],
    reviewItems: [],
    actions: [],
    closedPeriods: [],
    periodEvents: [],
    contributions,
    keyResults: [],
    checkIns: [],
    incentivePlans: [],
    incentiveItems: [],
    workshops: [],
    workshopNotes: [],
    workshopVotes: [],
  };
}

/** Writes a generated document to a new .scorecard file through the core's importer (one transaction). */
export function writeDocument(path: string, doc: InterchangeDocument): void {
  DocumentStore.create(path, (store) => importInto(new Repositories(store.engine), doc), true).close();
}
