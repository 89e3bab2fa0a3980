/**
 * The views of an open scorecard. Each view is one entry: later features add theirs here. Ids, names and tab order
 * come from src/shared/views.ts, which the Electron View menu reads too (Ctrl/Cmd+1…9 follow that order).
 */
import type { ReactElement } from 'react';
import { viewLabel, type ViewId } from '../../shared/views';
import { Dashboard } from '../components/dashboard/Dashboard';
import { Overview } from '../components/Overview';
import { ReportView } from '../components/report/ReportView';
import { GridView } from '../components/grid/GridView';
import { MapView } from '../components/map/MapView';
import { InitiativesView } from './InitiativesView';
import { OwnersView } from './OwnersView';

export type { ViewId };

export interface ViewDef {
  id: ViewId;
  label: string;
  render: () => ReactElement;
}

export const VIEWS: readonly ViewDef[] = [
  { id: 'overview', label: viewLabel('overview'), render: () => <Overview /> },
  { id: 'grid', label: viewLabel('grid'), render: () => <GridView /> },
  { id: 'map', label: viewLabel('map'), render: () => <MapView /> },
  { id: 'dashboard', label: viewLabel('dashboard'), render: () => <Dashboard /> },
  { id: 'initiatives', label: viewLabel('initiatives'), render: () => <InitiativesView /> },
  { id: 'owners', label: viewLabel('owners'), render: () => <OwnersView /> },
  { id: 'report', label: viewLabel('report'), render: () => <ReportView /> },
];

export function findView(id: string | null): ViewDef {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
