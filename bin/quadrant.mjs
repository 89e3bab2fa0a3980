#!/usr/bin/env node
// The CLI runs the TypeScript sources on plain Node through tsx, so it needs no build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/main/cli.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
