/**
 * The app's saveFile capability, in the real shell against a fake Electron: a spreadsheet export goes where the
 * user chooses in the save dialog (with the format's extension), written whole; a cancelled dialog writes nothing;
 * and a scorecard document picked in the dialog is never replaced by an export.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from './fake-electron';
import { invokeFrom, startShell } from './harness';

const holder = vi.hoisted(() => ({ fake: undefined as undefined | { electron: unknown } }));
vi.mock('electron', () => {
  const api: Record<string, unknown> = {};
  for (const name of ['app', 'BrowserWindow', 'ipcMain', 'dialog', 'Menu', 'screen', 'session', 'shell']) {
    Object.defineProperty(api, name, {
      enumerable: true,
      get: () => (holder.fake!.electron as Record<string, unknown>)[name],
    });
  }
  return api;
});

const scratch = mkdtempSync(join(tmpdir(), 'quadrant-sheet-save-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const documents = join(scratch, 'Documents');

describe('Export to spreadsheet in the app', () => {
  const fake = createFakeElectron({ appData: join(scratch, 'appData'), documents, userData: '' });
  const page = () => fake.windows()[0]!.webContents;
  const call = (method: string, input: unknown) => invokeFrom(fake, page(), method, input);

  it('saves the workbook where the dialog says, and the CSV too; a cancelled dialog writes nothing', async () => {
    await startShell(holder, fake);
    fake.dialogs.save.push(join(documents, 'Board numbers'));
    const saved = await call('spreadsheet.export', { scorecardId: 1, period: '2026-Q3', format: 'xlsx' });
    const path = join(documents, 'Board numbers.xlsx');
    expect(saved).toMatchObject({
      ok: true,
      value: { path, base64: null, fileName: 'Harbour & Ember — Company Scorecard Q3 2026.xlsx' },
    });
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(saved.ok && (saved.value as { bytes: number }).bytes).toBe(bytes.length);

    const csv = join(documents, 'values.csv');
    fake.dialogs.save.push(csv);
    expect(await call('spreadsheet.export', { scorecardId: 1, period: '2026-Q3', format: 'csv' })).toMatchObject({
      ok: true,
      value: { path: csv },
    });
    expect(readFileSync(csv, 'utf8').startsWith('\uFEFFKPI,Period,Actual,Target,Note\r\n')).toBe(true);

    const before = readdirSync(documents).sort();
    expect(await call('spreadsheet.export', { scorecardId: 1, period: '2026-Q3', format: 'csv' })).toEqual({
      ok: true,
      value: null,
    });
    // Nothing new, not even a temporary file.
    expect(readdirSync(documents).sort()).toEqual(before);
  });

  it('adds the extension to a name without it, and never replaces a scorecard document with an export', async () => {
    const info = await call('document.info', {});
    const documentPath = info.ok ? (info.value as { path: string }).path : '';
    const original = readFileSync(documentPath);
    // The document itself, picked in the dialog: the export goes beside it as "….scorecard.csv".
    fake.dialogs.save.push(documentPath);
    expect(await call('spreadsheet.export', { scorecardId: 1, period: '2026-Q3', format: 'csv' })).toMatchObject({
      ok: true,
      value: { path: `${documentPath}.csv` },
    });
    expect(readFileSync(documentPath)).toEqual(original);
    // A document that someone named .csv: refused, and left as it was.
    const disguised = join(documents, 'Old numbers.csv');
    copyFileSync(documentPath, disguised);
    fake.dialogs.save.push(disguised);
    expect(await call('spreadsheet.export', { scorecardId: 1, period: '2026-Q3', format: 'csv' })).toMatchObject({
      ok: false,
      error: { code: 'FILE_EXISTS', message: expect.stringMatching(/is a scorecard document/) },
    });
    expect(readFileSync(disguised)).toEqual(original);
  });
});
