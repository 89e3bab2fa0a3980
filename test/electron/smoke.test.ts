/**
 * Starts the real app with a fresh profile and documents folder: the first start creates the
 * sample, opens it, and the overview shows it. Needs the Electron binary and the Electron-ABI
 * build of better-sqlite3 (both prepared by `npm start`); without the binary it is skipped.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { electronBinaryPath, hasElectronBinary, nativeBindingPath } from '../../scripts/native.mjs';
import { ensureBuilt, root } from './built';

const SKIP_MESSAGE =
  'Electron smoke test skipped: no Electron binary (node_modules/electron/dist missing; it cannot be downloaded on this machine)';

const available = hasElectronBinary(root);
if (!available) console.warn(SKIP_MESSAGE);

interface SampleJson {
  scorecards: { name: string }[];
  perspectives: { name: string; scorecardId: number }[];
}

describe('Quadrant in Electron', () => {
  (available ? it : it.skip)(available ? 'opens the sample on first start' : SKIP_MESSAGE, async () => {
    ensureBuilt();
    const binding = nativeBindingPath(root);
    expect(existsSync(binding), `no Electron build of better-sqlite3 at ${binding}; run npm start once`).toBe(true);
    const scratch = mkdtempSync(join(tmpdir(), 'quadrant-smoke-'));
    onTestFinished(() => rmSync(scratch, { recursive: true, force: true }));
    const { _electron } = await import('playwright-core');
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
    const app = await _electron.launch({
      executablePath: electronBinaryPath(root),
      args: ['.'],
      cwd: root,
      env: {
        ...env,
        QUADRANT_NATIVE_BINDING: binding,
        QUADRANT_USER_DATA_DIR: join(scratch, 'profile'),
        QUADRANT_DOCUMENTS_DIR: join(scratch, 'Documents'),
      },
      timeout: 60_000,
    });
    try {
      const page = await app.firstWindow();
      const sample = JSON.parse(readFileSync(join(root, 'resources', 'sample.json'), 'utf8')) as SampleJson;
      const scorecard = sample.scorecards[0]!;

      const title = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
      await expect.poll(title, { timeout: 15_000 }).toBe('Harbour & Ember (sample) — Quadrant');
      expect(existsSync(join(scratch, 'Documents', 'Quadrant', 'Harbour & Ember (sample).scorecard'))).toBe(true);

      await page.getByText(scorecard.name).first().waitFor({ state: 'visible', timeout: 15_000 });
      for (const perspective of sample.perspectives.filter((p) => p.scorecardId === 1)) {
        await page.getByText(perspective.name, { exact: true }).first().waitFor({ state: 'visible', timeout: 5_000 });
      }
      // The page has the bridge and nothing else: no Node in the renderer.
      const powers = await page.evaluate(() => ({
        bridge: Object.keys((globalThis as unknown as { quadrant?: object }).quadrant ?? {}),
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(powers).toEqual({ bridge: ['invoke'], require: 'undefined', process: 'undefined' });
    } finally {
      await app.close();
    }
  });
});
