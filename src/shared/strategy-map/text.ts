/**
 * Text measurement and wrapping without a DOM, so the layout is a pure function and the exported SVG wraps
 * exactly as the screen does. Widths are those of DejaVu Sans (the widest common sans-serif, and the one Linux
 * falls back to): text measured here fits in any narrower font too.
 */

/** Advance widths in hundredths of an em for the printable ASCII range 32…126, regular (400). */
const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84,
  84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61,
  69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59,
  82, 59, 59, 52, 64, 34, 64, 84,
];
/** The same at semi-bold (600), which renders as DejaVu Sans Bold. */
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84,
  84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72,
  73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65,
  92, 65, 65, 58, 71, 37, 71, 84,
];
/** Accented Latin letters and other non-ASCII text: a little wider than an average letter. */
const OTHER = { regular: 64, bold: 72 };

export type FontWeight = 'regular' | 'bold';

/** Width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  const table = weight === 'bold' ? BOLD : REGULAR;
  let hundredths = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    hundredths += code >= 32 && code <= 126 ? table[code - 32]! : weight === 'bold' ? OTHER.bold : OTHER.regular;
  }
  return (hundredths * fontSize) / 100;
}

const ELLIPSIS = '…';

/** Cuts a word or line to fit `maxWidth`, ending with an ellipsis. */
function truncate(text: string, maxWidth: number, fontSize: number, weight: FontWeight): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length && textWidth(chars.join('') + ELLIPSIS, fontSize, weight) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}

/**
 * Greedy word wrap into at most `maxLines` lines no wider than `maxWidth`. A word longer than a line is broken;
 * text beyond the last line is cut with an ellipsis, so the result always fits.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  weight: FontWeight = 'regular',
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  const fits = (s: string) => textWidth(s, fontSize, weight) <= maxWidth;
  while (i < words.length && lines.length < maxLines) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      i++;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
      continue;
    }
    // One word wider than the line: break it where it stops fitting.
    const chars = [...word];
    let cut = chars.length;
    while (cut > 1 && !fits(chars.slice(0, cut).join(''))) cut--;
    lines.push(chars.slice(0, cut).join(''));
    words[i] = chars.slice(cut).join('');
  }
  if (line) lines.push(line);
  // Words left over: the greedy pass stopped because the next word did not fit, so the cut always shows.
  const rest = words.slice(i).join(' ');
  if (rest && lines.length) {
    const last = lines.length - 1;
    lines[last] = truncate(`${lines[last]} ${rest}`, maxWidth, fontSize, weight);
  }
  return lines;
}
