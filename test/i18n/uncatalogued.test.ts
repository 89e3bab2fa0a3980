/**
 * Every word a person reads in the renderer comes from the catalogue. scan.ts says what counts as a word for people;
 * this test fails on any it finds outside the catalogue, naming the file, the line and the text.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanSource, scanTree } from './scan';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the renderer has no words outside the catalogue', () => {
  it('finds none in any file', () => {
    const findings = scanTree(root, 'src/renderer');
    expect(findings.map((f) => `${f.file}:${f.line} “${f.text}”`)).toEqual([]);
  });

  it('catches words between tags, in attributes people hear and in prose strings, and passes code', () => {
    const source = `
      const cls = 'grid-row is-open';
      const label = 'Save changes';
      if (key === 'Escape') close();
      const shown = <p title="Hello there" className="a b-c">Total <b>{n}</b></p>;
      const ok = <p aria-label={t('grid:title')}>{t('grid:body')}</p>;
      const css = { border: '1px solid var(--line)' };
      // i18n-ignore: a font name, not words
      const font = 'Inter Display';
    `;
    const texts = scanSource('x.tsx', source).map((f) => f.text);
    expect(texts).toEqual(['Save changes', 'Hello there', 'Total']);
  });
});
