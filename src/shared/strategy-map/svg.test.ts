import { describe, expect, it } from 'vitest';
import { layoutStrategyMap } from './layout';
import { escapeXml, renderStrategyMapSvg } from './svg';

const input = {
  perspectives: [
    { id: 1, name: 'Financial', position: 0 },
    { id: 2, name: 'Customer <& "friends">', position: 1 },
  ],
  objectives: [
    { id: 1, perspectiveId: 1, title: 'Grow revenue', position: 0, themeId: 7, mapX: null, mapY: null },
    {
      id: 2,
      perspectiveId: 2,
      title: '<script>alert("x")</script> & more',
      position: 0,
      themeId: null,
      mapX: null,
      mapY: null,
    },
  ],
  links: [{ id: 1, fromObjectiveId: 2, toObjectiveId: 1 }],
};

describe('strategy map SVG', () => {
  const layout = layoutStrategyMap(input);
  const svg = renderStrategyMapSvg(layout, {
    title: 'Harbour & Ember',
    subtitle: 'Q3 2026',
    themes: [{ id: 7, name: 'Growth <fast>', colour: '#2563eb' }],
    scores: { objectives: new Map([[1, { status: 'amber' as const, score: 84.6 }]]) },
  });

  it('is a standalone SVG document with its size', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain(`viewBox="0 0 ${layout.width} `);
  });

  it('escapes every text', () => {
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('Harbour &amp; Ember');
    // The lane title wraps over two lines.
    expect(svg).toContain('Customer &lt;&amp;');
    expect(svg).toContain('&quot;friends&quot;&gt;');
    expect(svg).toContain('Growth &lt;fast&gt;');
    expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&#39;');
  });

  it('shows status by glyph, score and word, and themes as outlines', () => {
    expect(svg).toContain('85 %');
    expect(svg).toContain('At risk');
    expect(svg).toContain('stroke="#2563eb"');
    // The objective without a score says so rather than showing a colour alone.
    expect(svg).toContain('No data');
  });

  it('draws each arrow with a head', () => {
    expect(svg.match(/<polygon /g)).toHaveLength(1);
  });
});
