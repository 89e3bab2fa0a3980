#!/usr/bin/env node
// The CLI runs the TypeScript sources on plain Node through tsx, so it needs no build step.
import { tsImport } from 'tsx/esm/api';

const { main, failure } = await tsImport('../src/main/cli.ts', import.meta.url);
const io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
try {
  process.exitCode = await main(process.argv.slice(2), io);
} catch (err) {
  // main answers every mistake itself; this net only keeps a bug from ending in a stack trace.
  process.exitCode = failure(process.argv[2] ?? '', err, io);
}
