/**
 * A small document with OKRs and a cascade, built through the API, for the report and `quadrant score` tests:
 * the company “Harbour” (counts its contributors) with “Grow revenue” and three key results of 2026-Q3, and the
 * department “Kitchen” below it whose “Sell more desserts” supports “Grow revenue” with weight 2.
 */
import { join } from 'node:path';
import { client, tempDir } from './helpers';

export interface OkrDocument {
  path: string;
  company: number;
  kitchen: number;
  growRevenue: number;
  desserts: number;
  keyResults: { signUps: number; menu: number; waste: number; card: number };
}

export function buildOkrDocument(api = client()): OkrDocument {
  const path = join(tempDir('quadrant-okr-report-'), 'Harbour.scorecard');
  const { call } = api;
  call('document.create', { path, name: 'Harbour' });
  call('scorecard.update', { id: 1, cascadeScoring: 'with_contributors' });
  const [financial] = call('perspective.list', { scorecardId: 1 });
  const growRevenue = call('objective.create', { perspectiveId: financial!.id, title: 'Grow revenue', owner: 'Mia' }).id;
  const revenue = call('kpi.create', { objectiveId: growRevenue, name: 'Revenue', target: 100 }).id;
  call('measurement.set', { kpiId: revenue, period: '2026-Q3', actual: 90 });

  const kr = (input: Parameters<typeof call<'okr.createKeyResult'>>[1]) => call('okr.createKeyResult', input).id;
  const signUps = kr({ objectiveId: growRevenue, title: 'Loyalty sign-ups', cycle: '2026-Q3', startValue: 100, target: 400, unit: 'people', owner: 'Ana' });
  const menu = kr({ objectiveId: growRevenue, title: 'New autumn menu live', cycle: '2026-Q3', kind: 'milestone' });
  const waste = kr({ objectiveId: growRevenue, title: 'Food waste share', cycle: '2026-Q3', direction: 'decrease', startValue: 20, target: 10, unit: '%', weight: 2 });
  const checkIn = (keyResultId: number, date: string, value: number | null, confidence: number | null, comment = '') =>
    call('okr.addCheckIn', { keyResultId, date, value, confidence, comment });
  checkIn(signUps, '2026-07-15', 160, 6);
  checkIn(signUps, '2026-08-20', 220, 7, 'The autumn flyer brought the regulars in.');
  // After the quarter's end: not part of Q3's score.
  checkIn(signUps, '2026-10-02', 390, 9);
  checkIn(menu, '2026-09-10', 1, 9, 'Menu printed and live.');
  checkIn(waste, '2026-09-01', 12, 5);

  const kitchen = call('scorecard.create', { name: 'Kitchen', parentScorecardId: 1 }).id;
  const [kitchenFinancial] = call('perspective.list', { scorecardId: kitchen });
  const desserts = call('objective.create', { perspectiveId: kitchenFinancial!.id, title: 'Sell more desserts', okrKind: 'committed' }).id;
  const dessertSales = call('kpi.create', { objectiveId: desserts, name: 'Dessert sales', target: 50 }).id;
  call('measurement.set', { kpiId: dessertSales, period: '2026-Q3', actual: 40 });
  const card = kr({ objectiveId: desserts, title: 'Dessert card on every table', cycle: '2026-Q3', kind: 'milestone' });
  call('cascade.set', { fromObjectiveId: desserts, toObjectiveId: growRevenue, weight: 2 });
  return { path, company: 1, kitchen, growRevenue, desserts, keyResults: { signUps, menu, waste, card } };
}
