/**
 * The shell's story, told against a fake Electron and the real core (the Electron binary is not
 * needed): first start opens the sample, the menu opens, creates and saves documents, errors are
 * explained and leave the open document alone, IPC serves only our own renderer, and the next
 * start reopens what was open.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { VIEW_LIST } from '../../src/shared/views';
import { createFakeElectron, type FakeElectron, type FakeWebContents } from './fake-electron';

const holder = vi.hoisted(() => ({ fake: undefined as undefined | { electron: unknown } }));
// Getters, because vitest keeps a mocked module across resetModules: each start sees its own fake.
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

const scratch = mkdtempSync(join(tmpdir(), 'quadrant-shell-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const nodeBuild = join(process.cwd(), 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const paths = () => ({ appData: join(scratch, 'appData'), documents: join(scratch, 'Documents'), userData: '' });

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function start(fake: FakeElectron, argv: string[] = ['electron', '.']): Promise<void> {
  holder.fake = fake;
  vi.resetModules();
  const saved = process.argv;
  process.argv = argv;
  // The Node build stands in for the Electron build that npm start would name here.
  process.env['QUADRANT_NATIVE_BINDING'] = nodeBuild;
  try {
    await import('../../src/main/index');
  } finally {
    process.argv = saved;
    delete process.env['QUADRANT_NATIVE_BINDING'];
  }
  const { getNativeBinding } = await import('../../src/main/core/native');
  expect(getNativeBinding()).toBe(nodeBuild);
  fake.ready();
  await until(() => fake.windows().length > 0 && fake.windows().every((w) => w.visible), 'a window');
}

interface Item {
  label?: string;
  accelerator?: string;
  visible?: boolean;
  submenu?: Item[];
  enabled?: boolean;
  checked?: boolean;
  click?: () => void;
}
function menuItem(fake: FakeElectron, top: string, label: string): Item {
  const menu = (fake.menu() as Item[]).find((m) => m.label?.replace('&', '') === top);
  const item = menu?.submenu?.find((i) => i.label === label);
  if (!item) throw new Error(`no menu item ${top} › ${label}`);
  return item;
}

const invoke = (fake: FakeElectron, wc: FakeWebContents, method: string, input: unknown, frame = wc.mainFrame) =>
  fake.invoke('quadrant:invoke', { sender: wc, senderFrame: frame }, method, input) as Promise<
    { ok: true; value: any } | { ok: false; error: { code: string; message: string } } // eslint-disable-line @typescript-eslint/no-explicit-any -- results vary by method
  >;

describe('the Electron shell', () => {
  const fake = createFakeElectron(paths());
  const documents = join(scratch, 'Documents');
  const sample = join(documents, 'Quadrant', 'Harbour & Ember (sample).scorecard');

  it('opens the sample on first start, in a hardened window titled after it', async () => {
    await start(fake);
    expect(existsSync(sample)).toBe(true);
    const [win] = fake.windows();
    expect(win!.getTitle()).toBe('Harbour & Ember (sample) — Quadrant');
    expect(win!.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(
      String(win!.options['webPreferences'] && (win!.options['webPreferences'] as { preload: string }).preload),
    ).toMatch(/preload[\\/]index\.cjs$/);
    expect(win!.webContents.openHandler?.()).toEqual({ action: 'deny' });
    const nav = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    win!.webContents.emit('will-navigate', nav);
    expect(nav.prevented).toBe(true);
    expect(await fake.permission('geolocation')).toBe(false);
    expect(await fake.allows('https://example.com/x.js')).toBe(false);
    expect(await fake.allows(win!.webContents.mainFrame.url)).toBe(true);
  });

  it('serves IPC from our renderer only, with that window’s document', async () => {
    const wc = fake.windows()[0]!.webContents;
    const info = await invoke(fake, wc, 'document.info', {});
    expect(info).toMatchObject({ ok: true, value: { path: sample } });
    expect(await invoke(fake, wc, 'no.such.method', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    const subframe = { ...wc.mainFrame, routingId: 7, parent: wc.mainFrame };
    expect(await invoke(fake, wc, 'document.info', {}, subframe)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const foreign = { ...wc.mainFrame, url: 'https://evil.example/' };
    expect(await invoke(fake, wc, 'document.info', {}, foreign)).toMatchObject({ ok: false });
  });

  it('explains a file that is not a scorecard and keeps the current document open', async () => {
    const notes = join(scratch, 'notes.scorecard');
    writeFileSync(notes, 'just some text, not SQLite');
    fake.dialogs.open.push(notes);
    menuItem(fake, 'File', 'Open…').click!();
    await until(() => fake.dialogs.messages.length > 0, 'the error message');
    const shown = fake.dialogs.messages.shift()!;
    expect(shown.message).toContain('notes.scorecard');
    expect(shown.message).toMatch(/not a Quadrant scorecard/);
    expect(fake.windows()).toHaveLength(1);
    expect(fake.windows()[0]!.getTitle()).toBe('Harbour & Ember (sample) — Quadrant');
    expect(await invoke(fake, fake.windows()[0]!.webContents, 'document.info', {})).toMatchObject({
      value: { path: sample },
    });
  });

  it('creates a new document in its own window with File › New…', async () => {
    fake.dialogs.save.push(join(documents, 'Plan 2027'));
    menuItem(fake, 'File', 'New…').click!();
    await until(() => fake.windows().length === 2 && fake.windows()[1]!.visible, 'the new window');
    expect(existsSync(join(documents, 'Plan 2027.scorecard'))).toBe(true);
    expect(fake.windows()[1]!.getTitle()).toBe('Plan 2027 — Quadrant');
    expect(fake.dialogs.messages).toEqual([]);
  });

  it('never opens one file in two windows: it brings the window that has it to the front', async () => {
    const [first, second] = fake.windows();
    second!.focus();
    expect(await invoke(fake, second!.webContents, 'document.open', { path: sample })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/brought that window to the front/) },
    });
    expect(fake.electron.BrowserWindow.getFocusedWindow()).toBe(first);
    expect(await invoke(fake, second!.webContents, 'document.saveAs', { path: sample, overwrite: true })).toMatchObject(
      {
        ok: false,
        error: { code: 'CONFLICT' },
      },
    );
    expect(await invoke(fake, second!.webContents, 'document.info', {})).toMatchObject({
      value: { path: join(documents, 'Plan 2027.scorecard') },
    });
  });

  it('keeps backups in userData/backups and asks the page to show them from File › Restore from Backup…', async () => {
    const [first] = fake.windows();
    const list = await invoke(fake, first!.webContents, 'backup.list', { onlyCurrent: true });
    expect(list).toMatchObject({ ok: true, value: [{ source: sample, reason: 'daily' }] });
    expect(existsSync(join(scratch, 'appData', 'Quadrant', 'backups', list.ok ? list.value[0].id : ''))).toBe(true);
    first!.focus();
    menuItem(fake, 'File', 'Restore from Backup…').click!();
    expect(first!.webContents.sent).toContainEqual(['quadrant:event', { type: 'menu', command: 'restore-backup' }]);
  });

  it('asks the page for a new scorecard, the spreadsheet import and export, and the KPI library', async () => {
    const [first] = fake.windows();
    first!.focus();
    for (const [top, label, command] of [
      ['File', 'New Scorecard…', 'new-scorecard'],
      ['File', 'Import Values from Spreadsheet…', 'import-values'],
      ['File', 'Export to Spreadsheet…', 'export-spreadsheet'],
      ['File', 'Export PowerPoint Deck…', 'export-deck'],
      // The library helper's place for it (h/library): beside the views, as the same item of the native View menu.
      ['View', 'KPI Library…', 'kpi-library'],
      // Going between the document's scorecards (issue 15): the page knows them and which one is shown.
      ['View', 'Go to Scorecard…', 'go-to-scorecard'],
      ['View', 'Previous Scorecard', 'previous-scorecard'],
      ['View', 'Next Scorecard', 'next-scorecard'],
      ['View', 'Parent Scorecard', 'parent-scorecard'],
    ] as const) {
      const item = menuItem(fake, top, label);
      expect(item.enabled, label).not.toBe(false);
      item.click!();
      expect(first!.webContents.sent.at(-1), label).toEqual(['quadrant:event', { type: 'menu', command }]);
    }
    // Beside the other scorecard-level entries, after Save As… and before Restore from Backup….
    const file = (fake.menu() as Item[]).find((m) => m.label === '&File')!.submenu!.map((i) => i.label);
    const at = (label: string) => file.indexOf(label);
    expect(at('Save As…')).toBeLessThan(at('New Scorecard…'));
    expect(at('New Scorecard…')).toBeLessThan(at('Import Values from Spreadsheet…'));
    expect(at('Import Values from Spreadsheet…')).toBeLessThan(at('Export to Spreadsheet…'));
    expect(at('Export to Spreadsheet…')).toBeLessThan(at('Export PowerPoint Deck…'));
    expect(at('Export PowerPoint Deck…')).toBeLessThan(at('Restore from Backup…'));
  });

  it('saves the PowerPoint deck where the save dialog says, and writes nothing when it is cancelled', async () => {
    const wc = fake.windows()[0]!.webContents;
    const target = join(documents, 'Board deck');
    fake.dialogs.save.push(target);
    const saved = await invoke(fake, wc, 'deck.export', { scorecardId: 1, period: '2026-Q3' });
    expect(saved).toMatchObject({ ok: true, value: { path: `${target}.pptx`, base64: null } });
    expect(readFileSync(`${target}.pptx`).subarray(0, 2).toString()).toBe('PK');
    expect(await invoke(fake, wc, 'deck.export', { scorecardId: 1, period: '2026-Q3' })).toEqual({ ok: true, value: null });
    expect(existsSync(join(documents, 'Harbour & Ember — Company Scorecard Q3 2026.pptx'))).toBe(false);
  });

  it('opens a web link from a note in the system browser only after the user confirms, and only http(s)', async () => {
    const wc = fake.windows()[0]!.webContents;
    const asked = () => fake.dialogs.messages.splice(0);
    fake.dialogs.responses.push(1);
    expect(await invoke(fake, wc, 'shell.openExternal', { url: 'https://example.com/plan?q=1' })).toEqual({
      ok: true,
      value: { opened: false },
    });
    expect(asked()).toEqual([
      { message: 'Open this link in your web browser?', detail: 'https://example.com/plan?q=1' },
    ]);
    expect(fake.dialogs.external).toEqual([]);
    fake.dialogs.responses.push(0);
    expect(await invoke(fake, wc, 'shell.openExternal', { url: 'https://example.com/plan?q=1' })).toMatchObject({
      value: { opened: true },
    });
    // A look-alike host is shown and opened in its punycode form.
    fake.dialogs.responses.push(0);
    await invoke(fake, wc, 'shell.openExternal', { url: 'https://ex\u0430mple.com/' });
    expect(asked().map((m) => m.detail)).toEqual(['https://example.com/plan?q=1', 'https://xn--exmple-4nf.com/']);
    expect(fake.dialogs.external).toEqual(['https://example.com/plan?q=1', 'https://xn--exmple-4nf.com/']);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'quadrant://x',
      'smb://server/share',
      'https://',
      '',
    ]) {
      expect(await invoke(fake, wc, 'shell.openExternal', { url }), url).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    const subframe = { ...wc.mainFrame, routingId: 9, parent: wc.mainFrame };
    expect(await invoke(fake, wc, 'shell.openExternal', { url: 'https://example.com/' }, subframe)).toMatchObject({
      ok: false,
    });
    expect(asked()).toEqual([]);
    expect(fake.dialogs.external).toHaveLength(2);
  });

  it('saves a copy with File › Save As… and tells the renderer', async () => {
    const win = fake.windows()[1]!;
    win.focus();
    fake.dialogs.save.push(join(documents, 'Plan 2027 final.scorecard'));
    menuItem(fake, 'File', 'Save As…').click!();
    await until(() => win.getTitle() === 'Plan 2027 final — Quadrant', 'the retitled window');
    expect(win.webContents.sent).toContainEqual(['quadrant:event', { type: 'document-changed' }]);
    // The menu is rebuilt on the next turn of the event loop.
    const recent = () => menuItem(fake, 'File', 'Open Recent').submenu!.map((i) => i.label ?? '');
    await until(() => recent().some((l) => l.startsWith('Plan 2027 final.scorecard')), 'the recent-documents menu');
  });

  it('switches every window and the menu itself to the language chosen in View › Language', async () => {
    const languages = () => menuItem(fake, 'View', 'Language').submenu!;
    expect(languages().map((i) => [i.label, i.checked])).toEqual([
      ['System (English)', true],
      ['English', false],
      ['Deutsch', false],
      ['Français', false],
      ['Español', false],
    ]);
    languages().find((i) => i.label === 'Deutsch')!.click!();
    for (const win of fake.windows())
      expect(win.webContents.sent.at(-1)).toEqual(['quadrant:event', { type: 'menu', command: 'language', choice: 'de' }]);
    // The menu is rebuilt on the next turn of the event loop, in German, with Deutsch checked.
    await until(() => (fake.menu() as Item[]).some((m) => m.label === '&Ansicht'), 'the German menu');
    const german = (fake.menu() as Item[]).find((m) => m.label === '&Ansicht')!.submenu!;
    const sprache = german.find((i) => i.label === 'Sprache')!.submenu!;
    expect(sprache.filter((i) => i.checked).map((i) => i.label)).toEqual(['Deutsch']);
    sprache.find((i) => i.label === 'System (English)')!.click!();
    await until(() => (fake.menu() as Item[]).some((m) => m.label === '&View'), 'the English menu again');
  });

  it('sends Edit › Undo/Redo and the View menu to the focused window, whose page carries them out', async () => {
    const [other, win] = fake.windows();
    win!.focus();
    const edit = (fake.menu() as Item[]).find((m) => m.label === '&Edit')!.submenu!;
    expect(edit.filter((i) => i.label === 'Undo').map((i) => i.accelerator)).toEqual(['CmdOrCtrl+Z']);
    const redos = edit.filter((i) => i.label === 'Redo');
    expect(redos.map((i) => i.accelerator)).toEqual(
      process.platform === 'darwin' ? ['CmdOrCtrl+Shift+Z'] : ['CmdOrCtrl+Shift+Z', 'Ctrl+Y'],
    );
    const sentBefore = other!.webContents.sent.length;
    menuItem(fake, 'Edit', 'Undo').click!();
    expect(win!.webContents.sent.at(-1)).toEqual(['quadrant:event', { type: 'menu', command: 'undo' }]);
    redos.at(-1)!.click!();
    expect(win!.webContents.sent.at(-1)).toEqual(['quadrant:event', { type: 'menu', command: 'redo' }]);

    const view = (fake.menu() as Item[]).find((m) => m.label === '&View')!.submenu!;
    const views = view.filter((i) => VIEW_LIST.some((v) => v.label === i.label));
    expect(views.map((i) => [i.label, i.accelerator])).toEqual(
      // Ctrl/Cmd+1…9 for the first nine views; later ones are in the menu without a shortcut.
      VIEW_LIST.map((v, n) => [v.label, n < 9 ? `CmdOrCtrl+${n + 1}` : undefined]),
    );
    views[1]!.click!();
    expect(win!.webContents.sent.at(-1)).toEqual([
      'quadrant:event',
      { type: 'menu', command: 'view', view: VIEW_LIST[1]!.id },
    ]);
    menuItem(fake, 'View', 'Toggle Dark Theme').click!();
    expect(win!.webContents.sent.at(-1)).toEqual(['quadrant:event', { type: 'menu', command: 'toggle-theme' }]);
    menuItem(fake, 'View', 'KPI Library…').click!();
    expect(win!.webContents.sent.at(-1)).toEqual(['quadrant:event', { type: 'menu', command: 'kpi-library' }]);
    expect(other!.webContents.sent.length).toBe(sentBefore);

    // The page answers Undo with history.undo over IPC, served by this window's own document.
    const wc = win!.webContents;
    await invoke(fake, wc, 'scorecard.update', { id: 1, mission: 'Plan 2027, in one page' });
    expect(await invoke(fake, wc, 'history.undo', {})).toMatchObject({
      ok: true,
      value: { undone: 'Edit scorecard “Plan 2027”' },
    });
    expect(await invoke(fake, other!.webContents, 'history.state', {})).toMatchObject({ value: { canUndo: false } });
  });

  it('reopens the open documents on the next start', async () => {
    fake.app.emit('before-quit');
    for (const w of fake.windows()) w.close();
    const state = JSON.parse(readFileSync(join(scratch, 'appData', 'Quadrant', 'state.json'), 'utf8')) as {
      windows: { path: string; bounds: unknown }[];
    };
    expect(state.windows.map((w) => w.path)).toEqual([sample, join(documents, 'Plan 2027 final.scorecard')]);
    expect(state.windows.map((w) => w.bounds)).toEqual([
      { x: 10, y: 20, width: 1200, height: 800 },
      { x: 10, y: 20, width: 1200, height: 800 },
    ]);

    const next = createFakeElectron(paths());
    await start(next);
    await until(() => next.windows().length === 2, 'both windows');
    expect(next.windows().map((w) => w.getTitle())).toEqual([
      'Harbour & Ember (sample) — Quadrant',
      'Plan 2027 final — Quadrant',
    ]);
    // Where and how big each window was.
    expect(next.windows()[0]!.options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800 });

    // A second launch with a file hands it to this instance.
    next.app.emit('second-instance', {}, ['electron', '.', join(documents, 'Plan 2027.scorecard')], scratch);
    await until(() => next.windows().length === 3 && next.windows()[2]!.visible, 'the third window');
    expect(next.windows()[2]!.getTitle()).toBe('Plan 2027 — Quadrant');
    next.app.emit('before-quit');
    for (const w of next.windows()) w.close();
  });
});
