/**
 * The views of an open scorecard. Each view is one entry: later features add theirs here. Ids, names and tab order
 * come from src/shared/views.ts, which the Electron View menu reads too (Ctrl/Cmd+1…9 follow that order).
 */
import type { ReactElement } from 'react';
import { t } from '../../shared/i18n';
import { viewLabel, type ViewId } from '../../shared/views';
import { HistoryChart } from '../components/KpiDetailDialog';
import { Overview } from '../components/Overview';
import { GridView } from '../components/grid/GridView';
import { lazyPart, PartLoading, warmWhenIdle } from '../lazy-part';
import { EditDialog } from '../components/DialogHost';
import { InitiativesView } from './InitiativesView';
import { OwnersView } from './OwnersView';
import { ReviewsPage, ReviewsView } from './ReviewsView';

/*
 * The dashboard (ECharts), the strategy map editor and the report view are loaded when first shown: the overview,
 * the first screen, must not wait for their code. `warmViews` fetches them while the window is idle after that.
 */
const Dashboard = lazyPart(
  () => import('../components/dashboard/Dashboard').then((m) => m.Dashboard),
  () => <PartLoading label={t('panels:loading.dashboard')} />,
);
const MapView = lazyPart(
  () => import('../components/map/MapView').then((m) => m.MapView),
  () => <PartLoading label={t('panels:loading.map')} />,
);
const ReportView = lazyPart(
  () => import('../components/report/ReportView').then((m) => m.ReportView),
  () => <PartLoading label={t('panels:loading.report')} />,
);

const ActionsView = lazyPart(
  () => import('./ActionsView').then((m) => m.ActionsView),
  () => <PartLoading label={t('panels:loading.actions')} />,
);
const AlignmentView = lazyPart(
  () => import('../components/cascade/AlignmentView').then((m) => m.AlignmentView),
  () => <PartLoading label={t('panels:loading.alignment')} />,
);
const OkrView = lazyPart(
  () => import('../components/okr/OkrView').then((m) => m.OkrView),
  () => <PartLoading label={t('panels:loading.okrs')} />,
);
const IncentivesView = lazyPart(
  () => import('../components/incentives/IncentivesView').then((m) => m.IncentivesView),
  () => <PartLoading label={t('panels:loading.incentives')} />,
);
const WorkshopView = lazyPart(
  () => import('../components/workshop/WorkshopView').then((m) => m.WorkshopView),
  () => <PartLoading label={t('panels:loading.workshops')} />,
);
const StrategyCheckView = lazyPart(
  () => import('../components/strategy-check/StrategyCheckView').then((m) => m.StrategyCheckView),
  () => <PartLoading label={t('panels:loading.strategy')} />,
);
const CompareView = lazyPart(
  () => import('./CompareView').then((m) => m.CompareView),
  () => <PartLoading label={t('panels:loading.compare')} />,
);

/** Fetches the code of the lazily loaded views and charts, one per idle moment; returns a cancel function. */
export function warmViews(): () => void {
  return warmWhenIdle([EditDialog.preload, Dashboard.preload, HistoryChart.preload, MapView.preload, ReportView.preload, ReviewsPage.preload, ActionsView.preload, CompareView.preload]);
}

export type { ViewId };

export interface ViewDef {
  id: ViewId;
  label: string;
  render: () => ReactElement;
}

/** A view with its name read when shown, so the tabs follow a change of language. */
function view(id: ViewId, render: () => ReactElement): ViewDef {
  return {
    id,
    get label() {
      return viewLabel(id);
    },
    render,
  };
}

export const VIEWS: readonly ViewDef[] = [
  view('overview', () => <Overview />),
  view('grid', () => <GridView />),
  view('map', () => <MapView.Component />),
  view('dashboard', () => <Dashboard.Component />),
  view('initiatives', () => <InitiativesView />),
  view('owners', () => <OwnersView />),
  view('report', () => <ReportView.Component />),
  view('reviews', () => <ReviewsView />),
  view('actions', () => <ActionsView.Component />),
  view('compare', () => <CompareView.Component />),
  view('alignment', () => <AlignmentView.Component />),
  view('okrs', () => <OkrView.Component />),
  view('incentives', () => <IncentivesView.Component />),
  view('workshops', () => <WorkshopView.Component />),
  view('strategy', () => <StrategyCheckView.Component />),
];

export function findView(id: string | null): ViewDef {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
