#!/usr/bin/env node
// The CLI runs the TypeScript sources on plain Node through tsx, so it needs no build step.
import { tsImport } from 'tsx/esm/api';

// Output that cannot be written ends without a stack trace: a reader that went away (`quadrant export … | head`)
// wanted no more, a full disk is said in one line.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') return;
  process.stderr.write(`quadrant: cannot write the output: ${err.code === 'ENOSPC' ? 'the disk is full' : err.message}\n`);
  process.exitCode = 1;
});

const { main, failure } = await tsImport('../src/main/cli.ts', import.meta.url);
const io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
try {
  process.exitCode = (await main(process.argv.slice(2), io)) || process.exitCode;
} catch (err) {
  // main answers every mistake itself; this net only keeps a bug from ending in a stack trace.
  process.exitCode = failure(process.argv[2] ?? '', err, io);
}
