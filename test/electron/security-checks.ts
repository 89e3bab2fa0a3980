/**
 * Static checks of the built app (out/), as text. Each returns the problems it found, so the
 * test can both assert a clean build and prove, on bad samples, that the checks do fail.
 */

/** The index just past the bracket that closes the one at `open`, skipping strings and comments. */
function matchBracket(src: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < src.length; i++) {
    const c = src[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      i = src.indexOf('\n', i);
      if (i < 0) return src.length;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      i = src.indexOf('*/', i + 2) + 1;
      if (i <= 0) return src.length;
      continue;
    }
    if (pairs[c]) stack.push(pairs[c]!);
    else if (c === ')' || c === '}' || c === ']') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i + 1;
    }
  }
  return -1;
}

/** The argument text of every call whose callee text ends with `callee` (e.g. 'new BrowserWindow'). */
export function callArguments(src: string, callee: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`${callee.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\(`, 'g');
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const open = m.index + m[0].length - 1;
    const end = matchBracket(src, open);
    if (end > 0) out.push(src.slice(open + 1, end - 1));
  }
  return out;
}

/** The `{...}` literal that follows `key:` in `src`, or undefined when the value is not a literal. */
export function objectAfterKey(src: string, key: string): string | undefined {
  const m = new RegExp(`\\b${key}\\s*:\\s*\\{`).exec(src);
  if (!m) return undefined;
  const open = m.index + m[0].length - 1;
  const end = matchBracket(src, open);
  return end > 0 ? src.slice(open, end) : undefined;
}

/** Property names at the top level of an object literal `{ a: 1, b, c() {} }`. */
export function topLevelKeys(objectLiteral: string): string[] {
  const body = objectLiteral.trim().replace(/^\{/, '').replace(/\}$/, '');
  const keys: string[] = [];
  let depth = 0;
  let start = 0;
  const parts: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < body.length && body[i] !== c; i++) if (body[i] === '\\') i++;
    } else if ('({['.includes(c)) depth++;
    else if (')}]'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  for (const part of parts) {
    const p = part.trim();
    if (!p) continue;
    if (p.startsWith('...')) keys.push(p);
    else {
      const m = /^(?:async\s+)?(?:get\s+|set\s+)?["']?([\w$]+)["']?/.exec(p);
      keys.push(m ? m[1]! : p);
    }
  }
  return keys;
}

const has = (src: string, re: RegExp) => re.test(src);

/** Every BrowserWindow is isolated, sandboxed, without Node, with web security on. */
export function checkBrowserWindows(mainJs: string): string[] {
  const problems: string[] = [];
  const calls = callArguments(mainJs, 'new BrowserWindow');
  if (calls.length === 0) problems.push('no `new BrowserWindow(...)` call found');
  calls.forEach((args, i) => {
    const prefs = objectAfterKey(args, 'webPreferences');
    const where = `BrowserWindow #${i + 1}`;
    if (!prefs) {
      problems.push(`${where}: webPreferences is not written out as an object literal`);
      return;
    }
    if (topLevelKeys(prefs).some((k) => k.startsWith('...')))
      problems.push(`${where}: webPreferences spreads another object, which could override the checked values`);
    if (!has(prefs, /\bcontextIsolation\s*:\s*true\b/)) problems.push(`${where}: contextIsolation is not true`);
    if (!has(prefs, /\bsandbox\s*:\s*true\b/)) problems.push(`${where}: sandbox is not true`);
    if (!has(prefs, /\bnodeIntegration\s*:\s*false\b/)) problems.push(`${where}: nodeIntegration is not false`);
  });
  const insecure: [RegExp, string][] = [
    [/\bwebSecurity\s*:\s*(false|!0|!1|0)\b/, 'webSecurity is disabled'],
    [/\bcontextIsolation\s*:\s*false\b/, 'contextIsolation: false appears'],
    [/\bsandbox\s*:\s*false\b/, 'sandbox: false appears'],
    [/\bnodeIntegration(InWorker|InSubFrames)?\s*:\s*true\b/, 'Node integration is enabled somewhere'],
    [/\ballowRunningInsecureContent\s*:\s*true\b/, 'allowRunningInsecureContent: true appears'],
    [/\bexperimentalFeatures\s*:\s*true\b/, 'experimentalFeatures: true appears'],
    [/\benableBlinkFeatures\s*:/, 'enableBlinkFeatures is set'],
    [/\bwebviewTag\s*:\s*true\b/, 'webviewTag: true appears'],
  ];
  for (const [re, message] of insecure) if (re.test(mainJs)) problems.push(message);
  return problems;
}

/**
 * Document windows get the preload (their one `invoke`); the hidden window that prints the report (the window
 * made in the function that calls printToPDF) gets none: its page receives the data and never calls back.
 */
export function checkPreloads(mainJs: string): string[] {
  const problems: string[] = [];
  const windows = [...mainJs.matchAll(/new\s+BrowserWindow\s*\(/g)].map((m) => m.index);
  const printWindows = new Set<number>();
  for (const m of mainJs.matchAll(/\.printToPDF\s*\(/g)) {
    const before = windows.filter((i) => i < m.index);
    if (before.length === 0) problems.push('printToPDF is called without a window made before it');
    else printWindows.add(before[before.length - 1]!);
  }
  if (printWindows.size === 0) problems.push('no window prints the report with printToPDF');
  windows.forEach((index, i) => {
    const [args = ''] = callArguments(mainJs.slice(index), 'new BrowserWindow');
    const preload = /\bpreload\s*:/.test(objectAfterKey(args, 'webPreferences') ?? '');
    if (printWindows.has(index) && preload) problems.push(`BrowserWindow #${i + 1} prints the report but has a preload`);
    if (!printWindows.has(index) && !preload) problems.push(`BrowserWindow #${i + 1}: no preload`);
  });
  return problems;
}

/** Navigation and new windows are refused, permission requests denied, requests filtered. */
export function checkGuards(mainJs: string): string[] {
  const problems: string[] = [];
  const navigate = callArguments(mainJs, '.on').filter((a) => /^\s*["']will-navigate["']/.test(a));
  if (navigate.length === 0) problems.push('no will-navigate handler');
  else if (!navigate.every((a) => /\.preventDefault\(\)/.test(a)))
    problems.push('a will-navigate handler does not call preventDefault()');

  const openHandlers = callArguments(mainJs, '.setWindowOpenHandler');
  if (openHandlers.length === 0) problems.push('no setWindowOpenHandler');
  else if (!openHandlers.every((a) => /action\s*:\s*["']deny["']/.test(a) && !/["']allow["']/.test(a)))
    problems.push('a window-open handler does not deny');

  const permission = callArguments(mainJs, '.setPermissionRequestHandler');
  if (permission.length === 0) problems.push('no setPermissionRequestHandler');
  else if (!permission.every((a) => /\(\s*false\s*\)/.test(a) && !/\(\s*true\s*\)/.test(a)))
    problems.push('a permission request handler may grant permissions');

  if (callArguments(mainJs, '.setPermissionCheckHandler').some((a) => /=>\s*true\b/.test(a)))
    problems.push('a permission check handler grants permissions');
  if (callArguments(mainJs, '.onBeforeRequest').length === 0)
    problems.push('no webRequest.onBeforeRequest filter for non-file URLs');

  const ipc = callArguments(mainJs, 'ipcMain.handle');
  if (ipc.length !== 1) problems.push(`expected exactly one ipcMain.handle, found ${ipc.length}`);
  else {
    const channel = ipc[0]!.split(',')[0]!.trim();
    const isInvoke =
      /^["']quadrant:invoke["']$/.test(channel) ||
      (/^[\w$]+$/.test(channel) &&
        new RegExp(`\\b${channel.replace(/\$/g, '\\$')}\\s*=\\s*["']quadrant:invoke["']`).test(mainJs));
    if (!isInvoke) problems.push(`ipcMain.handle serves ${channel}, not quadrant:invoke`);
  }
  if (!/\.senderFrame\b/.test(mainJs)) problems.push('IPC does not check event.senderFrame');
  if (callArguments(mainJs, 'ipcMain.on').length > 0)
    problems.push('ipcMain.on listeners exist beside the one invoke channel');
  return problems;
}

const URL_LITERAL = /["'`]\s*(https?|wss?|ftp):\/\//i;

/** Main loads only the built renderer file, or the dev server when not packaged; never a remote page. */
export function checkNoRemoteLoads(mainJs: string): string[] {
  const problems: string[] = [];
  if (callArguments(mainJs, '.loadFile').length === 0)
    problems.push('main never calls loadFile for the built renderer');
  for (const callee of [
    '.loadURL',
    'shell.openExternal',
    'net.request',
    'fetch',
    'http.get',
    'https.get',
    'http.request',
    'https.request',
  ]) {
    for (const args of callArguments(mainJs, callee)) {
      if (URL_LITERAL.test(args)) problems.push(`${callee}(${args.trim().slice(0, 80)}) loads a remote URL`);
    }
  }
  const devUrl = [...mainJs.matchAll(/ELECTRON_RENDERER_URL/g)];
  for (const m of devUrl) {
    const before = mainJs.slice(Math.max(0, m.index - 400), m.index);
    if (!/isPackaged/.test(before))
      problems.push('ELECTRON_RENDERER_URL is read without first refusing it in a packaged app');
    if (!/QUADRANT_DEV/.test(before))
      problems.push('ELECTRON_RENDERER_URL is read without first requiring QUADRANT_DEV (set only by npm run dev)');
  }
  return problems;
}

/** The preload exposes one object with one member, `invoke`, over the one channel. */
export function checkPreload(preloadJs: string): string[] {
  const problems: string[] = [];
  if (/exposeInIsolatedWorld/.test(preloadJs)) problems.push('preload uses exposeInIsolatedWorld');
  const exposed = callArguments(preloadJs, 'exposeInMainWorld');
  if (exposed.length !== 1) {
    problems.push(`expected one exposeInMainWorld call, found ${exposed.length}`);
    return problems;
  }
  const args = exposed[0]!;
  const comma = args.indexOf(',');
  const name = args.slice(0, comma).trim();
  if (!/^["']quadrant["']$/.test(name)) problems.push(`exposed under ${name}, not "quadrant"`);
  const value = args.slice(comma + 1).trim();
  if (!value.startsWith('{')) problems.push('the exposed value is not an object literal');
  else {
    const keys = topLevelKeys(value);
    if (keys.length !== 1 || keys[0] !== 'invoke')
      problems.push(`exposes [${keys.join(', ')}], expected only [invoke]`);
  }
  if (!/ipcRenderer\.invoke\(\s*["']quadrant:invoke["']/.test(preloadJs))
    problems.push('invoke does not use the quadrant:invoke channel');
  return problems;
}

/** The renderer page declares a CSP: default-src 'self', and never 'unsafe-eval'. */
export function checkCsp(html: string): string[] {
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((m) => /http-equiv\s*=\s*["']?Content-Security-Policy/i.test(m));
  if (metas.length === 0) return ['out/renderer/index.html has no Content-Security-Policy meta tag'];
  const problems: string[] = [];
  for (const meta of metas) {
    const content = /content\s*=\s*("([^"]*)"|'([^']*)')/i.exec(meta);
    const policy = content ? (content[2] ?? content[3] ?? '') : '';
    const directives = policy.split(';').map((d) => d.trim().split(/\s+/));
    const defaultSrc = directives.find((d) => d[0]?.toLowerCase() === 'default-src');
    if (!defaultSrc || !defaultSrc.slice(1).includes("'self'"))
      problems.push(`CSP has no default-src 'self': ${policy}`);
    else if (defaultSrc.slice(1).some((s) => s === '*' || /^https?:/i.test(s)))
      problems.push(`CSP default-src allows remote sources: ${policy}`);
    if (/'unsafe-eval'/i.test(policy)) problems.push(`CSP allows 'unsafe-eval': ${policy}`);
  }
  return problems;
}

/** The text of `function name(...) {...}` in src, or undefined. */
function functionText(src: string, name: string): string | undefined {
  const m = new RegExp(`function\\s+${name.replace(/\$/g, '\\$')}\\s*\\(`).exec(src);
  if (!m) return undefined;
  const open = src.indexOf('{', m.index + m[0].length);
  const end = open > 0 ? matchBracket(src, open) : -1;
  return end > 0 ? src.slice(m.index, end) : undefined;
}

/**
 * shell.openExternal only after the user confirmed in a native dialog, and only for a URL that went through a
 * check letting http: and https: through and nothing else.
 */
export function checkExternalLinks(mainJs: string): string[] {
  const problems: string[] = [];
  for (const m of mainJs.matchAll(/\bshell\.openExternal\s*\(/g)) {
    const start = mainJs.lastIndexOf('function ', m.index);
    const before = mainJs.slice(start, m.index);
    const name = /function\s+([\w$]+)/.exec(before)?.[1] ?? '?';
    if (!/\.showMessageBox\s*\(/.test(before))
      problems.push(`${name}: shell.openExternal without asking the user first`);
    else if (!/\bresponse\b/.test(before)) problems.push(`${name}: shell.openExternal whatever the user answered`);
    const guards = [...before.matchAll(/([\w$]+)\s*\(/g)]
      .map((c) => functionText(mainJs, c[1]!))
      .filter((text): text is string => text !== undefined && /\.protocol\b/.test(text));
    const webOnly = guards.some((g) => {
      const allowed = [...g.matchAll(/protocol\s*===\s*["']([a-z-]+:)["']/g)].map((p) => p[1]);
      return (
        allowed.includes('https:') && allowed.every((p) => p === 'https:' || p === 'http:') && !/protocol\s*!==/.test(g)
      );
    });
    if (!webOnly) problems.push(`${name}: the URL is not checked to be http(s) only before shell.openExternal`);
  }
  return problems;
}

/** One running Quadrant: a second launch hands its files to the first and quits. */
export function checkSingleInstance(mainJs: string): string[] {
  const m = /if\s*\(\s*!\s*[\w$.]*requestSingleInstanceLock\(\)\s*\)\s*\{([^}]*)\}/.exec(mainJs);
  if (!m) return ['the app does not take the single-instance lock (and quit without it)'];
  if (!/\.quit\(\)/.test(m[1]!)) return ['without the single-instance lock the app does not quit'];
  return /["']second-instance["']/.test(mainJs)
    ? []
    : ['no second-instance handler takes the files of a second launch'];
}

const HTML_SINKS: [RegExp, string][] = [
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
  [/\.(inner|outer)HTML\s*=/, 'an innerHTML/outerHTML assignment'],
  [/\binsertAdjacentHTML\s*\(/, 'insertAdjacentHTML'],
  [/\bdocument\.write(ln)?\s*\(/, 'document.write'],
  [/\bcreateContextualFragment\s*\(/, 'createContextualFragment'],
  [/\bnew\s+Function\s*\(|\beval\s*\(/, 'eval or new Function'],
];

/** Text is rendered as text: no source file of the page hands a string to the HTML parser or to eval. */
export function checkNoHtmlSinks(files: readonly { path: string; text: string }[]): string[] {
  const problems: string[] = [];
  for (const f of files) for (const [re, what] of HTML_SINKS) if (re.test(f.text)) problems.push(`${f.path}: ${what}`);
  return problems;
}
