/** `quadrant report` on a copy of the sample: a real PDF, the Chromium it used named, clear failures. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { tempDir } from '../helpers';
import { pdfInfo, pdfText, requirePoppler } from './pdf-tools';

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('quadrant report', () => {
  it('writes the PDF of a period with the chosen sections, size and cover, and names the Chromium it used', async () => {
    requirePoppler();
    const dir = tempDir('quadrant-cli-report-');
    const doc = ensureSampleDocument(dir);
    const logo = join(dir, 'logo.png');
    writeFileSync(logo, Buffer.from(PNG_1PX, 'base64'));
    const pdf = join(dir, 'board.pdf');
    const args = [
      'report',
      doc,
      '--period',
      '2026-Q3',
      '--out',
      pdf,
      '--size',
      'Letter',
      '--sections',
      'cover,summary',
    ];
    const r = await run([...args, '--title', 'Board pack', '--prepared-by', 'Maeve Donnelly', '--logo', logo]);
    expect(r, r.err).toMatchObject({ code: 0 });
    expect(r.err).toMatch(/^Printed with Chromium \d+/);
    expect(r.out).toBe(`Wrote ${pdf} (2 pages, Letter portrait)\n`);
    expect(pdfInfo(pdf)).toMatchObject({ pages: 2, width: 612, height: 792 });
    expect(pdfText(pdf)).toContain('Board pack');
    // An existing file is kept unless --force says otherwise.
    expect((await run(args)).code).toBe(1);
    expect((await run([...args, '--force'])).code).toBe(0);
  }, 60_000);

  it('fails with a clear message on bad choices and when no Chromium can be found', async () => {
    const dir = tempDir('quadrant-cli-report-');
    const doc = ensureSampleDocument(dir);
    const out = join(dir, 'r.pdf');
    expect(await run(['report', doc, '--out', out, '--size', 'A5'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^quadrant report: --size must be A4 or Letter, not A5\.\n/),
    });
    expect((await run(['report', doc, '--out', out, '--sections', 'cover,charts'])).err).toContain(
      'Unknown section charts',
    );
    const saved = process.env.QUADRANT_CHROMIUM;
    process.env.QUADRANT_CHROMIUM = join(dir, 'no-such-chromium');
    try {
      const r = await run(['report', doc, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('QUADRANT_CHROMIUM is set to');
      expect(existsSync(out)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.QUADRANT_CHROMIUM;
      else process.env.QUADRANT_CHROMIUM = saved;
    }
  });
});
