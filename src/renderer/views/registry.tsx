/**
 * The views of an open scorecard, in tab order. Each view is one entry: later features add theirs here.
 * Ctrl/Cmd+1…9 switch views in the order listed (and the native View menu mirrors them in Electron).
 */
import type { ReactElement } from 'react';
import { Overview } from '../components/Overview';

export type ViewId = 'overview' | 'grid' | 'map' | 'dashboard' | 'initiatives' | 'owners' | 'report';

export interface ViewDef {
  id: ViewId;
  label: string;
  render: () => ReactElement;
}

export const VIEWS: readonly ViewDef[] = [{ id: 'overview', label: 'Scorecard', render: () => <Overview /> }];

export function findView(id: string | null): ViewDef {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
