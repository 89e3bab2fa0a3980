import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';
import places from './src/main/core/chromium-places.json' with { type: 'json' };
import LongestFirst from './test/setup/sequencer';

/**
 * Unit and integration tests run once. The end-to-end tests run in the browsers this machine has
 * (test/e2e/browsers.ts): the Chromium installed on the machine and the headless one of @sparticuz/chromium. Where
 * both exist, a normal run shares the e2e files between them (`e2eShare`), so every run drives both browsers and the
 * suite takes about its 15 minutes on two cores; QUADRANT_TEST_BROWSERS=all runs every file in every browser
 * (`npm run test:browsers`, before a release or after a change to how pages render). A run can name one browser with
 * QUADRANT_TEST_BROWSER=system|sparticuz (or force any with QUADRANT_CHROMIUM=/path).
 */
const named = process.env.QUADRANT_TEST_BROWSER;
/** The same tests as test/e2e/browsers.ts makes (that module cannot be loaded here: vite's config loader). */
const sparticuzInstalled = (() => {
  try {
    createRequire(import.meta.url).resolve('@sparticuz/chromium');
    return true;
  } catch {
    return false;
  }
})();
const available = [
  ...(places.some((p) => existsSync(p.path)) ? ['system'] : []),
  ...(sparticuzInstalled ? ['sparticuz'] : []),
];
const e2eBrowsers: string[] = named ? [named] : process.env.QUADRANT_CHROMIUM ? ['chosen'] : available;
const everyFileInEveryBrowser = process.env.QUADRANT_TEST_BROWSERS === 'all';

/**
 * The e2e files (team's apart) one browser runs: all of them, or, when several browsers share a run, every n-th file
 * in name order — stable from run to run, so a failure found in one browser is found there again.
 */
function e2eShare(files: string[], browser: string): string[] {
  if (everyFileInEveryBrowser || e2eBrowsers.length < 2) return files;
  const i = e2eBrowsers.indexOf(browser);
  return [...files].sort().filter((_, k) => k % e2eBrowsers.length === i);
}
const E2E_DIR = 'test/e2e';
const e2eFiles = readdirSync(E2E_DIR)
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `${E2E_DIR}/${f}`);

/**
 * The repository and handler suites that also run on PostgreSQL (test/helpers.ts `client()` then keeps each document
 * in a schema of a throwaway cluster, test/setup/postgres.ts). Suites about files, locks, backups and the CLI's
 * processes are the desktop's only.
 */
const ON_POSTGRES = [
  'aggregation',
  'analysis',
  'bad-input',
  'cascade-okr',
  'changes',
  'control-characters',
  'dashboard',
  'document-load',
  'handlers',
  'history',
  'history-random',
  'import-rules',
  'import-values',
  'incentives',
  'interchange',
  'notes',
  'report',
  'report-closed',
  'review-cycle',
  'scorecard-copy',
  'spreadsheet-export',
  'spreadsheet-round-trip',
  'templates',
  'workshop',
  'workshop-interchange',
  'workshop-random',
  'workshop-votes',
].map((name) => `test/integration/${name}.test.ts`);
/** Team mode's own suites (the team server, its roles and CLI, the journal): PostgreSQL only. */
const TEAM_SUITES = ['test/integration/team-*.test.ts'];
/** The team page in Chromium against a real team server: needs the cluster too. */
const isTeamE2e = (file: string) => /\/team-[^/]*\.test\.ts$/.test(file);
/** Those suites need a cluster (test/setup/postgres.ts finds the same); test/postgres's files skip and say why. */
const postgresInstalled = (() => {
  const debian = '/usr/lib/postgresql';
  const named = process.env.QUADRANT_PG_BIN;
  const initdb = named
    ? existsSync(`${named}/initdb`)
    : existsSync(debian) && readdirSync(debian).some((v) => existsSync(`${debian}/${v}/bin/initdb`));
  try {
    const libpq = dirname(
      createRequire(createRequire(import.meta.url).resolve('pg-native')).resolve('libpq/package.json'),
    );
    return initdb && existsSync(`${libpq}/build/Release/addon.node`);
  } catch {
    return false;
  }
})();

const timeouts = { testTimeout: 30_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    // Browser tests each start Chromium; two cores do not gain from more workers (three made the suite slower:
    // 19 min 20 s against 18 min 24 s with two, the Chromium renderers of three tests at once saturating both cores).
    maxWorkers: 2,
    // Once per run, not per project (so the projects below do not extend this config).
    globalSetup: ['test/setup/browsers.ts'],
    // Longest files first, whatever their project (test/setup/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          ...timeouts,
          name: 'unit+integration',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          setupFiles: ['test/setup/i18n.ts'],
          exclude: [...configDefaults.exclude, 'test/e2e/**', 'test/postgres/**', ...TEAM_SUITES],
        },
      },
      {
        test: {
          ...timeouts,
          // Every query is a round trip to the server (about 0.2 ms idle, far more on a loaded machine) where SQLite
          // answers in microseconds: the random undo sessions and the 500-step history take 10-25 s here.
          testTimeout: 90_000,
          name: 'integration postgres',
          include: ['test/postgres/**/*.test.ts', ...TEAM_SUITES, ...(postgresInstalled ? ON_POSTGRES : [])],
          globalSetup: ['test/setup/postgres.ts'],
          setupFiles: ['test/setup/i18n.ts'],
          env: { QUADRANT_TEST_ENGINE: 'postgres' },
        },
      },
      ...e2eBrowsers.map((browser) => ({
        test: {
          ...timeouts,
          name: `e2e ${browser}`,
          // Each file starts its own browser and app and closes them; what it imports (playwright-core, the app's
          // server, the catalogues) is the same for every file, so a worker loads it once instead of once per file.
          isolate: false,
          include: e2eShare(
            e2eFiles.filter((f) => !isTeamE2e(f)),
            browser,
          ),
          setupFiles: ['test/setup/i18n.ts', 'test/setup/e2e-browser.ts'],
          env: browser === 'chosen' ? ({} as Record<string, string>) : { QUADRANT_TEST_BROWSER: browser },
        },
      })),
      // The team server's page against a real server on the throwaway PostgreSQL cluster.
      ...e2eBrowsers
        .filter((browser) => e2eShare(e2eFiles.filter(isTeamE2e), browser).length > 0)
        .map((browser) => ({
          test: {
            ...timeouts,
            name: `e2e team ${browser}`,
            include: e2eShare(e2eFiles.filter(isTeamE2e), browser),
            globalSetup: ['test/setup/postgres.ts'],
            setupFiles: ['test/setup/i18n.ts', 'test/setup/e2e-browser.ts'],
            env: browser === 'chosen' ? ({} as Record<string, string>) : { QUADRANT_TEST_BROWSER: browser },
          },
        })),
    ],
  },
});
