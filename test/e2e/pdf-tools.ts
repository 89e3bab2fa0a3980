/**
 * Reading a PDF back with poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm), as a reader's PDF viewer would
 * see it. CI installs poppler-utils with apt; elsewhere the first call says what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TOOLS = ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'];

/** Throws a message naming the package when a poppler tool is missing. */
export function requirePoppler(): void {
  const missing = TOOLS.filter((t) => spawnSync(t, ['-v']).error !== undefined);
  if (missing.length > 0) {
    throw new Error(
      `${missing.join(', ')} not found: these tests read real PDFs with poppler-utils. ` +
        'Install it (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler).',
    );
  }
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Text with every run of white space made one space, so names wrapped over two lines still match. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return run('pdftotext', [...range, file, '-']);
}

/** The text of each page, first page first. */
export function pageTexts(file: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, i) => flat(pdfText(file, i + 1)));
}

/** Page count, and the size of the first page (or of `page`), in points. */
export function pdfInfo(file: string, page?: number): { pages: number; width: number; height: number } {
  const info = run('pdfinfo', page === undefined ? [file] : ['-f', String(page), '-l', String(page), file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page(?:\s+\d+)? size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  return { pages, width: Math.round(Number(size?.[1])), height: Math.round(Number(size?.[2])) };
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
  // Columns: name type encoding emb sub uni object ID; the name never holds spaces, the type may.
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}

/** Share of pixels that are not white on each page, rendered in grey at 50 dpi. */
export function inkPerPage(file: string, dir: string): number[] {
  const prefix = join(dir, 'ink');
  run('pdftoppm', ['-r', '50', '-gray', file, prefix]);
  return readdirSync(dir)
    .filter((f) => f.startsWith('ink') && f.endsWith('.pgm'))
    .sort()
    .map((f) => inkOfPgm(readFileSync(join(dir, f))));
}

/** Binary PGM (P5): "P5 <w> <h> <max>" then one byte per pixel. */
export function inkOfPgm(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM file');
  const [, w, h] = header.map(Number) as [number, number, number, number];
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (let i = 0; i < w * h; i++) if (pixels[i]! < 235) ink++;
  return ink / (w * h);
}
