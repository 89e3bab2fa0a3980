/**
 * A read-only file in the window: browser mode served by a Quadrant process that may not write the file (the
 * unprivileged user `nobody` when the tests run as root, since root writes anything) shows the read-only banner
 * with the reason, refuses an edit, saves a writable copy, and leaves nothing beside the file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { fingerprint, tempDir } from '../helpers';
import { launchBrowser, resultsDir } from './browser';

const root = resolve(__dirname, '../..');
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** A folder the server's user owns, so that only the file's own permissions make it read-only. */
function ownFolder(): string {
  const dir = tempDir();
  if (asRoot) chownSync(dir, NOBODY, NOBODY);
  chmodSync(dir, 0o755);
  return dir;
}

/** `npm run web <file>` as the unprivileged user; resolves with the address it prints. */
async function serve(path: string, dataDir: string): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(process.execPath, [join(root, 'scripts', 'web.mjs'), path], {
    cwd: root,
    env: { ...process.env, HOME: dataDir, QUADRANT_BACKUP_DIR: join(dataDir, 'backups') },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  let errors = '';
  server.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  for await (const line of createInterface({ input: server.stdout! })) {
    const url = /https?:\/\/\S+/.exec(line)?.[0];
    if (url) return { url, server };
  }
  throw new Error(`browser mode did not start: ${errors}`);
}

describe('a read-only file in browser mode', () => {
  it('shows the banner with the reason, refuses an edit, saves a writable copy and leaves nothing behind', async () => {
    const dir = ownFolder();
    const path = join(dir, 'Harbour.scorecard');
    writeSampleDocument(path);
    if (asRoot) chownSync(path, NOBODY, NOBODY);
    chmodSync(path, 0o444);
    const before = fingerprint(dir);
    const copies = ownFolder();
    const { url, server } = await serve(path, ownFolder());
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(url);
      const banner = page.locator('.banner-read-only');
      await banner.getByText('Read-only:').waitFor();
      expect(await banner.textContent()).toContain('The file is read-only: its permissions do not let you change it.');
      await page.screenshot({ path: join(resultsDir, 'read-only-file-light.png') });

      await page.getByRole('button', { name: 'Edit scorecard…' }).click();
      const form = page.getByRole('dialog', { name: 'Edit scorecard' });
      await form.getByRole('textbox', { name: /^Name/ }).fill('Not allowed');
      await form.getByRole('button', { name: 'Save' }).click();
      await form.getByRole('alert').getByText(/Read-only/).waitFor();
      await page.keyboard.press('Escape');

      await banner.getByRole('button', { name: 'Save a copy…' }).click();
      const saveAs = page.getByRole('dialog', { name: 'Save As' });
      await saveAs.getByLabel('File path').fill(join(copies, 'My copy.scorecard'));
      await saveAs.getByRole('button', { name: 'Save', exact: true }).click();
      await banner.waitFor({ state: 'detached' });
    } finally {
      await context.close();
      await new Promise((done) => server.once('exit', done).kill('SIGTERM'));
    }
    expect(fingerprint(dir)).toEqual(before);
  }, 60_000);
});
