/**
 * One contender for lock-race.test.ts: on "go <time> <document>" it waits for that moment (so every contender
 * starts at once), tries to take the document's lock and answers "won" or "lost <holder pid>"; on "release" it
 * lets go of a lock it won and answers "released".
 *
 *   node --import tsx test/integration/lock-racer.ts
 */
import { createInterface } from 'node:readline';
import { DocumentLock } from '../../src/main/core/lock';

let held: DocumentLock | null = null;
const lines = createInterface({ input: process.stdin });
process.stdout.write('READY\n');
lines.on('line', (line) => {
  const [command, at, path] = line.split(' ');
  if (command === 'go') {
    // Spinning, not a timer: timers would spread the contenders over milliseconds, far wider than the race.
    while (Date.now() < Number(at));
    const result = DocumentLock.acquire(path!);
    if (result instanceof DocumentLock) {
      held = result;
      process.stdout.write('won\n');
    } else process.stdout.write(`lost ${result.holder?.pid ?? 'unknown'}\n`);
  } else if (command === 'release') {
    held?.release();
    held = null;
    process.stdout.write('released\n');
  }
});
lines.on('close', () => process.exit(0));
