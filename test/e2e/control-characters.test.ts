/** A document that holds control characters in its names (written before they were refused) still prints its report. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { documentWithControlCharacters } from '../control-character-document';
import { tempDir } from '../helpers';
import { pdfInfo, pdfText, requirePoppler } from './pdf-tools';

describe('control characters already in a document', () => {
  it('quadrant report prints the map, the summary charts and the KPI pages', async () => {
    requirePoppler();
    const dir = tempDir('quadrant-control-');
    const doc = documentWithControlCharacters(dir);
    const pdf = join(dir, 'report.pdf');
    let err = '';
    const code = await main(['report', doc, '--period', '2026-Q3', '--out', pdf, '--sections', 'cover,summary,map,kpis'], {
      out: () => undefined,
      err: (s) => (err += s),
    });
    expect(code, err).toBe(0);
    expect(pdfInfo(pdf).pages).toBeGreaterThan(3);
    const text = pdfText(pdf);
    expect(text).toContain('Strategy map');
    expect(text).toMatch(/Grow.revenue/);
  }, 120_000);
});
