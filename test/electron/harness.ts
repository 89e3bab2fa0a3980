/**
 * Starting the real shell (src/main/index.ts) against a fake Electron, for test files beside shell.test.ts. Each
 * test file mocks 'electron' itself (vi.mock is hoisted per file) with getters onto `holder.fake`.
 */
import { join } from 'node:path';
import { vi } from 'vitest';
import type { FakeElectron, FakeFrame, FakeWebContents } from './fake-electron';

export const nodeBuild = join(process.cwd(), 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Imports the shell afresh with this fake, argv and environment; resolves once it is ready (and shows windows). */
export async function startShell(
  holder: { fake: unknown },
  fake: FakeElectron,
  opts: { argv?: string[]; env?: Record<string, string>; expectWindows?: boolean } = {},
): Promise<void> {
  holder.fake = fake;
  vi.resetModules();
  const saved = process.argv;
  const env = { QUADRANT_NATIVE_BINDING: nodeBuild, ...opts.env };
  const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  process.argv = opts.argv ?? ['electron', '.'];
  Object.assign(process.env, env);
  try {
    await import('../../src/main/index');
  } finally {
    process.argv = saved;
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  // The environment is read again after 'ready' (the dev server): keep it until the first windows exist.
  Object.assign(process.env, env);
  try {
    fake.ready();
    if (opts.expectWindows !== false) {
      await until(() => fake.windows().length > 0 && fake.windows().every((w) => w.visible), 'a window');
    }
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export type CallResult =
  | { ok: true; value: any } // eslint-disable-line @typescript-eslint/no-explicit-any -- results vary by method
  | { ok: false; error: { code: string; message: string } };

/** A call from a window's page over the one IPC channel, as the preload makes it. */
export function invokeFrom(
  fake: FakeElectron,
  wc: FakeWebContents,
  method: string,
  input: unknown,
  frame: FakeFrame = wc.mainFrame,
): Promise<CallResult> {
  return fake.invoke('quadrant:invoke', { sender: wc, senderFrame: frame }, method, input) as Promise<CallResult>;
}
