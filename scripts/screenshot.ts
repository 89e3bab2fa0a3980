/**
 * Makes docs/screenshot.png for the README: the sample scorecard's overview, 1280×1000, light theme.
 * Builds nothing: run `npx electron-vite build` first, then `npx tsx scripts/screenshot.ts`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSampleDocument } from '../src/main/core/first-run';
import { startWebServer } from '../src/main/core/http-server';
import { launchBrowser } from '../test/e2e/browser';

const root = fileURLToPath(new URL('..', import.meta.url));
const rendererDir = join(root, 'out', 'renderer');
const output = join(root, 'docs', 'screenshot.png');

async function main(): Promise<void> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` first.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'quadrant-screenshot-'));
  const server = await startWebServer({ rendererDir, documentPath: ensureSampleDocument(dir), port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 1000 },
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('article').first().waitFor();
    // Open an objective and show that a status explains itself: the formula behind an amber KPI.
    const card = page.getByRole('article', { name: 'Grow revenue profitably' });
    await card.getByRole('button', { name: 'Grow revenue profitably', exact: true }).click();
    await page.getByRole('button', { name: 'Why? Wholesale revenue' }).click();
    await page.evaluate("document.querySelectorAll('#main, html').forEach((el) => el.scrollTo(0, 0))");
    // The status bar would show the throwaway temp folder; show where a user's file would live instead.
    await page.evaluate(`(() => {
      const el = document.querySelector('.status-path');
      if (el) el.textContent = '~/Documents/Quadrant/Harbour & Ember (sample).scorecard';
    })()`);
    mkdirSync(dirname(output), { recursive: true });
    await page.screenshot({ path: output });
    process.stdout.write(`Wrote ${output}\n`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
