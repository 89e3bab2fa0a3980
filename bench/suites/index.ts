/**
 * Every benchmark of the project, in the order of the results table. A new suite (browser benchmarks: grid edit
 * latency, map layout, PDF time, …) is a BenchDefinition[] in its own file, listed here.
 */
import type { BenchDefinition } from '../harness';
import { backend } from './backend';
import { bundle } from './bundle';
import { dashboard } from './dashboard';
import { deck } from './deck';
import { grid } from './grid';
import { history } from './history';
import { map } from './map';
import { report } from './report';
import { scaling } from './scaling';
import { startup } from './startup';
import { strategy } from './strategy';
import { teamLoad } from './team-load';

export const suites: Record<string, readonly BenchDefinition[]> = {
  backend,
  scaling,
  history,
  grid,
  report,
  deck,
  strategy,
  teamLoad,
  dashboard,
  map,
  bundle,
  startup,
};

export const benchmarks: readonly BenchDefinition[] = Object.values(suites).flat();
