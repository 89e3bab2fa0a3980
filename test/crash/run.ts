/**
 * `npm run test:crash [-- --kills 1000 --seed 7 --lanes 2]`: the long run of the crash test. Prints
 * "N kills, 0 corrupt, 0 lost" and exits non-zero on any corruption or loss. CRASH_KILLS sets N too.
 */
import { parseArgs } from 'node:util';
import { runCrashTest, summary } from './harness';

const { values } = parseArgs({
  options: { kills: { type: 'string' }, seed: { type: 'string' }, lanes: { type: 'string' } },
});
const kills = Number(values.kills ?? process.env['CRASH_KILLS'] ?? 200);
if (!Number.isInteger(kills) || kills < 1)
  throw new Error(`--kills must be a positive whole number, not ${values.kills}`);

const started = Date.now();
const stats = await runCrashTest({
  kills,
  seed: Number(values.seed ?? 1),
  lanes: Number(values.lanes ?? 2),
  log: (line) => console.log(line),
});
for (const p of stats.problems) console.error(p);
console.log(summary(stats));
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exitCode = stats.corrupt === 0 && stats.lost === 0 && stats.kills === kills ? 0 : 1;
