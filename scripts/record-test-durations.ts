/**
 * Writes test/setup/durations.json from vitest's cache of the last run (seconds per project and file), for the
 * longest-first sequencer (test/setup/sequencer.ts). Run after a full `npm test` on a quiet machine:
 *   npx tsx scripts/record-test-durations.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const cacheRoot = join('node_modules', '.vite', 'vitest');
const out = join('test', 'setup', 'durations.json');
const durations: Record<string, number> = {};
for (const dir of readdirSync(cacheRoot)) {
  const results = JSON.parse(readFileSync(join(cacheRoot, dir, 'results.json'), 'utf8')) as {
    results: [string, { duration?: number }][];
  };
  for (const [key, { duration }] of results.results) {
    const [, file] = key.split(':');
    // Files that no longer exist (a branch's scratch tests, renamed files) stay out.
    if (duration === undefined || !file || !existsFile(file)) continue;
    durations[key] = Math.round(duration / 100) / 10;
  }
}
const sorted = Object.fromEntries(Object.entries(durations).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(out, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`${Object.keys(sorted).length} files written to ${out}`);

function existsFile(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}
