/**
 * Child process of the memory benchmark: opens a document, evaluates every scorecard for a period, keeps it all
 * open and reports its resident memory as JSON on stdout.
 *
 *   node --import tsx bench/child/hold-open.ts <file.scorecard> <period>
 *   node --import tsx bench/child/hold-open.ts --bare     (loads nothing: what the tsx loader alone costs)
 */
export {};

const [path, period] = process.argv.slice(2);
if (path === '--bare') {
  process.stdout.write(`${JSON.stringify({ rss: process.memoryUsage().rss })}\n`);
} else {
  if (!path || !period) throw new Error('usage: hold-open.ts <file.scorecard> <period>');
  // Imported only here, so --bare measures the loader without the core.
  const { openAndEvaluate, scored } = await import('../suites/backend-ops');
  const { session, evaluations } = openAndEvaluate(path, period);
  // Both still referenced after memory is read, so nothing of the open document has been collected.
  const rss = process.memoryUsage().rss;
  process.stdout.write(`${JSON.stringify({ rss, evaluated: scored(evaluations), open: session.document !== null })}\n`);
  session.close();
}
