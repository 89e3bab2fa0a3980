/**
 * vitest globalSetup of the "integration postgres" project: a throwaway PostgreSQL cluster (test/postgres-cluster.ts)
 * in a temporary folder, on a Unix socket, fsync off. Tests get its conninfo through `inject('postgres')`
 * (test/pg.ts); it is stopped and deleted when the run ends. Without PostgreSQL's programs or pg-native the tests
 * skip and say why, as the Electron smoke test does.
 */
import type { TestProject } from 'vitest/node';
import { postgresMissing, startCluster } from '../postgres-cluster';

export type PostgresContext = { conninfo: string; skip: null } | { conninfo: null; skip: string };

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresContext;
  }
}

export default function setup(project: TestProject): (() => void) | undefined {
  const missing = postgresMissing();
  if (missing) {
    const skip = `PostgreSQL tests skipped: ${missing}`;
    console.warn(skip);
    project.provide('postgres', { conninfo: null, skip });
    return undefined;
  }
  const cluster = startCluster();
  project.provide('postgres', { conninfo: cluster.conninfo, skip: null });
  return cluster.stop;
}
