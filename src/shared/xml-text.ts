/**
 * Text that XML can carry. XML 1.0 has no way to write C0 controls other than tab and line breaks, lone
 * surrogates, U+FFFE or U+FFFF — not even as character references — and one of them makes a whole SVG
 * ill-formed (no strategy map, no report, no PNG). Names are refused with them (domain.ts), but documents written
 * before that rule, and text from anywhere else, may still hold them.
 */
export const NOT_XML_SOURCE =
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const NOT_XML = new RegExp(NOT_XML_SOURCE, 'g');

/** Replaces every character XML cannot hold with U+FFFD, so the reader sees that something was there. */
export const xmlSafe = (s: string) => s.replace(NOT_XML, '\uFFFD');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as XML character data or attribute value: markup escaped, characters XML cannot hold replaced. */
export const escapeXml = (s: string) => xmlSafe(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
