#!/usr/bin/env node
// The CLI runs on plain Node. It needs no build step: without a fresh build it runs the TypeScript sources through
// tsx. With one (`npm start`, `npm test` and `npm run build` make out/), it runs the built out/main/cli.js, which
// starts about three times faster; a source newer than that build means the build is stale, and the sources run.
import { fileURLToPath } from 'node:url';
import { builtCli } from './built-cli.mjs';

// Output that cannot be written ends without a stack trace: a reader that went away (`quadrant export … | head`)
// wanted no more, a full disk is said in one line.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') return;
  process.stderr.write(`quadrant: cannot write the output: ${err.code === 'ENOSPC' ? 'the disk is full' : err.message}\n`);
  process.exitCode = 1;
});

const built = builtCli(fileURLToPath(new URL('..', import.meta.url)), process.env);
const { main, failure } = built
  ? await import(built)
  : await (await import('tsx/esm/api')).tsImport('../src/main/cli.ts', import.meta.url);
const io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
try {
  process.exitCode = (await main(process.argv.slice(2), io)) || process.exitCode;
} catch (err) {
  // main answers every mistake itself; this net only keeps a bug from ending in a stack trace.
  process.exitCode = failure(process.argv[2] ?? '', err, io);
}
