/**
 * The views of an open scorecard. Each view is one entry: later features add theirs here. Ids, names and tab order
 * come from src/shared/views.ts, which the Electron View menu reads too (Ctrl/Cmd+1…9 follow that order).
 */
import type { ReactElement } from 'react';
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
  () => <PartLoading label="Loading the dashboard…" />,
);
const MapView = lazyPart(
  () => import('../components/map/MapView').then((m) => m.MapView),
  () => <PartLoading label="Loading the strategy map…" />,
);
const ReportView = lazyPart(
  () => import('../components/report/ReportView').then((m) => m.ReportView),
  () => <PartLoading label="Loading the report…" />,
);

const ActionsView = lazyPart(
  () => import('./ActionsView').then((m) => m.ActionsView),
  () => <PartLoading label="Loading the actions…" />,
);
const AlignmentView = lazyPart(
  () => import('../components/cascade/AlignmentView').then((m) => m.AlignmentView),
  () => <PartLoading label="Loading the alignment…" />,
);
const OkrView = lazyPart(
  () => import('../components/okr/OkrView').then((m) => m.OkrView),
  () => <PartLoading label="Loading the OKRs…" />,
);
const IncentivesView = lazyPart(
  () => import('../components/incentives/IncentivesView').then((m) => m.IncentivesView),
  () => <PartLoading label="Loading the incentive plan…" />,
);
const WorkshopView = lazyPart(
  () => import('../components/workshop/WorkshopView').then((m) => m.WorkshopView),
  () => <PartLoading label="Loading the workshops…" />,
);
const StrategyCheckView = lazyPart(
  () => import('../components/strategy-check/StrategyCheckView').then((m) => m.StrategyCheckView),
  () => <PartLoading label="Loading the strategy check…" />,
);
const CompareView = lazyPart(
  () => import('./CompareView').then((m) => m.CompareView),
  () => <PartLoading label="Loading the comparison…" />,
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

export const VIEWS: readonly ViewDef[] = [
  { id: 'overview', label: viewLabel('overview'), render: () => <Overview /> },
  { id: 'grid', label: viewLabel('grid'), render: () => <GridView /> },
  { id: 'map', label: viewLabel('map'), render: () => <MapView.Component /> },
  { id: 'dashboard', label: viewLabel('dashboard'), render: () => <Dashboard.Component /> },
  { id: 'initiatives', label: viewLabel('initiatives'), render: () => <InitiativesView /> },
  { id: 'owners', label: viewLabel('owners'), render: () => <OwnersView /> },
  { id: 'report', label: viewLabel('report'), render: () => <ReportView.Component /> },
  { id: 'reviews', label: viewLabel('reviews'), render: () => <ReviewsView /> },
  { id: 'actions', label: viewLabel('actions'), render: () => <ActionsView.Component /> },
  { id: 'compare', label: viewLabel('compare'), render: () => <CompareView.Component /> },
  { id: 'alignment', label: viewLabel('alignment'), render: () => <AlignmentView.Component /> },
  { id: 'okrs', label: viewLabel('okrs'), render: () => <OkrView.Component /> },
  { id: 'incentives', label: viewLabel('incentives'), render: () => <IncentivesView.Component /> },
  { id: 'workshops', label: viewLabel('workshops'), render: () => <WorkshopView.Component /> },
  { id: 'strategy', label: viewLabel('strategy'), render: () => <StrategyCheckView.Component /> },
];

export function findView(id: string | null): ViewDef {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
