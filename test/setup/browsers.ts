/**
 * Global setup, before any worker starts: says which browsers the e2e tests use this run, and unpacks the headless
 * Chromium once, so the workers find it ready instead of each unpacking 200 MB at once on a fresh machine.
 */
import { availableBrowsers, isTestBrowser, resolveTestBrowser } from '../e2e/browsers';

export default async function setup(): Promise<void> {
  const named = process.env.QUADRANT_TEST_BROWSER;
  const { available, missing } = availableBrowsers();
  const used = named ? [named] : process.env.QUADRANT_CHROMIUM ? [] : available;
  const lines: string[] = [];
  if (process.env.QUADRANT_CHROMIUM && !named) lines.push(`QUADRANT_CHROMIUM=${process.env.QUADRANT_CHROMIUM}`);
  for (const name of used) {
    if (!isTestBrowser(name)) throw new Error(`QUADRANT_TEST_BROWSER must be system or sparticuz, not “${name}”.`);
    lines.push(`${name}: ${(await resolveTestBrowser(name)).description}`);
  }
  if (!named && !process.env.QUADRANT_CHROMIUM) for (const m of missing) lines.push(`missing, not tested with ${m}`);
  if (used.length > 1 && process.env.QUADRANT_TEST_BROWSERS !== 'all') {
    lines.push('the e2e files are shared between them (QUADRANT_TEST_BROWSERS=all runs each file in each browser)');
  }
  console.log(`e2e browsers:\n  ${lines.join('\n  ')}`);
}
