/**
 * Longest files first, across every project: two workers finish together instead of one running a two-minute file
 * alone at the end. vitest's own order needs its cache, which a clean clone (CI) does not have: it then runs files in
 * glob order, the unit project last, so the benchmark smoke run and the crash test often started last. The
 * durations are recorded by scripts/record-test-durations.ts; a file not listed counts as a median one.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const durations = JSON.parse(readFileSync(new URL('./durations.json', import.meta.url), 'utf8')) as Record<string, number>;
const known = Object.values(durations).sort((a, b) => a - b);
const median = known.length ? known[Math.floor(known.length / 2)]! : 1;

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cost = (f: TestSpecification) =>
      durations[`${f.project.name}:${relative(f.project.config.root, f.moduleId)}`] ?? median;
    return [...files].sort((a, b) => cost(b) - cost(a));
  }
}
