/**
 * Builds the built-in sample document — "Harbour & Ember Coffee Roasters", a specialty coffee roaster with one
 * café and a wholesale/online business — and writes it to resources/sample.json in the interchange format.
 *
 *   npx tsx scripts/make-sample.ts
 *
 * Fully deterministic: every value is written out below (no clock, no randomness), so running it twice gives a
 * byte-identical file. The document is validated with InterchangeDocument before it is written.
 *
 * The story the numbers tell (quarters 2024-Q4 … 2026-Q3; 2026-Q4 is the current quarter and still empty):
 *  - 2024-Q4  strong holiday quarter (café gift trade, online gift boxes).
 *  - 2025-Q1  usual January–March lull.
 *  - 2025-Q2  the only roaster broke down for three weeks; roasting was outsourced, quality and deliveries suffered.
 *  - 2025-Q3  recovery; second roaster ordered.
 *  - 2025-Q4  holiday peak; second roaster (Loring S15) commissioned in December.
 *  - 2026-Q1  price increase from 1 February; volumes dip slightly, margin recovers.
 *  - 2026-Q2/Q3  steady growth; green-coffee prices stay high, CRM rollout lags, staff survey for Q3 postponed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Aggregation,
  CauseLink,
  Frequency,
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
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, InterchangeDocument } from '../src/shared/interchange';
import { BUILT_IN_TEMPLATES } from '../src/shared/review';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'sample.json');

// ---------------------------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------------------------

const MAEVE = 'Maeve Donnelly'; // founder & owner
const TOMAS = 'Tomás Reyes'; // head roaster
const PRIYA = 'Priya Nair'; // café manager
const JONAS = 'Jonas Albrecht'; // wholesale lead
const GRACE = 'Grace Okafor'; // operations & finance
const SAM = 'Sam Whitfield'; // people lead

// ---------------------------------------------------------------------------------------------------------------
// Scorecard, perspectives, themes
// ---------------------------------------------------------------------------------------------------------------

const SCORECARD_ID = 1;

const scorecards: Scorecard[] = [
  {
    id: SCORECARD_ID,
    name: 'Harbour & Ember — Company Scorecard',
    mission:
      'We roast exceptional, traceably sourced coffee in small batches and serve it with warmth — in our harbourside café, in the cafés and offices we supply, and in our customers’ kitchens.',
    vision:
      'By the end of 2026, to be the roaster the west coast’s best cafés choose first: growing profitably, paying growers and staff fairly, and never shipping coffee more than a week after roasting.',
    fiscalYearStartMonth: 1,
    granularity: 'quarter',
    rollupMethod: 'weighted_mean',
    greenThreshold: 100,
    amberThreshold: 80,
    parentScorecardId: null,
    requireNoteOnRed: true,
    dataDueDays: 10,
  },
];

const perspectives: Perspective[] = STANDARD_PERSPECTIVES.map((p, i) => ({
  id: i + 1,
  scorecardId: SCORECARD_ID,
  name: p.name,
  description: p.description,
  position: i,
  weight: 1,
}));
const [FIN, CUS, INT, LRN] = [1, 2, 3, 4];
if (perspectives.map((p) => p.name).join('|') !== 'Financial|Customer|Internal Process|Learning & Growth') {
  throw new Error('STANDARD_PERSPECTIVES changed; update the sample');
}

const themes: Theme[] = [
  {
    id: 1,
    scorecardId: SCORECARD_ID,
    name: 'Grow wholesale & online',
    colour: '#2563eb',
    description:
      'Grow beyond the café: win and keep wholesale accounts (cafés, restaurants, offices) and build a loyal base of online and subscription customers.',
  },
  {
    id: 2,
    scorecardId: SCORECARD_ID,
    name: 'Café experience',
    colour: '#d97706',
    description: 'Make the harbourside café the best cup in town, served by a skilled, happy team that stays with us.',
  },
  {
    id: 3,
    scorecardId: SCORECARD_ID,
    name: 'Operational excellence',
    colour: '#059669',
    description:
      'Roast consistently, waste less and ship fresh: a reliable roastery with enough capacity and the data to plan it.',
  },
];
const [GROW, CAFE, OPEX] = [1, 2, 3];

// ---------------------------------------------------------------------------------------------------------------
// Objectives
// ---------------------------------------------------------------------------------------------------------------

interface ObjectiveSpec {
  perspectiveId: number;
  title: string;
  description: string;
  owner: string;
  weight?: number;
  startDate: string;
  dueDate: string;
  themeId: number;
}

const objectiveSpecs: ObjectiveSpec[] = [
  // Financial
  {
    perspectiveId: FIN,
    title: 'Grow revenue profitably',
    description:
      'Grow total revenue to €780k a year by 2026 with wholesale and online growing faster than the café, without discounting our way there.',
    owner: MAEVE,
    weight: 2,
    startDate: '2025-01-01',
    dueDate: '2026-12-31',
    themeId: GROW,
  },
  {
    perspectiveId: FIN,
    title: 'Improve gross margin',
    description:
      'Lift gross margin back above 60 % despite record green-coffee prices, through pricing, forward contracts and a better product mix.',
    owner: GRACE,
    startDate: '2025-01-01',
    dueDate: '2026-12-31',
    themeId: OPEX,
  },
  {
    perspectiveId: FIN,
    title: 'Keep operating costs under control',
    description: 'Keep labour and waste growing slower than revenue so that growth turns into profit.',
    owner: GRACE,
    startDate: '2025-01-01',
    dueDate: '2026-12-31',
    themeId: OPEX,
  },
  // Customer
  {
    perspectiveId: CUS,
    title: 'Win and keep wholesale accounts',
    description:
      'Be the first-choice roaster for independent cafés, restaurants and offices in the region: grow the number of active accounts and keep nearly all of them.',
    owner: JONAS,
    startDate: '2025-01-01',
    dueDate: '2026-12-31',
    themeId: GROW,
  },
  {
    perspectiveId: CUS,
    title: 'Delight café guests',
    description:
      'Every guest gets a great cup, quickly and warmly — measured by public reviews and by how few complaints we receive.',
    owner: PRIYA,
    startDate: '2025-01-01',
    dueDate: '2026-12-31',
    themeId: CAFE,
  },
  {
    perspectiveId: CUS,
    title: 'Build a loyal online community',
    description:
      'Turn one-off web-shop buyers into subscribers and repeat customers who recommend us to their friends.',
    owner: MAEVE,
    startDate: '2025-01-01',
    dueDate: '2026-12-31',
    themeId: GROW,
  },
  // Internal Process
  {
    perspectiveId: INT,
    title: 'Roast consistently great coffee',
    description:
      'Every batch cupped and logged; roast profiles documented so that any roaster on the team hits the same result.',
    owner: TOMAS,
    startDate: '2025-01-01',
    dueDate: '2026-12-31',
    themeId: OPEX,
  },
  {
    perspectiveId: INT,
    title: 'Run an efficient, reliable roastery',
    description:
      'Enough capacity with headroom for peaks and breakdowns, planned production runs and preventive maintenance instead of firefighting.',
    owner: TOMAS,
    startDate: '2025-04-01',
    dueDate: '2026-12-31',
    themeId: OPEX,
  },
  {
    perspectiveId: INT,
    title: 'Deliver fresh and on time',
    description:
      'Ship every order within a week of roasting, deliver wholesale orders on the agreed day, and hold just enough green coffee.',
    owner: GRACE,
    startDate: '2025-01-01',
    dueDate: '2026-12-31',
    themeId: GROW,
  },
  // Learning & Growth
  {
    perspectiveId: LRN,
    title: 'Develop skilled baristas and roasters',
    description:
      'A structured training path for every role: in-house barista academy, SCA certification and cross-training between café and roastery.',
    owner: SAM,
    startDate: '2025-01-01',
    dueDate: '2026-12-31',
    themeId: CAFE,
  },
  {
    perspectiveId: LRN,
    title: 'Keep an engaged, stable team',
    description:
      'Fair pay, predictable rotas and a voice in how we work, so that good people stay longer than the hospitality average.',
    owner: SAM,
    startDate: '2025-01-01',
    dueDate: '2026-12-31',
    themeId: CAFE,
  },
  {
    perspectiveId: LRN,
    title: 'Use data and systems to work smarter',
    description:
      'Replace spreadsheets and phone orders with a CRM, a B2B order portal and a shared roast log, so that decisions are based on current numbers.',
    owner: GRACE,
    startDate: '2025-07-01',
    dueDate: '2026-12-31',
    themeId: OPEX,
  },
];

/** Position of the next child of a parent, counting from 0 per parent. */
function positionCounter(): (parentId: number) => number {
  const next = new Map<number, number>();
  return (parentId) => {
    const p = next.get(parentId) ?? 0;
    next.set(parentId, p + 1);
    return p;
  };
}
const objectivePosition = positionCounter();

const objectives: Objective[] = objectiveSpecs.map((o, i) => ({
  id: i + 1,
  perspectiveId: o.perspectiveId,
  title: o.title,
  description: o.description,
  owner: o.owner,
  position: objectivePosition(o.perspectiveId),
  weight: o.weight ?? 1,
  startDate: o.startDate,
  dueDate: o.dueDate,
  themeId: o.themeId,
  supportsObjectiveId: null,
  mapX: null,
  mapY: null,
}));
const objectiveId = (title: string): number => {
  const o = objectives.find((x) => x.title === title);
  if (!o) throw new Error(`no objective "${title}"`);
  return o.id;
};
const O = {
  revenue: objectiveId('Grow revenue profitably'),
  margin: objectiveId('Improve gross margin'),
  costs: objectiveId('Keep operating costs under control'),
  wholesale: objectiveId('Win and keep wholesale accounts'),
  cafe: objectiveId('Delight café guests'),
  online: objectiveId('Build a loyal online community'),
  quality: objectiveId('Roast consistently great coffee'),
  roastery: objectiveId('Run an efficient, reliable roastery'),
  delivery: objectiveId('Deliver fresh and on time'),
  skills: objectiveId('Develop skilled baristas and roasters'),
  team: objectiveId('Keep an engaged, stable team'),
  systems: objectiveId('Use data and systems to work smarter'),
};

// ---------------------------------------------------------------------------------------------------------------
// Cause-and-effect links (Learning & Growth → Internal Process → Customer → Financial)
// ---------------------------------------------------------------------------------------------------------------

const linkSpecs: [number, number, string][] = [
  [O.skills, O.quality, 'Trained roasters and QC cuppers → consistent quality'],
  [O.skills, O.cafe, 'Trained baristas → consistent drinks and quicker service'],
  [O.skills, O.roastery, 'Cross-trained roastery team → no stoppage when someone is off'],
  [O.team, O.roastery, ''],
  [O.team, O.delivery, 'Stable packing team → orders out on time'],
  [O.systems, O.delivery, 'Live order and stock data → fresh stock, on-time dispatch'],
  [O.systems, O.roastery, 'Shared roast log → better batch planning'],
  [O.quality, O.wholesale, 'Consistent cup quality keeps wholesale clients'],
  [O.quality, O.online, ''],
  [O.roastery, O.wholesale, 'Spare roasting capacity → can take on new accounts'],
  [O.delivery, O.wholesale, 'Fresh, on-time deliveries → account retention'],
  [O.delivery, O.online, 'Roast-to-ship under a week → repeat online orders'],
  [O.wholesale, O.revenue, ''],
  [O.cafe, O.revenue, ''],
  [O.online, O.revenue, 'Subscribers order every month'],
  [O.online, O.margin, 'Web-shop bags sell at full retail price'],
];
const links: CauseLink[] = linkSpecs.map(([fromObjectiveId, toObjectiveId, note], i) => ({
  id: i + 1,
  fromObjectiveId,
  toObjectiveId,
  note,
}));

// ---------------------------------------------------------------------------------------------------------------
// KPIs and their measurements
// ---------------------------------------------------------------------------------------------------------------

/** The eight reported quarters; 2026-Q4 (the current quarter) is left empty. */
const QUARTERS = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'] as const;
type Quarter = (typeof QUARTERS)[number];
const LATEST: Quarter = '2026-Q3';

/** The 24 months 2024-10 … 2026-09. */
const MONTHS: string[] = [];
for (let y = 2024, m = 10; MONTHS.length < 24; m === 12 ? ((m = 1), y++) : m++) {
  MONTHS.push(`${y}-${String(m).padStart(2, '0')}`);
}

interface KpiSpec {
  objectiveId: number;
  name: string;
  description: string;
  unit: string;
  polarity: Polarity;
  baseline: number | null;
  target: number | null;
  range?: { low: number; high: number; tolerance: number };
  thresholds?: { green: number; amber: number };
  frequency?: Frequency;
  aggregation: Aggregation;
  weight?: number;
  owner: string;
  dataSource: string;
  isKey?: boolean;
  /** One value per QUARTERS entry (or per MONTHS entry for monthly KPIs); null = no measurement row. */
  values: (number | null)[];
  /** Period target overrides. */
  targets?: Partial<Record<string, number>>;
  /** Notes on individual measurements. */
  notes?: Partial<Record<string, string>>;
}

const kpiSpecs: KpiSpec[] = [
  // --- Grow revenue profitably ---------------------------------------------------------------------------------
  {
    objectiveId: O.revenue,
    name: 'Total revenue',
    description:
      'Net revenue of all channels (café, wholesale, online), excluding VAT. 2026 plan €780k; Q4 and Q1 carry seasonal targets.',
    unit: '€',
    polarity: 'increase',
    baseline: 140000,
    target: 195000,
    aggregation: 'sum',
    weight: 2,
    owner: GRACE,
    dataSource: 'Xero',
    isKey: true,
    values: [188400, 151200, 139800, 174600, 211300, 183900, 197200, 206500],
    targets: { '2024-Q4': 200000, '2025-Q1': 170000, '2025-Q4': 225000, '2026-Q1': 180000 },
    notes: {
      '2024-Q4': 'Seasonal target: gift boxes and café holiday trade.',
      '2025-Q1': 'Quiet January–February in the café; two wholesale accounts paused over winter.',
      '2025-Q2': 'Roaster down for 3 weeks; outsourced roasting and could not fill all wholesale orders.',
      '2025-Q3': 'Recovering; wholesale back to full volume only from mid-August.',
      '2025-Q4': 'Seasonal target. Record December; the new roaster came online too late for early gift orders.',
      '2026-Q1': 'Seasonal target. Price increase from 1 February.',
    },
  },
  {
    objectiveId: O.revenue,
    name: 'Wholesale revenue',
    description: 'Revenue from wholesale accounts (cafés, restaurants, offices), excluding VAT.',
    unit: '€',
    polarity: 'increase',
    baseline: 55000,
    target: 92000,
    aggregation: 'sum',
    owner: JONAS,
    dataSource: 'Xero',
    isKey: true,
    values: [78500, 74200, 52100, 76900, 86800, 85200, 89300, 90500],
    notes: {
      '2024-Q4': 'Christmas blend sold out in the first week of December.',
      '2025-Q1': 'Two seasonal hotel accounts paused until April.',
      '2025-Q2': 'Short-shipped 9 accounts during the roaster breakdown.',
      '2025-Q3': 'Volumes back to normal from mid-August.',
      '2025-Q4': 'Second roaster only from December, so we held back on new accounts in October–November.',
    },
  },
  // --- Improve gross margin ------------------------------------------------------------------------------------
  {
    objectiveId: O.margin,
    name: 'Gross margin',
    description: 'Revenue minus cost of goods sold (green coffee, packaging, milk, food), as % of revenue.',
    unit: '%',
    polarity: 'increase',
    baseline: 57,
    target: 62,
    aggregation: 'average',
    owner: GRACE,
    dataSource: 'Xero',
    isKey: true,
    values: [59.1, 58.4, 53.2, 58, 60.2, 61.1, 61.9, 62.4],
    notes: {
      '2024-Q4': 'Strong retail mix helps, but green coffee costs are climbing.',
      '2025-Q1': 'Green coffee contracts renewed at higher prices.',
      '2025-Q2': 'Outsourced roasting at €3.10/kg toll fee for three weeks.',
      '2025-Q3': 'Still carrying the expensive spot-bought lots from the breakdown.',
      '2025-Q4': 'Holiday gift boxes at full margin; price increase approved for February.',
    },
  },
  {
    objectiveId: O.margin,
    name: 'Green coffee cost per kg roasted',
    description:
      'Landed cost of green coffee divided by kg of roasted coffee produced (includes roast loss). Driven by the C-market and our contracts.',
    unit: '€/kg',
    polarity: 'decrease',
    baseline: 8.9,
    target: 8.6,
    aggregation: 'average',
    owner: GRACE,
    dataSource: 'Xero & roast log',
    values: [8.84, 9.12, 9.68, 9.25, 8.81, 8.63, 8.57, 8.97],
    notes: {
      '2024-Q4': 'Arabica futures at a 13-year high.',
      '2025-Q1': 'C-market still climbing; Brazil crop forecast cut.',
      '2025-Q2': 'Spot-bought lots at a premium to cover the breakdown.',
      '2025-Q3': 'Spot lots still in stock.',
      '2025-Q4': 'First fixed-price contracts (Colombia, Honduras) landing.',
      '2026-Q3': 'New-crop Brazil bought at record prices; 60 % of next year now fixed-price.',
    },
  },
  // --- Keep operating costs under control ----------------------------------------------------------------------
  {
    objectiveId: O.costs,
    name: 'Labour cost as % of revenue',
    description: 'Gross wages, employer PRSI and pension for all staff, as % of revenue.',
    unit: '%',
    polarity: 'decrease',
    baseline: 35,
    target: 31,
    aggregation: 'average',
    owner: GRACE,
    dataSource: 'Payroll (BrightPay) & Xero',
    values: [31.7, 36.1, 38.9, 34.2, 31.6, 33.4, 31.7, 31.5],
    notes: {
      '2025-Q1': 'Winter: same rota, lower revenue.',
      '2025-Q2': 'Paid roastery staff during the breakdown; extra overtime to catch up.',
      '2025-Q3': 'Overtime to rebuild stock after the breakdown.',
      '2026-Q1': 'Minimum wage increase in January; price increase only from February.',
    },
  },
  {
    objectiveId: O.costs,
    name: 'Waste',
    description:
      'Coffee and food thrown away: failed batches, stale retail stock, café food waste and milk. Weighed weekly.',
    unit: 'kg',
    polarity: 'decrease',
    baseline: 180,
    target: 120,
    aggregation: 'sum',
    owner: TOMAS,
    dataSource: 'Roast log & café waste sheet',
    values: [164, 152, 236, 171, 158, 131, 124, 118],
    notes: {
      '2024-Q4': 'Overproduced Christmas blend.',
      '2025-Q1': 'Café pastry order still sized for December.',
      '2025-Q2': 'Two outsourced batches rejected at cupping (62 kg).',
      '2025-Q3': 'Stale retail bags written off after the restock.',
      '2025-Q4': 'Commissioning batches on the new roaster (21 kg) counted as waste.',
    },
  },
  // --- Win and keep wholesale accounts -------------------------------------------------------------------------
  {
    objectiveId: O.wholesale,
    name: 'Active wholesale accounts',
    description: 'Accounts that ordered at least once in the last 8 weeks, at quarter end.',
    unit: 'accounts',
    polarity: 'increase',
    baseline: 29,
    target: 50,
    aggregation: 'last',
    owner: JONAS,
    dataSource: 'Xero customer list (CRM from 2026)',
    values: [41, 40, 37, 40, 43, 46, 47, 48],
    notes: {
      '2024-Q4': 'Five new cafés since summer.',
      '2025-Q1': 'One restaurant closed.',
      '2025-Q2': 'Lost 3 accounts after short deliveries during the breakdown.',
      '2025-Q3': 'Won back one of the three.',
      '2025-Q4': 'Held back on new accounts until the second roaster was running.',
    },
  },
  {
    objectiveId: O.wholesale,
    name: 'Wholesale account retention',
    description: 'Share of accounts active a year ago that are still active (rolling 12 months).',
    unit: '%',
    polarity: 'increase',
    baseline: 85,
    target: 95,
    aggregation: 'average',
    owner: JONAS,
    dataSource: 'Xero customer list (CRM from 2026)',
    isKey: true,
    values: [93.5, 93.2, 86.1, 87.4, 90.3, 93.6, 95.2, 96.1],
    notes: {
      '2025-Q2': 'Three accounts lost after the breakdown.',
      '2025-Q3': 'Rolling figure still includes the Q2 losses.',
      '2025-Q4': 'Rolling figure still includes the Q2 losses.',
    },
  },
  // --- Delight café guests -------------------------------------------------------------------------------------
  {
    objectiveId: O.cafe,
    name: 'Café review rating',
    description: 'Average star rating of new Google and TripAdvisor reviews in the quarter (out of 5).',
    unit: '★',
    polarity: 'increase',
    baseline: 4.4,
    target: 4.7,
    aggregation: 'average',
    owner: PRIYA,
    dataSource: 'Google Business Profile & TripAdvisor',
    values: [4.65, 4.65, 4.38, 4.55, 4.68, 4.65, 4.71, 4.72],
    notes: {
      '2025-Q2': 'Several reviews mention the coffee tasting different (outsourced roast).',
      '2025-Q3': 'Summer queues; two new baristas still learning.',
    },
  },
  {
    objectiveId: O.cafe,
    name: 'Customer complaints',
    description: 'Complaints logged in the café, by email or on the web shop, all channels.',
    unit: 'complaints',
    polarity: 'decrease',
    baseline: null,
    target: 6,
    aggregation: 'sum',
    owner: PRIYA,
    dataSource: 'Complaints log',
    values: [7, 5, 14, 9, 8, 5, 5, 7],
    notes: {
      '2025-Q2': 'Late deliveries and taste complaints during the breakdown.',
      '2025-Q3': 'Weekend queue times; short-staffed in August.',
      '2025-Q4': 'Christmas courier delays on gift orders.',
      '2026-Q3': 'Mostly weekend queue times; second grinder on order.',
    },
  },
  // --- Build a loyal online community --------------------------------------------------------------------------
  {
    objectiveId: O.online,
    name: 'Net Promoter Score',
    description: 'NPS from the quarterly survey of café loyalty-card and web-shop customers (−100 to +100).',
    unit: 'pts',
    polarity: 'increase',
    baseline: 38,
    target: 50,
    aggregation: 'average',
    owner: MAEVE,
    dataSource: 'Quarterly customer survey (Typeform)',
    isKey: true,
    values: [44, 42, 33, 39, 45, 41, 48, 47],
    notes: {
      '2024-Q4': 'Survey response rate 18 %.',
      '2025-Q1': 'Web-shop delivery times criticised.',
      '2025-Q2': 'Breakdown: out-of-stock coffees and late orders.',
      '2025-Q3': 'Recovering; subscription customers still unhappy about Q2 delays.',
      '2025-Q4': 'Christmas courier delays.',
      '2026-Q1': 'Detractors cite the price increase.',
      '2026-Q3': 'Courier change in July caused late deliveries in the first three weeks.',
    },
  },
  {
    objectiveId: O.online,
    name: 'Repeat online customers',
    description: 'Share of web-shop orders in the quarter placed by customers who had ordered before.',
    unit: '%',
    polarity: 'increase',
    baseline: 28,
    target: 40,
    aggregation: 'average',
    owner: MAEVE,
    dataSource: 'Shopify',
    values: [31.5, 34.2, 30.8, 33.6, 32.9, 36.8, 38.1, 38.5],
    notes: {
      '2024-Q4': 'Gift season brings many first-time buyers.',
      '2025-Q1': 'Subscriptions dated and hard to manage; relaunch planned.',
      '2025-Q2': 'Out-of-stocks during the breakdown.',
      '2025-Q3': 'Subscription relaunch approved.',
      '2025-Q4': 'Gift season brings many first-time buyers.',
      '2026-Q1': 'Subscription relaunch only from 9 February; effect shows from March.',
    },
  },
  {
    objectiveId: O.online,
    name: 'Online shop revenue',
    description:
      'Web-shop and subscription revenue excluding VAT, entered monthly; quarters and years add up the months (and their targets). November and December carry seasonal targets.',
    unit: '€',
    polarity: 'increase',
    baseline: null,
    target: 12000,
    frequency: 'month',
    aggregation: 'sum',
    owner: MAEVE,
    dataSource: 'Shopify',
    // 2024-10 … 2026-09: Black Friday / Christmas peaks, the breakdown in May 2025, subscription relaunch Feb 2026.
    values: [
      8400, 11900, 14600, 7900, 7600, 8300, 8100, 7400, 7900, 8800, 8500, 9400, 9900, 13800, 16900, 9800, 10400, 11200,
      11600, 11900, 12300, 12200, 11800, 13100,
    ],
    notes: {
      '2025-01': 'Usual January lull after the gift season.',
      '2025-05': 'Six coffees out of stock for two weeks.',
      '2025-08': 'Subscribers pausing over the holidays; relaunch being planned.',
      '2025-11': 'Seasonal target: Black Friday weekend and gift boxes.',
      '2025-12': 'Seasonal target: Christmas gift boxes. Last posting day 19 December.',
      '2026-02': 'Subscription relaunch on 9 February.',
    },
    targets: { '2025-11': 15000, '2025-12': 17000 },
  },
  // --- Roast consistently great coffee -------------------------------------------------------------------------
  {
    objectiveId: O.quality,
    name: 'Average cupping score',
    description:
      'Mean SCA cupping score of production batches cupped by the QC panel (every batch of single origins, every third batch of blends).',
    unit: 'pts',
    polarity: 'increase',
    baseline: 83,
    target: 86,
    thresholds: { green: 95, amber: 85 },
    aggregation: 'average',
    weight: 2,
    owner: TOMAS,
    dataSource: 'Roast log (QC cupping)',
    isKey: true,
    values: [84.9, 85.1, 83.6, 84.8, 85.4, 85.6, 85.9, 85.8],
    notes: {
      '2024-Q4': 'Holiday volume: less time for profile tweaking.',
      '2025-Q1': 'New Ethiopian lots still being profiled.',
      '2025-Q2': 'Outsourced batches scored 82–83.',
      '2025-Q3': 'Back on our own profiles from July.',
      '2025-Q4': 'Profiles being transferred to the new roaster.',
    },
  },
  {
    objectiveId: O.quality,
    name: 'Roast defect rate',
    description: 'Share of roasted kg rejected or downgraded at QC (underdeveloped, scorched, quakers).',
    unit: '%',
    polarity: 'decrease',
    baseline: 3,
    target: 1,
    aggregation: 'average',
    owner: TOMAS,
    dataSource: 'Roast log (QC cupping)',
    values: [1.9, 1.6, 3.8, 1.6, 1.35, 1.2, 0.95, 0.9],
    notes: {
      '2024-Q4': 'Rushed batches in December.',
      '2025-Q1': 'Burner igniting unevenly: the warning sign of the Q2 failure.',
      '2025-Q2': 'Outsourced batches: scorched beans and quakers; two pallets hand-sorted.',
      '2025-Q3': 'Old roaster after repair needed re-profiling.',
    },
  },
  // --- Run an efficient, reliable roastery ---------------------------------------------------------------------
  {
    objectiveId: O.roastery,
    name: 'Roast batches per hour',
    description: 'Production batches per roaster-hour, averaged over roasting days (warm-up excluded).',
    unit: 'batches/h',
    polarity: 'increase',
    baseline: 2.6,
    target: 3.2,
    aggregation: 'average',
    owner: TOMAS,
    dataSource: 'Roast log',
    values: [2.8, 2.9, 2.4, 2.8, 2.9, 3.1, 3.1, 3.25],
    notes: {
      '2024-Q4': 'Frequent blend changeovers for gift packs.',
      '2025-Q1': 'Batch scheduling by origin introduced.',
      '2025-Q2': 'Breakdown; old roaster ran at reduced charge after repair.',
      '2025-Q3': 'Old roaster still at reduced charge until the burner part arrived.',
      '2025-Q4': 'Crew learning the Loring.',
    },
  },
  {
    objectiveId: O.roastery,
    name: 'Roaster capacity utilisation',
    description:
      'Roasting hours used as % of available roaster-hours. Above 85 % leaves no slack for peaks or breakdowns; below 65 % means idle capital.',
    unit: '%',
    polarity: 'range',
    baseline: 91,
    target: null,
    range: { low: 65, high: 85, tolerance: 15 },
    aggregation: 'average',
    owner: TOMAS,
    dataSource: 'Roast log',
    values: [96, 87.5, 79, 97, 74, 58, 64, 68],
    notes: {
      '2024-Q4': 'Running Saturdays to keep up with Christmas orders.',
      '2025-Q3': 'Catching up after the breakdown with double shifts.',
      '2026-Q1': 'Second roaster doubled capacity; utilisation low as expected while we grow into it.',
    },
  },
  {
    objectiveId: O.roastery,
    name: 'Unplanned roaster downtime',
    description: 'Hours of scheduled roasting lost to breakdowns (planned maintenance excluded).',
    unit: 'h',
    polarity: 'decrease',
    baseline: 12,
    target: 4,
    aggregation: 'sum',
    owner: TOMAS,
    dataSource: 'Maintenance log',
    values: [9, 14, 126, 11, 6, 3, 2.5, 3.5],
    notes: {
      '2024-Q4': 'Chaff collector cleaning overdue.',
      '2025-Q1': 'Burner ignition faults (warning signs of Q2).',
      '2025-Q2': 'Roaster down for 3 weeks: burner control board failed, part shipped from Germany.',
      '2025-Q3': 'Follow-up repairs; preventive maintenance plan started.',
      '2025-Q4': 'Two afternoons lost to Loring commissioning faults.',
    },
  },
  // --- Deliver fresh and on time -------------------------------------------------------------------------------
  {
    objectiveId: O.delivery,
    name: 'Roast-to-ship time',
    description: 'Average days between roasting and dispatch, all channels. 3–7 days is ideal (degassed but fresh).',
    unit: 'days',
    polarity: 'range',
    baseline: null,
    target: null,
    range: { low: 3, high: 7, tolerance: 3 },
    aggregation: 'average',
    owner: GRACE,
    dataSource: 'Shopify & roast log',
    values: [6.4, 8.1, 11.2, 7.5, 7.3, 6.1, 5.6, 6.2],
    notes: {
      '2025-Q1': 'Roasting larger batches less often to save gas.',
      '2025-Q2': 'Outsourced coffee arrived in bulk and sat in stock.',
    },
  },
  {
    objectiveId: O.delivery,
    name: 'On-time wholesale deliveries',
    description: 'Wholesale orders delivered on the agreed day, as % of all wholesale orders.',
    unit: '%',
    polarity: 'increase',
    baseline: 88,
    target: 98,
    aggregation: 'average',
    owner: GRACE,
    dataSource: 'Delivery log',
    values: [93.5, 95.1, 78.4, 92.2, 94.8, 96.9, 97.6, 97.2],
    notes: {
      '2024-Q4': 'Christmas courier backlog.',
      '2025-Q1': 'Storm closures in February.',
      '2025-Q2': 'Roaster breakdown: 41 late or partial deliveries.',
      '2025-Q3': 'Catch-up weeks in July.',
      '2025-Q4': 'December peak; courier backlog in the last week before Christmas.',
    },
  },
  {
    objectiveId: O.delivery,
    name: 'Green coffee days of cover',
    description:
      'Days of roasting the green coffee in the warehouse would last at current volumes, at quarter end. 20–35 days is the sweet spot.',
    unit: 'days',
    polarity: 'range',
    baseline: 28,
    target: null,
    range: { low: 20, high: 35, tolerance: 10 },
    aggregation: 'last',
    owner: GRACE,
    dataSource: 'Inventory spreadsheet',
    values: [24, 31, 14, 33, 27, 29, 34, 42],
    notes: {
      '2025-Q2': 'Spot-buying to bridge the breakdown; several origins ran out.',
      '2026-Q3': 'Forward-bought Brazil and Colombia ahead of expected price rises; back in range by November.',
    },
  },
  // --- Develop skilled baristas and roasters -------------------------------------------------------------------
  {
    objectiveId: O.skills,
    name: 'Training hours per employee',
    description:
      'Hours of structured training (academy sessions, SCA courses, cross-training) per head in the quarter.',
    unit: 'h',
    polarity: 'increase',
    baseline: 4,
    target: 8,
    aggregation: 'sum',
    owner: SAM,
    dataSource: 'Training log',
    values: [3.5, 5, 2, 4.5, 7.5, 8.5, 9, 8.5],
    notes: {
      '2024-Q4': 'No training over Christmas.',
      '2025-Q1': 'Waiting for the barista academy to start.',
      '2025-Q2': 'Training paused during the breakdown.',
      '2025-Q3': 'Summer rota; academy planning.',
    },
  },
  {
    objectiveId: O.skills,
    name: 'Baristas with SCA certification',
    description: 'Share of baristas holding at least the SCA Barista Skills Foundation certificate, at quarter end.',
    unit: '%',
    polarity: 'increase',
    baseline: 20,
    target: 60,
    aggregation: 'last',
    weight: 0.5,
    owner: SAM,
    dataSource: 'HR records',
    values: [20, 20, 22, 25, 33, 42, 53, 55],
    notes: {
      '2024-Q4': 'Academy not started yet.',
      '2025-Q1': 'Academy not started yet.',
      '2025-Q2': 'Academy not started yet.',
      '2025-Q3': 'Academy starts in October.',
      '2025-Q4': 'First academy cohort: 3 of 4 passed.',
      '2026-Q1': 'Two certified baristas left; cohort 2 booked for spring.',
    },
  },
  // --- Keep an engaged, stable team ----------------------------------------------------------------------------
  {
    objectiveId: O.team,
    name: 'Employee NPS (eNPS)',
    description:
      '“How likely are you to recommend Harbour & Ember as a place to work?” from the quarterly staff survey.',
    unit: 'pts',
    polarity: 'increase',
    baseline: 10,
    target: 30,
    aggregation: 'average',
    owner: SAM,
    dataSource: 'Quarterly staff survey',
    isKey: true,
    // 2026-Q3 missing: the survey was postponed to October.
    values: [14, 12, 2, 17, 27, 28, 31, null],
    notes: {
      '2024-Q4': 'Christmas pressure; rota complaints.',
      '2025-Q1': 'Pay review delayed.',
      '2025-Q2': 'Breakdown stress and overtime.',
      '2025-Q3': 'Fixed-hours contracts announced.',
    },
  },
  {
    objectiveId: O.team,
    name: 'Staff turnover',
    description: 'Leavers in the last 12 months as % of average headcount (rolling), at quarter end.',
    unit: '%',
    polarity: 'decrease',
    baseline: 45,
    target: 25,
    aggregation: 'last',
    owner: SAM,
    dataSource: 'HR records',
    isKey: true,
    values: [42, 40, 44, 37, 31, 28.5, 26, 24],
    notes: {
      '2024-Q4': 'Seasonal staff leaving after summer.',
      '2025-Q1': 'Two baristas left for a new chain café.',
      '2025-Q2': 'Assistant roaster left during the breakdown.',
      '2025-Q3': 'Fixed-hours contracts start in September.',
      '2025-Q4': 'Rolling 12 months still includes the spring leavers.',
    },
  },
  // --- Use data and systems to work smarter --------------------------------------------------------------------
  {
    objectiveId: O.systems,
    name: 'Wholesale orders placed online',
    description:
      'Share of wholesale orders placed online (old web order form, then the B2B portal from January 2026) instead of by phone, text or email.',
    unit: '%',
    polarity: 'increase',
    baseline: null,
    target: 80,
    aggregation: 'average',
    owner: JONAS,
    dataSource: 'CRM (HubSpot)',
    values: [12, 14, 9, 15, 16, 31, 44, 50],
    notes: {
      '2024-Q4': 'Only the old web order form; most accounts phone or text their orders.',
      '2025-Q1': 'Still the old web order form.',
      '2025-Q2': 'Breakdown: orders handled by phone to juggle stock.',
      '2025-Q3': 'CRM rollout approved.',
      '2025-Q4': 'CRM set-up and data migration under way.',
      '2026-Q1': 'B2B portal pilot with 8 accounts.',
      '2026-Q2': 'Rolled out to 22 accounts; data migration behind schedule.',
      '2026-Q3': 'Portal still missing standing orders, so larger accounts keep phoning in.',
    },
  },
];

const kpiPosition = positionCounter();
const kpis: Kpi[] = kpiSpecs.map((k, i) => ({
  id: i + 1,
  objectiveId: k.objectiveId,
  name: k.name,
  description: k.description,
  unit: k.unit,
  polarity: k.polarity,
  baseline: k.baseline,
  target: k.target,
  rangeLow: k.range?.low ?? null,
  rangeHigh: k.range?.high ?? null,
  tolerance: k.range?.tolerance ?? null,
  greenThreshold: k.thresholds?.green ?? null,
  amberThreshold: k.thresholds?.amber ?? null,
  frequency: k.frequency ?? 'quarter',
  aggregation: k.aggregation,
  weight: k.weight ?? 1,
  owner: k.owner,
  dataSource: k.dataSource,
  isKey: k.isKey ?? false,
  dataDueDays: null,
  position: kpiPosition(k.objectiveId),
}));
const kpiId = (name: string): number => {
  const k = kpis.find((x) => x.name === name);
  if (!k) throw new Error(`no KPI "${name}"`);
  return k.id;
};

const measurements: Measurement[] = [];
kpiSpecs.forEach((k, i) => {
  const periods: readonly string[] = (k.frequency ?? 'quarter') === 'month' ? MONTHS : QUARTERS;
  if (k.values.length !== periods.length)
    throw new Error(`${k.name}: ${k.values.length} values for ${periods.length} periods`);
  for (const key of [...Object.keys(k.targets ?? {}), ...Object.keys(k.notes ?? {})]) {
    if (!periods.includes(key) || k.values[periods.indexOf(key)] === null) {
      throw new Error(`${k.name}: target/note for ${key}, which has no measurement`);
    }
  }
  periods.forEach((period, j) => {
    const actual = k.values[j];
    if (actual === null) return;
    measurements.push({
      kpiId: i + 1,
      period,
      actual,
      target: k.targets?.[period] ?? null,
      note: k.notes?.[period] ?? '',
    });
  });
});
measurements.sort((a, b) => a.kpiId - b.kpiId || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));

// ---------------------------------------------------------------------------------------------------------------
// Initiatives
// ---------------------------------------------------------------------------------------------------------------

interface InitiativeSpec {
  title: string;
  description: string;
  owner: string;
  budget: number | null;
  spent: number | null;
  startDate: string;
  endDate: string;
  status: InitiativeStatus;
  percentComplete: number;
  objectiveIds: number[];
}

const initiativeSpecs: InitiativeSpec[] = [
  {
    title: 'Second roaster (Loring S15)',
    description:
      'Buy and install a 15 kg Loring S15 Falcon next to the existing roaster: doubles capacity, removes the single point of failure exposed in Q2 2025 and cuts gas use per kg.',
    owner: TOMAS,
    budget: 145000,
    spent: 151800,
    startDate: '2025-06-16',
    endDate: '2025-12-19',
    status: 'done',
    percentComplete: 100,
    objectiveIds: [O.roastery, O.quality, O.delivery],
  },
  {
    title: 'Wholesale CRM rollout',
    description:
      'HubSpot CRM for all wholesale accounts plus a B2B order portal with standing orders, replacing the order spreadsheet and phone orders.',
    owner: JONAS,
    budget: 18000,
    spent: 14200,
    startDate: '2025-09-01',
    endDate: '2026-11-30',
    status: 'in_progress',
    percentComplete: 45,
    objectiveIds: [O.wholesale, O.systems],
  },
  {
    title: 'Barista academy',
    description:
      'In-house training path for café staff: 6-week programme with the head roaster and café manager, ending with the SCA Barista Skills Foundation exam.',
    owner: SAM,
    budget: 12000,
    spent: 7400,
    startDate: '2025-10-06',
    endDate: '2026-12-18',
    status: 'in_progress',
    percentComplete: 70,
    objectiveIds: [O.skills, O.cafe, O.team],
  },
  {
    title: 'Café refit',
    description:
      'New counter layout with a second espresso station and grinder, more seating by the window and a retail wall. Café trades from a pop-up cart during the works.',
    owner: PRIYA,
    budget: 60000,
    spent: 0,
    startDate: '2027-01-11',
    endDate: '2027-02-19',
    status: 'planned',
    percentComplete: 0,
    objectiveIds: [O.cafe],
  },
  {
    title: 'Subscription relaunch',
    description:
      'New subscription model on Shopify: choose roast and frequency, pause or skip online, roaster’s-choice option. Relaunched with an email campaign to past customers.',
    owner: MAEVE,
    budget: 9500,
    spent: 9100,
    startDate: '2025-11-03',
    endDate: '2026-03-31',
    status: 'done',
    percentComplete: 100,
    objectiveIds: [O.online, O.revenue],
  },
];
const initiatives: Initiative[] = initiativeSpecs.map((s, i) => ({
  id: i + 1,
  scorecardId: SCORECARD_ID,
  title: s.title,
  description: s.description,
  owner: s.owner,
  budget: s.budget,
  spent: s.spent,
  startDate: s.startDate,
  endDate: s.endDate,
  status: s.status,
  percentComplete: s.percentComplete,
  // Ascending, as the document store lists them, so import → export is byte-identical.
  objectiveIds: [...s.objectiveIds].sort((a, b) => a - b),
}));
const initiativeId = (title: string): number => {
  const x = initiatives.find((it) => it.title === title);
  if (!x) throw new Error(`no initiative "${title}"`);
  return x.id;
};

// ---------------------------------------------------------------------------------------------------------------
// Notes
// ---------------------------------------------------------------------------------------------------------------

interface NoteSpec {
  entityType: NoteEntityType;
  entityId: number;
  period: string | null;
  author: string;
  body: string;
  createdAt: string;
  updatedAt?: string;
}

const noteSpecs: NoteSpec[] = [
  {
    entityType: 'scorecard',
    entityId: SCORECARD_ID,
    period: null,
    author: MAEVE,
    body: 'Quarterly review on the first Tuesday after quarter end. Owners update their KPIs and add a note on anything red by the Friday before.',
    createdAt: '2025-01-08T08:30:00.000Z',
  },
  {
    entityType: 'objective',
    entityId: O.revenue,
    period: null,
    author: MAEVE,
    body: '2026 plan: €780k revenue (wholesale €368k, café €268k, online €144k). Seasonal targets for Q4 and Q1 are entered on the Total revenue KPI.',
    createdAt: '2025-12-16T10:00:00.000Z',
    updatedAt: '2026-01-13T09:40:00.000Z',
  },
  {
    entityType: 'kpi',
    entityId: kpiId('Unplanned roaster downtime'),
    period: '2025-Q2',
    author: TOMAS,
    body: 'Roaster down for 3 weeks; outsourced roasting to Northside Roasting Co. Burner control board failed on 6 May, replacement part shipped from Germany, back in production 27 May.',
    createdAt: '2025-07-03T09:15:00.000Z',
  },
  {
    entityType: 'objective',
    entityId: O.roastery,
    period: '2025-Q2',
    author: MAEVE,
    body: 'The breakdown showed we have no redundancy. Board approved a second roaster; financing through the bank’s equipment loan.',
    createdAt: '2025-07-08T14:20:00.000Z',
  },
  {
    entityType: 'kpi',
    entityId: kpiId('Roast defect rate'),
    period: '2025-Q2',
    author: TOMAS,
    body: 'Outsourced batches came back with scorched beans and quakers; two pallets re-sorted by hand before packing.',
    createdAt: '2025-07-03T09:40:00.000Z',
  },
  {
    entityType: 'initiative',
    entityId: initiativeId('Second roaster (Loring S15)'),
    period: null,
    author: TOMAS,
    body: 'Commissioned on 8 December, first production roasts on 15 December. Gas line and extraction work came in €6.8k over the quote.',
    createdAt: '2025-12-22T16:05:00.000Z',
  },
  {
    entityType: 'objective',
    entityId: O.team,
    period: '2025-Q3',
    author: SAM,
    body: 'From September every café contract offers fixed weekly hours; rotas published four weeks ahead.',
    createdAt: '2025-10-02T11:00:00.000Z',
  },
  {
    entityType: 'kpi',
    entityId: kpiId('Total revenue'),
    period: '2026-Q1',
    author: GRACE,
    body: 'Price increase from 1 February: wholesale +8 %, retail bags +€1, café drinks +€0.20. Volumes dipped about 3 % in February and recovered in March.',
    createdAt: '2026-04-07T10:30:00.000Z',
  },
  {
    entityType: 'initiative',
    entityId: initiativeId('Subscription relaunch'),
    period: '2026-Q1',
    author: MAEVE,
    body: 'Relaunched on 9 February: 212 subscribers by end of March (was 96). Pause/skip is the most used feature.',
    createdAt: '2026-04-02T09:00:00.000Z',
  },
  {
    entityType: 'kpi',
    entityId: kpiId('Green coffee cost per kg roasted'),
    period: null,
    author: GRACE,
    body: 'Arabica prices are at record highs. We have moved 60 % of next year’s volume onto fixed-price contracts with our Colombian and Honduran importers; the rest stays on spot.',
    createdAt: '2026-07-09T13:10:00.000Z',
    updatedAt: '2026-10-06T08:50:00.000Z',
  },
  {
    entityType: 'initiative',
    entityId: initiativeId('Wholesale CRM rollout'),
    period: '2026-Q3',
    author: JONAS,
    body: 'Behind schedule: migrating account history from the order spreadsheet took twice as long as planned and standing orders are not built yet. Asking to move the end date to February.',
    createdAt: '2026-10-05T15:45:00.000Z',
  },
  {
    entityType: 'kpi',
    entityId: kpiId('Employee NPS (eNPS)'),
    period: '2026-Q3',
    author: SAM,
    body: 'Q3 staff survey postponed to mid-October (summer holidays and refit planning); results will be entered under Q3.',
    createdAt: '2026-09-24T12:00:00.000Z',
  },
  {
    entityType: 'kpi',
    entityId: kpiId('Green coffee days of cover'),
    period: '2026-Q3',
    author: GRACE,
    body: 'Deliberately above range: forward-bought Brazil and Colombia before the expected autumn price rise. Should be back to about 30 days by November.',
    createdAt: '2026-10-06T09:05:00.000Z',
  },
  {
    entityType: 'objective',
    entityId: O.cafe,
    period: null,
    author: PRIYA,
    body: 'Weekend queue times are the top complaint theme. A second grinder is on order; the refit adds a second espresso station.',
    createdAt: '2026-08-18T17:30:00.000Z',
  },
  {
    entityType: 'initiative',
    entityId: initiativeId('Barista academy'),
    period: '2026-Q3',
    author: SAM,
    body: 'Cohort 2 (5 baristas) started in September; exam day booked for 4 December.',
    createdAt: '2026-09-15T10:20:00.000Z',
  },
  {
    entityType: 'initiative',
    entityId: initiativeId('Café refit'),
    period: null,
    author: PRIYA,
    body: 'Planned for the quiet weeks after New Year. Contractor and coffee-cart permit confirmed; quotes for the counter still open.',
    createdAt: '2026-10-01T08:45:00.000Z',
  },
];
// Ids in the order the notes were written (the document store lists notes by createdAt, then id).
const notes: Note[] = [...noteSpecs]
  .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
  .map((n, i) => ({
    id: i + 1,
    entityType: n.entityType,
    entityId: n.entityId,
    period: n.period,
    author: n.author,
    body: n.body,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt ?? n.createdAt,
  }));

// ---------------------------------------------------------------------------------------------------------------
// Assemble, validate, check the story, write
// ---------------------------------------------------------------------------------------------------------------

const doc = {
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
};

const parsed = InterchangeDocument.safeParse(doc);
if (!parsed.success) {
  console.error('Sample document is invalid:');
  for (const issue of parsed.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
// Parsing must not have changed anything (no trimming, no defaults): compare canonically (sorted keys).
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
if (canonical(parsed.data) !== canonical(doc)) throw new Error('Parsing changed the document');

// Referential integrity (the schema checks shapes, not foreign keys).
const ids = (rows: { id: number }[]) => new Set(rows.map((r) => r.id));
const [objIds, kpiIds] = [ids(objectives), ids(kpis)];
const entityIds: Record<NoteEntityType, Set<number>> = {
  scorecard: ids(scorecards),
  perspective: ids(perspectives),
  objective: objIds,
  kpi: kpiIds,
  initiative: ids(initiatives),
};
const fail = (msg: string): never => {
  throw new Error(msg);
};
for (const o of objectives) {
  if (!ids(perspectives).has(o.perspectiveId) || (o.themeId !== null && !ids(themes).has(o.themeId)))
    fail(`objective ${o.id}`);
}
for (const l of links) {
  if (!objIds.has(l.fromObjectiveId) || !objIds.has(l.toObjectiveId)) fail(`link ${l.id}`);
  const layer = (id: number) => objectives.find((o) => o.id === id)!.perspectiveId;
  if (layer(l.fromObjectiveId) <= layer(l.toObjectiveId)) fail(`link ${l.id} does not point towards Financial`);
}
for (const k of kpis) if (!objIds.has(k.objectiveId)) fail(`kpi ${k.id}`);
for (const m of measurements) if (!kpiIds.has(m.kpiId)) fail(`measurement ${m.kpiId}/${m.period}`);
for (const it of initiatives) for (const o of it.objectiveIds) if (!objIds.has(o)) fail(`initiative ${it.id}`);
for (const n of notes) if (!entityIds[n.entityType].has(n.entityId)) fail(`note ${n.id}`);
for (const o of objectives)
  if (kpis.filter((k) => k.objectiveId === o.id).length === 0) fail(`objective ${o.id} has no KPI`);

/**
 * Hand-coded progress rule for the sanity check (the app's scoring engine is the authority):
 * increase with baseline (a−b)/(t−b), without a/t; decrease mirrored ((b−a)/(b−t), without 2 − a/t);
 * range: 100 % inside [low, high], falling linearly to 0 at `tolerance` outside.
 */
function progress(k: Kpi, actual: number, target: number | null): number | null {
  if (k.polarity === 'range') {
    const { rangeLow: lo, rangeHigh: hi, tolerance: tol } = k;
    if (lo === null || hi === null || tol === null) return null;
    const dist = actual < lo ? lo - actual : actual > hi ? actual - hi : 0;
    return 100 * Math.max(0, 1 - dist / tol);
  }
  if (target === null) return null;
  const b = k.baseline;
  if (k.polarity === 'increase') return 100 * (b === null ? actual / target : (actual - b) / (target - b));
  return 100 * (b === null ? 2 - actual / target : (b - actual) / (b - target));
}
function status(k: Kpi, p: number | null): 'green' | 'amber' | 'red' | 'none' {
  if (p === null) return 'none';
  const green = k.greenThreshold ?? scorecards[0].greenThreshold;
  const amber = k.amberThreshold ?? scorecards[0].amberThreshold;
  return p >= green ? 'green' : p >= amber ? 'amber' : 'red';
}
const QUARTER_MONTHS: Record<string, string[]> = {};
for (const q of QUARTERS) {
  const [y, n] = [q.slice(0, 4), Number(q.slice(6))];
  QUARTER_MONTHS[q] = [1, 2, 3].map((i) => `${y}-${String((n - 1) * 3 + i).padStart(2, '0')}`);
}
/**
 * Actual and target of a KPI for a quarter. Monthly KPIs: actuals aggregated by the KPI's aggregation, and so are
 * the months' targets (period override, else the KPI's target); `note` joins the months' notes.
 */
function quarterValue(k: Kpi, q: Quarter): { actual: number | null; target: number | null; note: string } {
  const rows = measurements.filter((m) => m.kpiId === k.id);
  if (k.frequency === 'quarter') {
    const m = rows.find((r) => r.period === q);
    return { actual: m?.actual ?? null, target: m?.target ?? k.target, note: m?.note ?? '' };
  }
  const months = rows.filter((r) => QUARTER_MONTHS[q].includes(r.period) && r.actual !== null);
  if (months.length === 0) return { actual: null, target: null, note: '' };
  const aggregate = (vals: number[]) =>
    k.aggregation === 'sum'
      ? vals.reduce((s, v) => s + v, 0)
      : k.aggregation === 'average'
        ? vals.reduce((s, v) => s + v, 0) / vals.length
        : vals[vals.length - 1];
  const targets = months.map((m) => m.target ?? k.target);
  return {
    actual: aggregate(months.map((m) => m.actual!)),
    target: targets.includes(null) ? null : aggregate(targets as number[]),
    note: months.map((m) => m.note).join(' '),
  };
}

const fmt = (p: number | null) => (p === null ? '   —' : `${Math.round(p)}`.padStart(4));
const letter = { green: 'G', amber: 'A', red: 'R', none: '·' } as const;
console.log(`KPI progress % and status by quarter (${QUARTERS[0]} … ${LATEST}):`);
const unexplainedReds: string[] = [];
const latest: Record<string, string[]> = { green: [], amber: [], red: [], none: [] };
for (const k of kpis) {
  const cells = QUARTERS.map((q) => {
    const v = quarterValue(k, q);
    const p = v.actual === null ? null : progress(k, v.actual, v.target);
    const s = status(k, p);
    const [green, amber] = [
      k.greenThreshold ?? scorecards[0].greenThreshold,
      k.amberThreshold ?? scorecards[0].amberThreshold,
    ];
    const inBand = k.polarity === 'range' && p === 100;
    if (p !== null && !inBand && (Math.abs(p - green) < 0.5 || Math.abs(p - amber) < 0.5)) {
      fail(`${k.name} ${q}: progress ${p} is too close to a threshold (rounding could flip the status)`);
    }
    if (s === 'red' && !v.note.trim()) unexplainedReds.push(`${k.name} ${q}`);
    if (q === LATEST) latest[s].push(k.name);
    return `${fmt(p)} ${letter[s]}`;
  });
  console.log(`${String(k.id).padStart(3)} ${k.name.padEnd(34)} ${cells.join(' ')}`);
}
if (unexplainedReds.length > 0)
  fail(`red measurements without a note (requireNoteOnRed): ${unexplainedReds.join(', ')}`);

console.log(`\nStatus distribution for ${LATEST} (${kpis.length} KPIs):`);
for (const s of ['green', 'amber', 'red', 'none'] as const) {
  console.log(`  ${s.padEnd(5)} ${String(latest[s].length).padStart(2)}  ${latest[s].join(', ')}`);
}

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(doc, null, 2)}\n`);
console.log(
  `\nWrote ${OUT}: ${objectives.length} objectives, ${kpis.length} KPIs, ${measurements.length} measurements, ` +
    `${initiatives.length} initiatives, ${links.length} links, ${notes.length} notes.`,
);
