/** Shared test helpers: temporary folders, file fingerprints and a typed call() over the real dispatch. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, it } from 'vitest';
import type { Input, Method, Output } from '../src/shared/contract';
import type { ApiError } from '../src/shared/errors';
import { dispatchSync } from '../src/main/core/dispatch';
import { Session } from '../src/main/core/session';
import { pgDocuments } from './pg';

const made: string[] = [];

/** The engine the repository and handler suites run on (see vitest.config.ts). */
export const onPostgres = process.env.QUADRANT_TEST_ENGINE === 'postgres';

/** A test of what only a file has (Save As, another window's lock, the file's bytes, its old versions): not on PostgreSQL. */
export const itOnFiles = it.skipIf(onPostgres);

/** A fresh temporary folder, removed when the test file finishes. */
export function tempDir(prefix = 'quadrant-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterAll(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** sha256 of every file in a folder, by name: proves that nothing on disk changed. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isFile()) out[name] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(`${error.code}: ${error.message}`);
  }
}

/**
 * A session and a typed call() that goes through the real dispatch, as the app and the CLI do. With
 * QUADRANT_TEST_ENGINE=postgres (the "integration postgres" project) its documents live on PostgreSQL.
 */
export function client(mode: 'web' | 'cli' | 'electron' = 'cli') {
  const session = new Session({ mode, documents: onPostgres ? pgDocuments() : undefined });
  const called = new Set<string>();
  function call<M extends Method>(method: M, input: Input<M>): Output<M> {
    called.add(method);
    const r = dispatchSync(session, method, input);
    if (!r.ok) throw new ApiFailure(r.error);
    return r.value as Output<M>;
  }
  /** The error a call fails with; fails the test if it succeeds. */
  function fail(method: unknown, input: unknown): ApiError {
    called.add(String(method));
    const r = dispatchSync(session, method, input);
    if (r.ok) throw new Error(`${String(method)} was expected to fail but returned ${JSON.stringify(r.value)}`);
    return r.error;
  }
  return { session, call, fail, called };
}
