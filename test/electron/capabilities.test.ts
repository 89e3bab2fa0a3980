/**
 * The app's capabilities, run in the real shell against a fake Electron: a path the page sends must be one this
 * window's own file dialog produced (for that purpose, once), printing and links go through the window's
 * capabilities, and no adapter picks methods out by name.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

const scratch = mkdtempSync(join(tmpdir(), 'quadrant-capabilities-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const documents = join(scratch, 'Documents');

describe('paths from the page', () => {
  const fake = createFakeElectron({ appData: join(scratch, 'appData'), documents, userData: '' });
  const page = () => fake.windows()[0]!.webContents;
  const call = (method: string, input: unknown) => invokeFrom(fake, page(), method, input);

  it('refuses a path the page did not get from the dialog, and leaves the file as it was', async () => {
    await startShell(holder, fake);
    const notes = join(scratch, 'notes.txt');
    writeFileSync(notes, 'Quarterly notes: keep me.\n');
    const plan = join(scratch, 'plan.scorecard');
    for (const [method, input] of [
      ['document.create', { path: notes, overwrite: true }],
      ['document.saveAs', { path: notes, overwrite: true }],
      ['document.create', { path: plan }],
      ['document.open', { path: notes }],
      ['backup.restore', { id: 'x.scorecard', path: plan }],
    ] as const) {
      expect(await call(method, input), method).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.stringMatching(/own file dialog/) },
      });
    }
    expect(readFileSync(notes, 'utf8')).toBe('Quarterly notes: keep me.\n');
    expect(existsSync(plan)).toBe(false);
    expect(await call('document.info', {})).toMatchObject({
      ok: true,
      value: { name: expect.stringMatching(/sample/) },
    });
  });

  it('uses a path from the dialog, for what it was chosen for, once', async () => {
    fake.dialogs.save.push(join(documents, 'From the page'));
    const chosen = await call('file.choose', { purpose: 'create' });
    expect(chosen).toEqual({ ok: true, value: { path: join(documents, 'From the page.scorecard') } });
    const path = join(documents, 'From the page.scorecard');
    // Chosen to create, not to save a copy over.
    expect(await call('document.saveAs', { path, overwrite: true })).toMatchObject({ error: { code: 'FORBIDDEN' } });
    fake.dialogs.save.push(path);
    await call('file.choose', { purpose: 'create' });
    expect(await call('document.create', { path, name: 'Plan from the page' })).toMatchObject({
      ok: true,
      value: { path, scorecards: [{ name: 'Plan from the page' }] },
    });
    expect(fake.windows()[0]!.getTitle()).toBe('From the page — Quadrant');
    // Used up: the same path again needs the dialog again.
    expect(await call('document.create', { path, overwrite: true })).toMatchObject({ error: { code: 'FORBIDDEN' } });
    // A cancelled dialog grants nothing.
    expect(await call('file.choose', { purpose: 'open' })).toEqual({ ok: true, value: null });
  });

  it('still refuses to replace a text file the user picked in the dialog', async () => {
    const picked = join(scratch, 'minutes.scorecard');
    writeFileSync(picked, 'Board minutes.\n');
    fake.dialogs.save.push(picked);
    expect(await call('file.choose', { purpose: 'create' })).toEqual({ ok: true, value: { path: picked } });
    expect(await call('document.create', { path: picked, overwrite: true })).toMatchObject({
      error: { code: 'NOT_A_SCORECARD' },
    });
    expect(readFileSync(picked, 'utf8')).toBe('Board minutes.\n');
  });

  it('restores a backup into a file chosen in the dialog', async () => {
    const backups = await call('backup.list', {});
    expect(backups.ok && backups.value.length).toBeGreaterThan(0);
    const id = backups.ok ? backups.value[0].id : '';
    const target = join(documents, 'Restored sample.scorecard');
    fake.dialogs.save.push(target);
    expect(await call('file.choose', { purpose: 'restore', suggestedPath: target })).toEqual({
      ok: true,
      value: { path: target },
    });
    expect(await call('backup.restore', { id, path: target })).toMatchObject({ ok: true, value: { path: target } });
  });

  it('exports the report through the window’s printer: a save dialog, and a PDF written only as a .pdf', async () => {
    const pdf = join(documents, 'Board report.pdf');
    fake.dialogs.save.push(pdf);
    const exported = await call('report.export', { scorecardIds: [1], period: '2026-Q3' });
    expect(exported).toMatchObject({ ok: true, value: { path: pdf, pdfBase64: null, pages: 1 } });
    expect(readFileSync(pdf, 'latin1')).toMatch(/^%PDF-/);
    // The hidden print window has no preload: the print view never calls back.
    const printWindow = fake.allWindows().find((w) => w.options['show'] === false && w.destroyed);
    expect(printWindow, 'the print window').toBeDefined();
    expect((printWindow!.options['webPreferences'] as Record<string, unknown>)['preload']).toBeUndefined();
    // A text file picked in the dialog is not replaced by a PDF.
    const notes = join(documents, 'notes.pdf');
    writeFileSync(notes, 'not a PDF at all');
    fake.dialogs.save.push(notes);
    expect(await call('report.export', { scorecardIds: [1], period: '2026-Q3' })).toMatchObject({
      error: { code: 'FILE_EXISTS' },
    });
    expect(readFileSync(notes, 'utf8')).toBe('not a PDF at all');
    // Cancelled: nothing written, null.
    expect(await call('report.export', { scorecardIds: [1], period: '2026-Q3' })).toEqual({ ok: true, value: null });
  });

  it('exports a review’s minutes through the same printer: the print view draws the minutes, on A4 portrait', async () => {
    const templates = await call('review.templates', {});
    const templateId = templates.ok ? (templates.value as { id: number }[])[0]!.id : 0;
    const started = await call('review.start', {
      scorecardId: 1,
      period: '2026-Q3',
      templateId,
      heldOn: '2026-10-14',
      attendees: ['Ana'],
    });
    const reviewId = started.ok ? (started.value as { review: { id: number } }).review.id : 0;
    const pdf = join(documents, 'Q3 minutes.pdf');
    fake.dialogs.save.push(pdf);
    const before = fake.allWindows().length;
    expect(await call('minutes.export', { reviewId })).toMatchObject({
      ok: true,
      value: { path: pdf, pdfBase64: null, pages: 1 },
    });
    expect(readFileSync(pdf, 'latin1')).toMatch(/^%PDF-/);
    const printWindow = fake
      .allWindows()
      .slice(before)
      .find((w) => w.options['show'] === false && w.destroyed)!;
    expect(printWindow, 'the print window').toBeDefined();
    expect(printWindow.webContents.scripts).toHaveLength(1);
    expect(printWindow.webContents.scripts[0]).toMatch(/^window\.quadrantReport\.renderMinutes\(\{"documentName":/);
    expect(printWindow.webContents.printed).toEqual([expect.objectContaining({ pageSize: 'A4', landscape: false })]);
    // Cancelled: nothing written, null; a review that is not there is refused before any dialog.
    expect(await call('minutes.export', { reviewId })).toEqual({ ok: true, value: null });
    expect(await call('minutes.export', { reviewId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('leaves no method to be picked out by name: adapters hand every call to a dispatcher with capabilities', () => {
    const inFolder = (dir: string) => readdirSync(dir).map((f) => join(dir, f));
    const sources = [
      ...inFolder('src/main/shell'),
      'src/main/index.ts',
      'src/main/core/http-server.ts',
      // handlers/host.ts serves the host methods and types.ts names them; no other handler may.
      ...inFolder('src/main/core/handlers').filter((f) => !/[/\\](host|types)\.ts$/.test(f)),
    ];
    expect(sources.length).toBeGreaterThan(20);
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(
        /['"`](report\.export|shell\.openExternal|file\.choose)['"`]|REPORT_EXPORT|OPEN_EXTERNAL/,
      );
    }
  });
});
