/** The cover logo of `quadrant report`: its type comes from its bytes, so a renamed text file is refused. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logoDataUrl } from '../../src/main/cli-report';
import { imageTypeOf } from '../../src/shared/image-type';
import { tempDir } from '../helpers';

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('the report logo', () => {
  it('takes its type from the bytes, not the name', () => {
    const dir = tempDir();
    const png = join(dir, 'logo.jpg');
    writeFileSync(png, Buffer.from(PNG_1PX, 'base64'));
    expect(logoDataUrl(png)).toBe(`data:image/png;base64,${PNG_1PX}`);
    const svg = join(dir, 'logo.svg');
    writeFileSync(svg, '\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(logoDataUrl(svg)).toMatch(/^data:image\/svg\+xml;base64,/);
    const html = join(dir, 'page.svg');
    writeFileSync(html, '<html><body><svg></svg></body></html>');
    expect(() => logoDataUrl(html)).toThrow(/not a PNG, JPEG, GIF, WebP or SVG image/);
    const big = join(dir, 'big.png');
    writeFileSync(big, Buffer.concat([Buffer.from(PNG_1PX, 'base64'), Buffer.alloc(2_000_000)]));
    expect(() => logoDataUrl(big)).toThrow(/at most about 1 MB/);
  });

  it('recognises each accepted format by its signature', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(imageTypeOf(Buffer.from(PNG_1PX, 'base64'))).toBe('image/png');
    expect(imageTypeOf(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(imageTypeOf(bytes('GIF89a\x01\x00'))).toBe('image/gif');
    expect(imageTypeOf(bytes('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(imageTypeOf(bytes('<svg viewBox="0 0 1 1"></svg>'))).toBe('image/svg+xml');
    expect(imageTypeOf(bytes('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg/>'))).toBe('image/svg+xml');
    for (const other of ['', 'hello', '%PDF-1.7', 'RIFF\x10\x00\x00\x00WAVE', '<svgx/>', '{"svg": 1}']) {
      expect(imageTypeOf(bytes(other)), other).toBeNull();
    }
  });
});
