/**
 * The GUI binary's two ways in that are not a person opening the app: the print job `quadrant report` hands over
 * (--print-report=<job>), and the development switches. Run in the real shell against a fake Electron.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReportData } from '../../src/shared/report';
import { dispatchSync } from '../../src/main/core/dispatch';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { writePrintJob } from '../../src/main/core/print-job-file';
import { Session } from '../../src/main/core/session';
import { createFakeElectron, type FakeElectron } from './fake-electron';
import { startShell, until } from './harness';

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

const scratch = mkdtempSync(join(tmpdir(), 'quadrant-print-job-test-'));
const made: string[] = [];
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

let data: ReportData;
beforeAll(() => {
  const path = join(scratch, 'sample.scorecard');
  writeSampleDocument(path);
  const session = new Session({ mode: 'cli' });
  dispatchSync(session, 'document.open', { path });
  const result = dispatchSync(session, 'report.data', { scorecardIds: [1], period: '2026-Q3' });
  session.close();
  if (!result.ok) throw new Error(result.error.message);
  data = result.value as ReportData;
});

let run = 0;
function newFake(): FakeElectron {
  const home = join(scratch, `run-${++run}`);
  return createFakeElectron({ appData: join(home, 'appData'), documents: join(home, 'Documents'), userData: '' });
}

/** Starts the binary as the CLI does; resolves with its exit code. */
async function print(job: string, env: Record<string, string> = {}): Promise<{ code: number; fake: FakeElectron }> {
  const fake = newFake();
  await startShell(holder, fake, { argv: ['electron', 'out/main/index.js', `--print-report=${job}`], env, expectWindows: false });
  await until(() => fake.app.exitCode !== undefined, 'the print job to end');
  return { code: fake.app.exitCode!, fake };
}

function job(edit: (job: { data: unknown; out: string }, folder: string) => void = () => undefined) {
  const files = writePrintJob(data);
  made.push(files.folder);
  const content = JSON.parse(readFileSync(files.job, 'utf8')) as { data: unknown; out: string };
  edit(content, files.folder);
  writeFileSync(files.job, JSON.stringify(content));
  return files;
}

describe('a print job from quadrant report', () => {
  it('prints a job as the CLI hands it over, with the built print view and no preload, even with dev switches set', async () => {
    const files = job();
    const { code, fake } = await print(files.job, { QUADRANT_DEV: '1', ELECTRON_RENDERER_URL: 'http://localhost:5173/' });
    expect(code).toBe(0);
    expect(readFileSync(files.out, 'latin1')).toMatch(/^%PDF-/);
    const [printWindow] = fake.allWindows();
    expect(fake.allWindows()).toHaveLength(1);
    expect((printWindow!.options['webPreferences'] as Record<string, unknown>)['preload']).toBeUndefined();
    expect(printWindow!.webContents.mainFrame.url).toMatch(/^file:.*report\.html$/);
  });

  it('refuses a job that writes anywhere but report.pdf beside it, and touches nothing', async () => {
    const notes = join(scratch, 'notes.txt');
    writeFileSync(notes, 'Keep me.\n');
    const existing = job();
    writeFileSync(existing.out, 'not a PDF');
    const cases: [string, string][] = [
      [job((j) => (j.out = notes)).job, 'a text file elsewhere'],
      [job((j, folder) => (j.out = join(folder, 'other.pdf'))).job, 'another name'],
      [job((j, folder) => (j.out = join(folder, 'report.txt'))).job, 'not a .pdf'],
      [existing.job, 'over an existing file'],
    ];
    for (const [file, what] of cases) expect((await print(file)).code, what).toBe(1);
    expect(readFileSync(notes, 'utf8')).toBe('Keep me.\n');
    expect(readFileSync(existing.out, 'utf8')).toBe('not a PDF');
  });

  it('refuses a job of another shape, or one not in a private folder the CLI made', async () => {
    const stray = join(scratch, 'stray');
    mkdirSync(stray);
    writeFileSync(join(stray, 'job.json'), JSON.stringify({ data, out: join(stray, 'report.pdf') }));
    const open = job();
    chmodSync(open.folder, 0o755);
    const cases: [string, string][] = [
      [job((j) => ((j.data as { options: unknown }).options = { pageSize: 'A0' })).job, 'bad options'],
      [job((j) => Object.assign(j, { extra: 1 })).job, 'an extra key'],
      [job((j) => ((j.data as { scorecards: unknown }).scorecards = [])).job, 'no scorecards'],
      [join(stray, 'job.json'), 'a folder of its own making'],
      ['job.json', 'a relative path'],
      [join(scratch, 'missing', 'job.json'), 'a missing file'],
    ];
    if (process.platform !== 'win32') cases.push([open.job, 'a folder others can enter']);
    for (const [file, what] of cases) expect((await print(file)).code, what).toBe(1);
    expect(existsSync(join(stray, 'report.pdf'))).toBe(false);
    expect(existsSync(open.out)).toBe(false);
  });

  it('is no print job in a packaged app: the app starts as usual and prints nothing', async () => {
    const files = job();
    const fake = newFake();
    fake.app.isPackaged = true;
    await startShell(holder, fake, { argv: ['Quadrant', `--print-report=${files.job}`] });
    expect(fake.app.exitCode).toBeUndefined();
    expect(fake.windows()).toHaveLength(1);
    expect(existsSync(files.out)).toBe(false);
    fake.app.emit('before-quit');
    for (const w of fake.windows()) w.close();
  });
});

describe('development switches', () => {
  const devServer = 'http://localhost:5173/';
  async function windowWith(packaged: boolean, env: Record<string, string>) {
    const fake = newFake();
    fake.app.isPackaged = packaged;
    await startShell(holder, fake, { argv: packaged ? ['Quadrant'] : ['electron', '.'], env });
    const win = fake.windows()[0]!;
    const shown = { url: win.webContents.mainFrame.url, devTools: (win.options['webPreferences'] as { devTools: boolean }).devTools };
    fake.app.emit('before-quit');
    for (const w of fake.windows()) w.close();
    return shown;
  }

  it('load the dev server only in npm run dev: not packaged, and QUADRANT_DEV=1 set by our script', async () => {
    expect(await windowWith(false, { ELECTRON_RENDERER_URL: devServer, QUADRANT_DEV: '1' })).toEqual({ url: devServer, devTools: true });
  });

  it('are ignored when only ELECTRON_RENDERER_URL is set, and always in a packaged app', async () => {
    for (const [packaged, env] of [
      [false, { ELECTRON_RENDERER_URL: devServer }],
      [true, { ELECTRON_RENDERER_URL: devServer, QUADRANT_DEV: '1' }],
      [true, { QUADRANT_DEV: '1' }],
    ] as const) {
      const shown = await windowWith(packaged, env);
      expect(shown.url, JSON.stringify({ packaged, env })).toMatch(/^file:.*index\.html$/);
      expect(shown.devTools, JSON.stringify({ packaged, env })).toBe(false);
    }
    // Even in development, only a dev server on this machine.
    const remote = await windowWith(false, { ELECTRON_RENDERER_URL: 'http://evil.example/', QUADRANT_DEV: '1' });
    expect(remote.url).toMatch(/^file:.*index\.html$/);
  });
});
