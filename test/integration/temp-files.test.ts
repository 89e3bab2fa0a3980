/**
 * The temporary files of a killed Quadrant (a new document, an import, a Save As, a restored backup, a backup) are
 * removed the next time Quadrant works in their folder, and only those: a running Quadrant's, another computer's
 * and anyone else's files stay.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { Session } from '../../src/main/core/session';
import { client, tempDir } from '../helpers';

const running: (() => void)[] = [];
afterAll(() => running.forEach((stop) => stop()));

/** A Quadrant that has written the temporary files for `target`; kill() ends it as a crash would. */
async function writerOf(target: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'leave-temp-file.ts'), target]);
  running.push(() => child.kill('SIGKILL'));
  const line = (await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next()).value as string;
  return {
    files: JSON.parse(line) as string[],
    kill: () => new Promise<void>((done) => child.once('exit', () => done()).kill('SIGKILL')),
  };
}

/** Files that look like leftovers but are not surely ours or not surely stale. */
function strangers(dir: string): string[] {
  const names = [
    // Another computer's (a folder on a share), its writer maybe running there: a different host digest.
    '.Other.scorecard.0badc0de-4-mabc0.quadrant-tmp',
    // Anyone else's temporary files, and names only half like ours.
    '.notes.txt.tmp',
    '.Plan.scorecard.123.1700000000000.tmp',
    'Plan.scorecard.quadrant-tmp',
  ];
  for (const name of names) writeFileSync(join(dir, name), 'not ours');
  return names;
}

describe('temporary files of a killed Quadrant', () => {
  it('are removed when a document in their folder is opened; a running writer’s and others’ files stay', async () => {
    const dir = tempDir();
    const path = join(dir, 'Harbour.scorecard');
    writeSampleDocument(path);
    const killed = await writerOf(join(dir, 'Import.scorecard'));
    const alive = await writerOf(join(dir, 'Copy.scorecard'));
    const others = strangers(dir);
    await killed.kill();
    expect(killed.files.every((f) => existsSync(f))).toBe(true);

    const { call, session } = client();
    call('document.open', { path });
    session.close();
    expect(readdirSync(dir).sort()).toEqual(
      ['Harbour.scorecard', ...alive.files.map((f) => basename(f)), ...others].sort(),
    );
    await alive.kill();
  }, 30_000);

  it('are removed when a document is created or saved into their folder', async () => {
    const dir = tempDir();
    const first = await writerOf(join(dir, 'New.scorecard'));
    await first.kill();
    const { call, session } = client();
    call('document.create', { path: join(dir, 'New.scorecard') });
    expect(first.files.filter((f) => existsSync(f))).toEqual([]);

    const other = tempDir();
    const second = await writerOf(join(other, 'Copy.scorecard'));
    await second.kill();
    call('document.saveAs', { path: join(other, 'Copy.scorecard') });
    expect(second.files.filter((f) => existsSync(f))).toEqual([]);
    session.close();
    expect(readdirSync(dir)).toEqual(['New.scorecard']);
    expect(readdirSync(other)).toEqual(['Copy.scorecard']);
  }, 30_000);

  it('are removed from the backups folder when Quadrant starts', async () => {
    const backups = join(tempDir(), 'backups');
    mkdirSync(backups);
    const writer = await writerOf(join(backups, 'Harbour 2026-01-01 daily.scorecard'));
    await writer.kill();
    new Session({ mode: 'web', backupDir: backups }).close();
    expect(readdirSync(backups)).toEqual([]);
  }, 30_000);
});
