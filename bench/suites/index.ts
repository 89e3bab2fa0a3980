/**
 * Every benchmark of the project, in the order of the results table. A new suite (browser benchmarks: grid edit
 * latency, map layout, PDF time, …) is a BenchDefinition[] in its own file, listed here.
 */
import type { BenchDefinition } from '../harness';
import { backend } from './backend';
import { history } from './history';
import { report } from './report';
import { map } from './map';
import { scaling } from './scaling';

export const suites: Record<string, readonly BenchDefinition[]> = { backend, scaling, history, map, report };

export const benchmarks: readonly BenchDefinition[] = Object.values(suites).flat();
