import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { layoutStrategyMap } from './layout';
import { renderStrategyMapSvg } from './svg';

/** Parses with a strict XML parser (saxes, which exceljs brings along): throws on any ill-formed character. */
function parseXml(xml: string): string[] {
  const texts: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('text', (t) => texts.push(t));
  parser.write(xml).close();
  return texts;
}

const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const HOSTILE = `a${C0}\ud800b\udc00c\ufffe\uffffd\u007f\u0085 😀 <&>"'`;

describe('strategy map SVG with any characters', () => {
  it('stays well-formed XML with every C0 control, lone surrogates and U+FFFE/U+FFFF in every text', () => {
    const layout = layoutStrategyMap({
      perspectives: [{ id: 1, name: `Financial ${HOSTILE}`, position: 0 }],
      objectives: [
        { id: 1, perspectiveId: 1, title: `Grow ${HOSTILE}`, position: 0, themeId: 7, mapX: null, mapY: null },
      ],
      links: [],
    });
    const svg = renderStrategyMapSvg(layout, {
      title: `Title ${HOSTILE}`,
      subtitle: `Sub ${HOSTILE}`,
      themes: [{ id: 7, name: `Theme ${HOSTILE}`, colour: `#123456"/><x ${HOSTILE}` }],
      titles: new Map([[1, `Tooltip ${HOSTILE}`]]),
    });
    const texts = parseXml(svg).join('');
    for (const word of ['Title', 'Sub', 'Theme', 'Tooltip', 'Grow', 'Financial']) expect(texts).toContain(word);
    // Shown as U+FFFD rather than dropped, so the reader sees that something was there.
    expect(texts).toContain('a\uFFFD');
    expect(texts).toContain('😀');
    expect(svg).not.toContain('<x');
  });

  it('the parser used above does refuse a control character (the test can fail)', () => {
    expect(() => parseXml('<svg>a\u000bb</svg>')).toThrow(/invalid|character/i);
  });
});
