/**
 * Per e2e worker: the browser its project names (QUADRANT_TEST_BROWSER) becomes QUADRANT_CHROMIUM, so the tests
 * drive it and the app under test prints with it too, as on a machine that has only that browser.
 */
import { isTestBrowser, resolveTestBrowser } from '../e2e/browsers';

const named = process.env.QUADRANT_TEST_BROWSER;
if (named) {
  if (!isTestBrowser(named)) throw new Error(`QUADRANT_TEST_BROWSER must be system or sparticuz, not “${named}”.`);
  process.env.QUADRANT_CHROMIUM = (await resolveTestBrowser(named)).path;
}
