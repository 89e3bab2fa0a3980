/**
 * vitest globalSetup of the "integration postgres" project: a throwaway PostgreSQL cluster (Debian's initdb and
 * pg_ctl) in a temporary folder, reachable only on a Unix socket, fsync off. Tests get its conninfo through
 * `inject('postgres')` (test/pg.ts); it is stopped and deleted when the run ends. Without PostgreSQL's programs or
 * pg-native the tests skip and say why, as the Electron smoke test does.
 *
 * PostgreSQL refuses to run as root: as root the cluster runs as the `postgres` user on a folder it owns.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { pgNativeAvailable } from '../../src/main/core/db/pg-engine';

export type PostgresContext = { conninfo: string; skip: null } | { conninfo: null; skip: string };

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresContext;
  }
}

/** QUADRANT_PG_BIN, else the newest of Debian's /usr/lib/postgresql/<version>/bin, else initdb on the PATH. */
function findBin(): string | null {
  const named = process.env.QUADRANT_PG_BIN;
  if (named) return existsSync(join(named, 'initdb')) ? named : null;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'initdb'))) return dir;
  return null;
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program, as `postgres` when we are root. */
function pg(bin: string, program: string, args: string[]): void {
  const file = join(bin, program);
  if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' });
  else execFileSync(file, args, { stdio: 'pipe' });
}

function reasonToSkip(bin: string | null): string | null {
  if (!bin) return 'PostgreSQL tests skipped: no initdb (install Debian\'s postgresql package, or set QUADRANT_PG_BIN)';
  if (!pgNativeAvailable()) return 'PostgreSQL tests skipped: pg-native is not installed (apt-get install libpq-dev, then npm install)';
  return null;
}

export default function setup(project: TestProject): (() => void) | undefined {
  const bin = findBin();
  const skip = reasonToSkip(bin);
  if (skip || !bin) {
    console.warn(skip);
    project.provide('postgres', { conninfo: null, skip: skip ?? 'no PostgreSQL' });
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'quadrant-pg-'));
  const data = join(dir, 'data');
  const sock = join(dir, 'sock');
  mkdirSync(sock);
  if (asRoot) {
    execFileSync('chown', ['-R', 'postgres', dir]);
    // The test processes stay root: they reach the socket whatever its folder's mode.
    chmodSync(dir, 0o755);
  }
  const stop = () => {
    try {
      pg(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    } catch {
      // Never started, or already gone: the folder goes either way.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    pg(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'quadrant', '-E', 'UTF8', '--no-locale', '--no-sync', '--no-instructions']);
    const options = [
      `-k ${sock}`,
      "-c listen_addresses=''",
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=300',
    ].join(' ');
    pg(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']);
  } catch (err) {
    const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').slice(-2000) : '';
    const output = (err as { stderr?: Buffer }).stderr?.toString() ?? '';
    stop();
    throw new Error(`Could not start the test PostgreSQL cluster: ${(err as Error).message}\n${output}\n${log}`);
  }
  project.provide('postgres', { conninfo: `host=${sock} user=quadrant dbname=postgres`, skip: null });
  return stop;
}
