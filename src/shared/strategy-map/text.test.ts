import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text';

describe('text without a DOM', () => {
  it('measures bold wider than regular and scales with the font size', () => {
    expect(textWidth('Grow revenue', 13, 'bold')).toBeGreaterThan(textWidth('Grow revenue', 13));
    expect(textWidth('Grow revenue', 26)).toBeCloseTo(2 * textWidth('Grow revenue', 13));
    expect(textWidth('é', 10)).toBeGreaterThan(0);
  });

  it('wraps at word boundaries and keeps every line within the width', () => {
    const lines = wrapText('Keep operating costs under control', 120, 13, 3);
    expect(lines.join(' ')).toBe('Keep operating costs under control');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
  });

  it('breaks a word longer than the line and cuts the overflow with an ellipsis', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious growth of the wholesale business everywhere', 80, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(80);
  });

  it('returns no lines for blank text', () => {
    expect(wrapText('   ', 100, 13, 3)).toEqual([]);
  });
});
