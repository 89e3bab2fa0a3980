/**
 * What an image file is, from its first bytes rather than its name: a text file renamed logo.png is not a logo.
 * The formats are those a report cover accepts (see LogoDataUrl in report.ts).
 */
export type LogoType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/svg+xml';

function startsWith(bytes: Uint8Array, signature: string | number[], at = 0): boolean {
  const sig = typeof signature === 'string' ? [...signature].map((c) => c.charCodeAt(0)) : signature;
  return sig.every((b, i) => bytes[at + i] === b);
}

/**
 * An SVG file opens, after an optional byte order mark, XML declaration, comments and doctype, with its <svg> element.
 * Only the start is read: that is what tells an SVG drawing from any other text.
 */
const SVG_START =
  /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?((<!--[\s\S]*?-->|<!DOCTYPE\s[^>[]*(\[[\s\S]*?\])?\s*>)\s*)*<svg[\s>/]/i;

export function imageTypeOf(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return 'image/gif';
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'image/webp';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  if (SVG_START.test(head)) return 'image/svg+xml';
  return null;
}
