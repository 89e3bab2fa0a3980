/**
 * Which Chromium the end-to-end tests drive. A run names its browser with QUADRANT_TEST_BROWSER:
 *  - system: a Chromium-based browser installed on the machine (Debian's chromium on CI),
 *  - sparticuz: the headless Chromium of the @sparticuz/chromium npm package (what a fresh machine without one uses).
 * `npm test` runs the e2e files once per browser this machine has (vitest.config.ts).
 */
import {
  findSparticuzChromium,
  findSystemChromium,
  sparticuzPackage,
  type FoundChromium,
} from '../../src/main/core/chromium';

export const TEST_BROWSERS = ['system', 'sparticuz'] as const;
export type TestBrowser = (typeof TEST_BROWSERS)[number];

export function isTestBrowser(name: string): name is TestBrowser {
  return (TEST_BROWSERS as readonly string[]).includes(name);
}

/** Which of the two this machine has, and for each one it lacks, why (said at the start of every run). */
export function availableBrowsers(): { available: TestBrowser[]; missing: string[] } {
  const available: TestBrowser[] = [];
  const missing: string[] = [];
  if (findSystemChromium()) available.push('system');
  else missing.push('system: no Chromium-based browser installed (apt-get install chromium adds one)');
  if (sparticuzPackage()) available.push('sparticuz');
  else missing.push('sparticuz: the @sparticuz/chromium package is not installed (npm install adds it)');
  return { available, missing };
}

/** The browser a test run named, unpacked if need be. */
export async function resolveTestBrowser(name: TestBrowser): Promise<FoundChromium> {
  const found = name === 'system' ? findSystemChromium() : await findSparticuzChromium();
  if (!found) throw new Error(`QUADRANT_TEST_BROWSER=${name}, but ${availableBrowsers().missing.join('; ')}`);
  return found;
}
