/**
 * A throwaway PostgreSQL cluster (Debian's initdb and pg_ctl) in a temporary folder, reachable only on a Unix socket:
 * for the "integration postgres" test project (test/setup/postgres.ts) and the team server's load benchmark.
 *
 * PostgreSQL refuses to run as root: as root the cluster runs as the `postgres` user on a folder it owns.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgNativeAvailable } from '../src/main/core/db/pg-engine';

/** QUADRANT_PG_BIN, else the newest of Debian's /usr/lib/postgresql/<version>/bin, else initdb on the PATH. */
export function findPostgresBin(): string | null {
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

/** Why no cluster can be started here, in words; null when one can. */
export function postgresMissing(): string | null {
  if (!findPostgresBin()) return "no initdb (install Debian's postgresql package, or set QUADRANT_PG_BIN)";
  if (!pgNativeAvailable()) return 'pg-native is not installed (apt-get install libpq-dev, then npm install)';
  return null;
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program, as `postgres` when we are root. */
function pg(bin: string, program: string, args: string[]): void {
  const file = join(bin, program);
  if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' });
  else execFileSync(file, args, { stdio: 'pipe' });
}

export interface Cluster {
  /** libpq conninfo of the cluster's `postgres` database, as the superuser `quadrant`. */
  conninfo: string;
  stop(): void;
}

export interface ClusterOptions {
  /**
   * Commits wait for the disk, as a real server's do (the load benchmark). Off by default: the tests need no
   * durability and run faster without it.
   */
  durable?: boolean;
}

export function startCluster(opts: ClusterOptions = {}): Cluster {
  const bin = findPostgresBin();
  const missing = postgresMissing();
  if (!bin || missing) throw new Error(`Cannot start PostgreSQL: ${missing ?? 'no initdb'}`);
  const dir = mkdtempSync(join(tmpdir(), 'quadrant-pg-'));
  const data = join(dir, 'data');
  const sock = join(dir, 'sock');
  mkdirSync(sock);
  if (asRoot) {
    execFileSync('chown', ['-R', 'postgres', dir]);
    // The calling processes stay root: they reach the socket whatever its folder's mode.
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
    const fast = ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'];
    const options = [`-k ${sock}`, "-c listen_addresses=''", ...(opts.durable ? [] : fast), '-c max_connections=300'].join(' ');
    pg(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']);
  } catch (err) {
    const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').slice(-2000) : '';
    const output = (err as { stderr?: Buffer }).stderr?.toString() ?? '';
    stop();
    throw new Error(`Could not start the PostgreSQL cluster: ${(err as Error).message}\n${output}\n${log}`);
  }
  return { conninfo: `host=${sock} user=quadrant dbname=postgres`, stop };
}
