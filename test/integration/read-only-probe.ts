/**
 * A Quadrant process for read-only-places.test.ts, run as an unprivileged user (root writes wherever it likes,
 * so it could not show a read-only file): opens a document, tries to change it, saves a copy into another
 * folder and changes that, and prints what happened as one JSON line.
 *
 *   node --import tsx test/integration/read-only-probe.ts <file.scorecard> <folder for the copy>
 */
import { join } from 'node:path';
import type { DocumentInfo } from '../../src/shared/contract';
import { dispatchSync } from '../../src/main/core/dispatch';
import { Session } from '../../src/main/core/session';

const [path, copyDir] = process.argv.slice(2) as [string, string];
const session = new Session({ mode: 'cli' });
const call = (method: string, input: unknown) => dispatchSync(session, method, input);

const opened = call('document.open', { path });
const report: Record<string, unknown> = { opened };
if (opened.ok) {
  const kpi = (call('kpi.get', { id: 1 }) as { ok: true; value: { name: string } }).value;
  report['kpiName'] = kpi.name;
  report['export'] = call('document.export', {});
  report['edits'] = [
    call('kpi.update', { id: 1, name: 'Changed' }),
    call('measurement.set', { kpiId: 1, period: '2030-Q1', actual: 1 }),
    call('note.create', { entityType: 'kpi', entityId: 1, body: 'A note' }),
  ].map((r) => (r.ok ? 'ok' : r.error.code));
  const copy = call('document.saveAs', { path: join(copyDir, 'My copy.scorecard') });
  report['copy'] = copy.ok ? (copy.value as DocumentInfo).readOnly : copy.error;
  report['copyEdit'] = call('kpi.update', { id: 1, name: 'Changed in the copy' }).ok;
}
session.close();
process.stdout.write(`${JSON.stringify(report)}\n`);
