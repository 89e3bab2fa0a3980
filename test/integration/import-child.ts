/**
 * `quadrant import` in a child process, for import-limits.test.ts: prints its exit code, what it wrote to stderr
 * and its peak resident memory, as one JSON line.
 *
 *   node --max-old-space-size=512 --import tsx test/integration/import-child.ts <in.json> <out.scorecard>
 */
import { main } from '../../src/main/cli';

let err = '';
const code = await main(['import', ...process.argv.slice(2)], { out: () => undefined, err: (s) => (err += s) });
process.stdout.write(`${JSON.stringify({ code, err, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
