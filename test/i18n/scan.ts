/**
 * Finds words in src/renderer that a person would read but that are not in the catalogue: text between JSX tags,
 * strings in attributes a person reads or hears (aria-label, title, placeholder, alt, …) and strings elsewhere that
 * read like prose (two words, or a capitalised word). What is not prose — class names, keys, method names, CSS,
 * comparisons, types — passes. A string that looks like prose but is not for people carries a comment on its line or
 * the line above: `// i18n-ignore: <why>`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Attributes and props whose string a person reads or hears. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'description',
  'hint',
  'message',
  'heading',
  'caption',
  'summary',
  'emptyText',
  'confirmLabel',
  'submitLabel',
  'cancelLabel',
  'legend',
  'tooltip',
  'text',
]);

/** Attributes that are never read: identifiers, styling, wiring. */
const CODE_ATTRIBUTES =
  /^(className|class|style|key|id|role|type|name|htmlFor|lang|dir|method|rel|target|href|src|viewBox|d|fill|stroke|transform|points|xmlns|as|variant|size|tone|kind|mode|autoComplete|inputMode|pattern|form|accept|data-.*|aria-(labelledby|describedby|controls|owns|activedescendant|live|relevant|haspopup|current|sort|autocomplete|orientation|checked|selected|expanded|pressed|hidden|modal|busy|invalid|disabled|readonly|required|level|posinset|setsize|colindex|rowindex|colcount|rowcount|valuemin|valuemax|valuenow|keyshortcuts)|on[A-Z].*|ref|tabIndex|testId|icon|view|command|shortcut|accelerator|dateTime)$/;

/** Calls whose string arguments are not for people. */
const CODE_CALLS = new Set([
  't',
  'i18nKey',
  'useTranslation',
  'querySelector',
  'querySelectorAll',
  'closest',
  'matches',
  'addEventListener',
  'removeEventListener',
  'dispatchEvent',
  'matchMedia',
  'getItem',
  'setItem',
  'removeItem',
  'getElementById',
  'createElement',
  'createElementNS',
  'setAttribute',
  'getAttribute',
  'removeAttribute',
  'hasAttribute',
  'setProperty',
  'getPropertyValue',
  'api',
  'call',
  'invoke',
  'debug',
  'log',
  'warn',
  'error',
  'info',
  'require',
  'import',
  'postMessage',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
  'DateTimeFormat',
  'NumberFormat',
  'Intl',
  'RegExp',
  'split',
  'join',
  'replace',
  'replaceAll',
  'startsWith',
  'endsWith',
  'includes',
  'indexOf',
  'has',
  'get',
  'set',
  'send',
]);

/** Object properties whose string values are not for people. */
const CODE_PROPERTIES =
  /^(className|class|style|key|id|role|type|kind|name|method|variant|tone|icon|view|command|testId|fontFamily|font|fontWeight|color|background|backgroundColor|border.*|padding|margin|width|height|transition|animation|transform|boxShadow|outline|grid.*|display|position|cursor|overflow.*|whiteSpace|textAlign|align.*|justify.*|flex.*|shape|symbol|lineStyle|areaStyle|itemStyle|type|trigger|orient|left|right|top|bottom|formatter|accelerator|shortcut|path|mime|extension|ext)$/;

/** Key names and other single capitalised words that are code, compared or sent, never shown. */
const CODE_WORDS = new Set([
  'Escape',
  'Enter',
  'Tab',
  'Delete',
  'Backspace',
  'Home',
  'End',
  'Space',
  'Shift',
  'Control',
  'Alt',
  'Meta',
  'Insert',
  'Infinity',
  'NaN',
  'Inter',
  'Content-Type',
  'Authorization',
  'Bearer',
  'Quadrant',
]);

const PROSE_TWO_WORDS = /\p{L}{2,}[ \u00a0]+[\p{L}“"'‘(]{1,}\p{L}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+/u;
const CSS_LIKE =
  /(var\(--|\d(px|rem|em|ms|s|%)\b|rgba?\(|calc\(|solid|dashed|dotted|ease|cubic-bezier|sans-serif|monospace|!important|;\s*$|^[.#][\w-]+[ >:[])/;
const LETTER = /\p{L}/u;

function isProse(text: string): boolean {
  const s = text.trim();
  if (!LETTER.test(s)) return false;
  if (CSS_LIKE.test(s)) return false;
  if (/^[\w.-]+$/.test(s) && !CAPITALISED.test(s)) return false; // an identifier, a key, a method name
  if (/^[a-z][\w-]*( [a-z][\w-]*)*$/.test(s) && !/[ ]/.test(s)) return false;
  // Space-separated lowercase tokens with hyphens or digits are class lists ("grid-cell is-open").
  if (/^[a-z0-9-]+( [a-z0-9-]+)+$/.test(s) && /-/.test(s)) return false;
  if (CODE_WORDS.has(s)) return false;
  return PROSE_TWO_WORDS.test(s) || CAPITALISED.test(s);
}

function callName(node: ts.CallExpression | ts.NewExpression): string {
  const e = node.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return '';
}

function ignoredByComment(source: ts.SourceFile, node: ts.Node, lines: string[]): boolean {
  const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
  const endLine = source.getLineAndCharacterOfPosition(node.getEnd()).line;
  for (let l = Math.max(0, line - 1); l <= endLine; l++) if (lines[l]?.includes('i18n-ignore')) return true;
  return false;
}

/** Why a string literal at this place is code, or null when its place says nothing. */
function codeContext(node: ts.Node): 'code' | 'read' | null {
  let child: ts.Node = node;
  let parent: ts.Node | undefined = node.parent;
  while (parent) {
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isImportTypeNode(parent)) return 'code';
    if (ts.isLiteralTypeNode(parent) || ts.isTypeNode(parent)) return 'code';
    if (ts.isJsxAttribute(parent)) {
      const name = parent.name.getText();
      if (READ_ATTRIBUTES.has(name)) return 'read';
      if (CODE_ATTRIBUTES.test(name)) return 'code';
      return null;
    }
    if (ts.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      if (
        op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
        op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
        op === ts.SyntaxKind.EqualsEqualsToken ||
        op === ts.SyntaxKind.ExclamationEqualsToken ||
        op === ts.SyntaxKind.InKeyword
      )
        return 'code';
    }
    if (ts.isCaseClause(parent) && parent.expression === child) return 'code';
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === child) return 'code';
    if (ts.isPropertyAssignment(parent) && parent.name === child) return 'code';
    if (ts.isPropertyAssignment(parent) && parent.initializer === child) {
      const name = parent.name.getText().replace(/['"]/g, '');
      if (CODE_PROPERTIES.test(name)) return 'code';
      if (READ_ATTRIBUTES.has(name)) return 'read';
    }
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
      if (CODE_CALLS.has(callName(parent))) return 'code';
      return null;
    }
    if (ts.isTaggedTemplateExpression(parent)) return 'code';
    // A string inside a JSX expression or a return is judged by what it says.
    if (ts.isJsxExpression(parent) || ts.isStatement(parent) || ts.isFunctionLike(parent)) return null;
    child = parent;
    parent = parent.parent;
  }
  return null;
}

function templateText(node: ts.TemplateExpression): string {
  return node.head.text + node.templateSpans.map((s) => `0${s.literal.text}`).join('');
}

export function scanSource(file: string, text: string): Finding[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const lines = text.split('\n');
  const findings: Finding[] = [];
  const report = (node: ts.Node, shown: string): void => {
    if (ignoredByComment(source, node, lines)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    findings.push({ file, line, text: shown.trim().replace(/\s+/g, ' ').slice(0, 80) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (LETTER.test(node.text)) report(node, node.text);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const value = ts.isTemplateExpression(node) ? templateText(node) : node.text;
      const context = codeContext(node);
      if (
        context === 'read'
          ? (LETTER.test(value) && !/^[\w.-]+$/.test(value.trim())) || CAPITALISED.test(value.trim())
          : context === null && isProse(value)
      ) {
        report(node, value);
      }
      if (ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Every finding under a folder, with paths relative to `root`. */
export function scanTree(root: string, folder: string): Finding[] {
  return walk(join(root, folder), []).flatMap((path) => scanSource(relative(root, path), readFileSync(path, 'utf8')));
}
