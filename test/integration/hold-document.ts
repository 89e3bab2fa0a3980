/**
 * Another Quadrant process for one-writer.test.ts: opens a document, says READY, applies the edits it is sent on
 * stdin (one JSON call per line) and answers each, until it is killed or its stdin closes.
 *
 *   node --import tsx test/integration/hold-document.ts <file.scorecard>
 */
import { createInterface } from 'node:readline';
import { dispatchSync } from '../../src/main/core/dispatch';
import { Session } from '../../src/main/core/session';

const session = new Session({ mode: 'cli' });
const opened = dispatchSync(session, 'document.open', { path: process.argv[2] });
process.stdout.write(`${opened.ok ? 'READY' : `FAILED ${JSON.stringify(opened)}`}\n`);
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const { method, input } = JSON.parse(line) as { method: string; input: unknown };
  process.stdout.write(`${JSON.stringify(dispatchSync(session, method, input))}\n`);
});
lines.on('close', () => {
  session.close();
  process.exit(0);
});
