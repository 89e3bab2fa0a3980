/**
 * The headless Chromium of @sparticuz/chromium on a fresh machine: two processes that need it at the same moment
 * (two test workers, two `quadrant report` runs) must both get a whole, working browser. The package alone
 * unpacks into one shared file and hands out whatever is there, half-written or not.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sparticuzPackage } from '../../src/main/core/chromium';

const chromiumModule = fileURLToPath(new URL('../../src/main/core/chromium.ts', import.meta.url));
const fresh = mkdtempSync(join(tmpdir(), 'quadrant-fresh-tmp-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

/**
 * A separate Node process whose temporary folder is `fresh` (a machine that never unpacked the browser): it finds
 * the browser and starts it at once, as `quadrant report` would. Prints the path and what the browser said.
 */
function findInAnotherProcess(): Promise<{ path: string; version: string }> {
  const code = `
    const { spawnSync } = await import('node:child_process');
    const m = await import(${JSON.stringify(chromiumModule)});
    const path = (await m.findSparticuzChromium()).path;
    const run = spawnSync(path, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8' });
    console.log(JSON.stringify({ path, version: run.stdout ?? String(run.error) }));`;
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', code],
      { env: { ...process.env, TMPDIR: fresh, TMP: fresh, TEMP: fresh } },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(JSON.parse(stdout))),
    ),
  );
}

describe.skipIf(!sparticuzPackage())('unpacking the headless Chromium on a fresh machine', () => {
  it('gives a process that asks while another is unpacking a whole browser, and leaves nothing half-done', async () => {
    // The second process starts the moment the first has begun to write: the worst moment.
    const started = new Promise<void>((resolve) => {
      const watcher = watch(fresh, () => {
        watcher.close();
        resolve();
      });
    });
    const first = findInAnotherProcess();
    await started;
    const second = findInAnotherProcess();
    const [a, b] = await Promise.all([first, second]);
    expect(a.path).toBe(b.path);
    expect(a.path.startsWith(fresh)).toBe(true);
    expect(a.version).toMatch(/Chromium \d+/);
    expect(b.version).toMatch(/Chromium \d+/);
    expect(readdirSync(fresh).filter((name) => name.includes('unpacking'))).toEqual([]);
  }, 240_000);
});
