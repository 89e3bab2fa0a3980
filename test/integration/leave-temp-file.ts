/**
 * A Quadrant process killed while writing, for temp-files.test.ts: writes the temporary file (and SQLite's
 * journal of it) that a new document, an import or a Save As into <target> would be written to, prints their
 * paths and waits to be killed.
 *
 *   node --import tsx test/integration/leave-temp-file.ts <target>
 */
import { writeFileSync } from 'node:fs';
import { tempPathFor } from '../../src/main/core/temp-files';

const tmp = tempPathFor(process.argv[2]!);
for (const path of [tmp, `${tmp}-journal`]) writeFileSync(path, 'half a document');
process.stdout.write(`${JSON.stringify([tmp, `${tmp}-journal`])}\n`);
process.stdin.resume();
