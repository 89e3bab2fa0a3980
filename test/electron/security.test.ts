/**
 * The built app keeps the renderer powerless: checked on out/ as text, so it runs without the
 * Electron binary. The last block feeds each check a bad sample to prove it can fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, readBuilt, root } from './built';
import {
  checkBrowserWindows,
  checkCsp,
  checkExternalLinks,
  checkGuards,
  checkNoHtmlSinks,
  checkNoRemoteLoads,
  checkPreload,
  checkPreloads,
  checkSingleInstance,
} from './security-checks';

describe('the built Electron app', () => {
  let main = '';
  let preload = '';
  let html = '';
  beforeAll(() => {
    ensureBuilt();
    main = readBuilt('main');
    preload = readBuilt('preload');
    html = readBuilt('renderer');
  });

  it('opens windows that are isolated, sandboxed, without Node and with web security', () => {
    expect(checkBrowserWindows(main)).toEqual([]);
  });

  it('refuses navigation, new windows and permission requests, and filters requests', () => {
    expect(checkGuards(main)).toEqual([]);
  });

  it('loads only its own renderer, never a remote URL', () => {
    expect(checkNoRemoteLoads(main)).toEqual([]);
  });

  it('exposes only invoke() from the preload', () => {
    expect(checkPreload(preload)).toEqual([]);
  });

  it('gives the preload to document windows only, not to the hidden window that prints the report', () => {
    expect(checkPreloads(main)).toEqual([]);
  });

  it("serves the renderer with a CSP of default-src 'self' and no 'unsafe-eval'", () => {
    expect(checkCsp(html)).toEqual([]);
    // Every other page of the renderer too (the print view of the PDF report).
    const pages = readdirSync(join(root, 'out', 'renderer')).filter((f) => f.endsWith('.html'));
    for (const page of pages)
      expect(checkCsp(readFileSync(join(root, 'out', 'renderer', page), 'utf8')), page).toEqual([]);
  });

  it('runs as a single instance that takes over the files of a second launch', () => {
    expect(checkSingleInstance(main)).toEqual([]);
    expect(checkSingleInstance(main.replace('requestSingleInstanceLock()', 'requestSingleInstance()'))).not.toEqual([]);
    expect(checkSingleInstance(main.replace(/"second-instance"/g, '"other"'))).not.toEqual([]);
  });

  it('renders text as text: no page source hands a string to the HTML parser or to eval', () => {
    const files = ['src/renderer', 'src/shared']
      .flatMap((dir) =>
        readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(root, dir, f)),
      )
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => ({ path: relative(root, f), text: readFileSync(f, 'utf8') }));
    expect(files.length).toBeGreaterThan(50);
    expect(checkNoHtmlSinks(files)).toEqual([]);
    for (const bad of ['<p dangerouslySetInnerHTML={{ __html: note.body }} />', 'el.innerHTML = name;', 'eval(code)']) {
      expect(checkNoHtmlSinks([{ path: 'x.tsx', text: bad }])).not.toEqual([]);
    }
  });

  it('opens links in the system browser only for http(s), after asking', () => {
    expect(main).toMatch(/\bshell\.openExternal\s*\(/);
    expect(checkExternalLinks(main)).toEqual([]);
    expect(preload).not.toMatch(/openExternal/);
  });
});

describe('the security checks themselves', () => {
  const goodWindow = `new BrowserWindow({ width: 1, webPreferences: { preload: p, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true } })`;

  it('accept a hardened window and reject weakened ones', () => {
    expect(checkBrowserWindows(`${goodWindow}; win.loadFile(f)`)).toEqual([]);
    expect(checkBrowserWindows(goodWindow.replace('contextIsolation: true', 'contextIsolation: false'))).not.toEqual(
      [],
    );
    expect(checkBrowserWindows(goodWindow.replace('sandbox: true', 'sandbox: false'))).not.toEqual([]);
    expect(checkBrowserWindows(goodWindow.replace('nodeIntegration: false', 'nodeIntegration: true'))).not.toEqual([]);
    expect(checkBrowserWindows(goodWindow.replace('webSecurity: true', 'webSecurity: false'))).not.toEqual([]);
    expect(checkBrowserWindows(goodWindow.replace('webPreferences: {', 'webPreferences: { ...unsafe,'))).not.toEqual(
      [],
    );
    expect(checkBrowserWindows('new BrowserWindow(options)')).not.toEqual([]);
    expect(checkBrowserWindows('const x = 1')).not.toEqual([]);
  });

  it('reject missing or permissive guards', () => {
    const good = [
      `c.on("will-navigate", (e) => { e.preventDefault(); });`,
      `c.setWindowOpenHandler(() => ({ action: "deny" }));`,
      `s.setPermissionRequestHandler((_w, _p, cb) => cb(false));`,
      `s.setPermissionCheckHandler(() => false);`,
      `s.webRequest.onBeforeRequest((d, cb) => cb({ cancel: true }));`,
      `ipcMain.handle("quadrant:invoke", (event) => event.senderFrame);`,
    ];
    expect(checkGuards(good.join('\n'))).toEqual([]);
    expect(checkGuards(good.filter((l) => !l.includes('will-navigate')).join('\n'))).not.toEqual([]);
    expect(checkGuards(good.join('\n').replace('e.preventDefault();', ''))).not.toEqual([]);
    expect(checkGuards(good.join('\n').replace('"deny"', '"allow"'))).not.toEqual([]);
    expect(checkGuards(good.join('\n').replace('cb(false)', 'cb(true)'))).not.toEqual([]);
    expect(checkGuards(good.filter((l) => !l.includes('setPermissionRequestHandler')).join('\n'))).not.toEqual([]);
    expect(checkGuards(`${good.join('\n')}\nipcMain.handle("fs:read", () => 1);`)).not.toEqual([]);
  });

  it('reject remote loads', () => {
    expect(checkNoRemoteLoads('win.loadFile(rendererFile)')).toEqual([]);
    expect(checkNoRemoteLoads('win.loadFile(f); win.loadURL("https://example.com")')).not.toEqual([]);
    expect(checkNoRemoteLoads('win.loadURL(`http://evil.test/${x}`)')).not.toEqual([]);
    expect(
      checkNoRemoteLoads('win.loadFile(f); const u = process.env["ELECTRON_RENDERER_URL"]; win.loadURL(u)'),
    ).not.toEqual([]);
    const gated = (test: string) => `win.loadFile(f); if (${test}) return; const u = process.env["ELECTRON_RENDERER_URL"];`;
    expect(checkNoRemoteLoads(gated('app.isPackaged || process.env["QUADRANT_DEV"] !== "1"'))).toEqual([]);
    expect(checkNoRemoteLoads(gated('app.isPackaged'))).not.toEqual([]);
  });

  it('reject a preload in the print window, or a document window without one', () => {
    const win = (prefs: string) => `new BrowserWindow({ webPreferences: { ${prefs}sandbox: true } })`;
    const print = (prefs: string) => `async function p() { const w = ${win(prefs)}; await w.webContents.printToPDF({}); }`;
    expect(checkPreloads(`${win('preload: f, ')}; ${print('')}`)).toEqual([]);
    expect(checkPreloads(`${win('preload: f, ')}; ${print('preload: f, ')}`)).not.toEqual([]);
    expect(checkPreloads(`${win('')}; ${print('')}`)).not.toEqual([]);
    expect(checkPreloads(win('preload: f, '))).not.toEqual([]);
  });

  it('reject a preload that exposes more than invoke', () => {
    const good = `const invoke = (m, i) => electron.ipcRenderer.invoke("quadrant:invoke", m, i);\nelectron.contextBridge.exposeInMainWorld("quadrant", { invoke });`;
    expect(checkPreload(good)).toEqual([]);
    expect(checkPreload(good.replace('{ invoke }', '{ invoke, ipcRenderer: electron.ipcRenderer }'))).not.toEqual([]);
    expect(
      checkPreload(good.replace('{ invoke }', '{ invoke, send(c, d) { electron.ipcRenderer.send(c, d); } }')),
    ).not.toEqual([]);
    expect(checkPreload(`${good}\nelectron.contextBridge.exposeInMainWorld("fs", { read });`)).not.toEqual([]);
    expect(checkPreload(good.replace('"quadrant", { invoke }', '"quadrant", api'))).not.toEqual([]);
  });

  it('reject a link opened without asking, or not limited to http(s)', () => {
    const guard = `function webUrl(t) { const u = new URL(t); return u.protocol === "https:" || u.protocol === "http:" ? u : null; }`;
    const open = (body: string) => `${guard}\nasync function openLink(w, input) { ${body} }`;
    const asked = `const url = webUrl(input.url); if (!url) return; const { response } = await dialog.showMessageBox(w, {}); if (response !== 0) return;`;
    expect(checkExternalLinks(open(`${asked} await shell.openExternal(url.href);`))).toEqual([]);
    expect(checkExternalLinks(open('const url = webUrl(input.url); await shell.openExternal(url.href);'))).not.toEqual(
      [],
    );
    expect(
      checkExternalLinks(open('await dialog.showMessageBox(w, {}); await shell.openExternal(input.url);')),
    ).not.toEqual([]);
    const loose = open(`${asked} await shell.openExternal(url.href);`).replace('"http:"', '"file:"');
    expect(checkExternalLinks(loose)).not.toEqual([]);
    const negated = open(`${asked} await shell.openExternal(url.href);`).replace(
      'u.protocol === "http:"',
      'u.protocol !== "javascript:"',
    );
    expect(checkExternalLinks(negated)).not.toEqual([]);
  });

  it('reject a missing or permissive CSP', () => {
    const meta = (policy: string) => `<head><meta http-equiv="Content-Security-Policy" content="${policy}"></head>`;
    expect(checkCsp(meta("default-src 'self'; style-src 'self' 'unsafe-inline'"))).toEqual([]);
    expect(checkCsp('<head><title>x</title></head>')).not.toEqual([]);
    expect(checkCsp(meta("default-src 'self'; script-src 'self' 'unsafe-eval'"))).not.toEqual([]);
    expect(checkCsp(meta("script-src 'self'"))).not.toEqual([]);
    expect(checkCsp(meta("default-src 'self' https://cdn.example.com"))).not.toEqual([]);
  });
});
