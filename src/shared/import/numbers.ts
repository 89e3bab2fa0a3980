/**
 * Numbers in a spreadsheet as people write them: currency symbols and codes, thousands separators, decimal commas,
 * percentages, negatives in parentheses or with a trailing minus. A number cell is taken as stored (its value is
 * exact); a text cell is read with the decimal separator its column (or else its sheet) shows elsewhere, because
 * "1,234" alone is 1234 to an English reader and 1.234 to a German one. When nothing in the sheet tells, such a
 * cell is refused with the reason: a wrong number imported silently is worse than a question.
 */
import type { SheetCell } from '../sheets';
import { MAX_ABS_NUMBER } from '../limits';
import { formatNumber } from '../format';
import { t } from '../i18n';

export type Decimal = '.' | ',';
/** The decimal separator a column or sheet shows; 'mixed' when both appear, null when none can be told. */
export type Convention = Decimal | 'mixed' | null;

export type SheetNumber =
  { ok: true; value: number | null; percent: boolean; currency: string | null } | { ok: false; reason: string };

/** Symbols and ISO codes, longest first so "CHF" is not read as "C" then "HF". */
const CURRENCY_WORDS = [
  'CHF',
  'EUR',
  'USD',
  'GBP',
  'JPY',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'AUD',
  'CAD',
  'NZD',
  'ZAR',
  'Fr.',
  'kr',
  'zł',
  'Kč',
  'R$',
  'A$',
  'C$',
  'US$',
  '€',
  '$',
  '£',
  '¥',
  '₹',
  '₩',
  '₺',
  '₽',
];
const SPACES = /[\u00a0\u202f\u2009\s]+/g;
const MAX_SHOWN = 30;

/** A cell's text for a message, shortened when long (the catalogue puts the language's quotation marks round it). */
export function shown(text: string): string {
  const s = text.trim();
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 1)}…` : s;
}

/** A cell's text in quotation marks, for messages written without the catalogue. */
export function quoted(text: string): string {
  return `“${shown(text)}”`;
}

/** The text of a cell as the spreadsheet shows it, for messages and the preview. */
export function cellText(cell: SheetCell | null | undefined): string {
  if (!cell || cell.v === null) return '';
  if (cell.text !== undefined) return cell.text;
  if (typeof cell.v === 'number' && cell.percent) return `${formatNumber(roundNoise(cell.v * 100))} %`;
  return String(cell.v);
}

/** 0.07 × 100 is 7.000000000000001 in binary floating point: keep the 15 significant digits a spreadsheet shows. */
export function roundNoise(n: number): number {
  return Number.parseFloat(n.toPrecision(15));
}

interface Stripped {
  body: string;
  negative: boolean;
  percent: boolean;
  currency: string | null;
}

/** Takes the sign, the percent sign and a currency off the text, leaving the digits and separators. */
function strip(text: string): Stripped | null {
  let body = text
    .replace(/\u2212/g, '-')
    .replace(SPACES, ' ')
    .trim();
  let negative = false;
  let percent = false;
  let currency: string | null = null;
  const paren = /^\((.*)\)$/.exec(body);
  if (paren) {
    body = paren[1]!.trim();
    negative = true;
  }
  for (let pass = 0; pass < 3; pass++) {
    if (!percent && body.endsWith('%')) {
      percent = true;
      body = body.slice(0, -1).trim();
    }
    // Accounting exports write the minus last: "1.200-".
    if (!negative && /\d\s*-$/.test(body)) {
      negative = true;
      body = body.slice(0, -1).trim();
    }
    if (!negative && (body.startsWith('-') || body.startsWith('+'))) {
      negative = body.startsWith('-');
      body = body.slice(1).trim();
    }
    for (const c of CURRENCY_WORDS) {
      if (currency === null && body.toUpperCase().startsWith(c.toUpperCase())) {
        currency = c;
        body = body.slice(c.length).trim();
      } else if (currency === null && body.toUpperCase().endsWith(c.toUpperCase())) {
        currency = c;
        body = body.slice(0, -c.length).trim();
      }
    }
  }
  if (currency && percent) return null;
  return { body, negative, percent, currency };
}

/**
 * What one text says about the decimal separator, if anything: "12,5" and "1.234,5" say comma, "1,234,567.8" and
 * "0.25" say point; "1,234" and "1.234" say nothing.
 */
export function decimalEvidence(text: string): Decimal | null {
  const s = strip(text);
  if (!s) return null;
  const body = s.body.replace(/[ ']/g, '');
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return null;
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (dots && commas) return body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  if (dots > 1) return ',';
  if (commas > 1) return '.';
  const sep = dots ? '.' : commas ? ',' : null;
  if (!sep) return null;
  const [int = '', frac = ''] = body.split(sep);
  // Three digits after one separator could be either; a group after a leading zero ("0,125") is never thousands.
  if (frac.length === 3 && int !== '' && !/^0+$/.test(int)) return null;
  return sep;
}

/** The convention of a set of texts: the separator they agree on, 'mixed' when they disagree. */
export function conventionOf(texts: Iterable<string>): Convention {
  let point = 0;
  let comma = 0;
  for (const t of texts) {
    const e = decimalEvidence(t);
    if (e === '.') point++;
    else if (e === ',') comma++;
  }
  if (point && comma) return 'mixed';
  return point ? '.' : comma ? ',' : null;
}

function notANumber(text: string): SheetNumber {
  if (/^#[A-Z/0!?]+[!?A-Z0-9]*$/i.test(text.trim()) && text.trim().length <= 8) {
    return { ok: false, reason: t('numbers:import.spreadsheetError', { text: shown(text) }) };
  }
  if (text.trim().startsWith('=')) {
    return { ok: false, reason: t('numbers:import.formula', { text: shown(text) }) };
  }
  return { ok: false, reason: t('numbers:import.notANumber', { text: shown(text) }) };
}

function checkRange(n: number, text: string): SheetNumber | null {
  if (!Number.isFinite(n) || Math.abs(n) > MAX_ABS_NUMBER) {
    return {
      ok: false,
      reason: t('numbers:import.tooLarge', { text: shown(text), max: formatNumber(MAX_ABS_NUMBER) }),
    };
  }
  return null;
}

/** The digits of a body with a known decimal separator: groups of three by the other separator, space or '. */
function withDecimal(body: string, decimal: Decimal): number | null {
  const group = decimal === '.' ? ',' : '.';
  const at = body.lastIndexOf(decimal);
  const int = at < 0 ? body : body.slice(0, at);
  const frac = at < 0 ? '' : body.slice(at + 1);
  if (at >= 0 && !/^\d+$/.test(frac)) return null;
  if (int.includes(decimal)) return null;
  let digits: string | null = null;
  if (/^\d*$/.test(int)) digits = int;
  else {
    for (const g of [group, ' ', "'"]) {
      if (!int.includes(g)) continue;
      const parts = int.split(g);
      if (/^[1-9]\d{0,2}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p))) digits = parts.join('');
      break;
    }
  }
  if (digits === null) return null;
  if (digits === '' && frac === '') return null;
  return Number(`${digits || '0'}${frac ? `.${frac}` : ''}`);
}

/**
 * A text cell as a number. `convention` is what the rest of its column or sheet shows; with none, a lone separator
 * before three digits is refused rather than guessed.
 */
export function parseSheetText(text: string, convention: Convention): SheetNumber {
  const trimmed = text.replace(SPACES, ' ').trim();
  if (trimmed === '' || trimmed === '-' || trimmed === '–' || trimmed === '—') {
    return { ok: true, value: null, percent: false, currency: null };
  }
  const s = strip(trimmed);
  if (!s || s.body === '') return notANumber(text);
  const body = s.body;
  let value: number | null = null;
  if (/^(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(body)) value = Number(body);
  else if (/^[\d.,' ]+$/.test(body)) {
    const evidence = decimalEvidence(body);
    const decimal: Decimal | null = evidence ?? (convention === '.' || convention === ',' ? convention : null);
    if (decimal) value = withDecimal(body, decimal);
    else if (/^\d+$/.test(body.replace(/[ ']/g, '')) && !/[.,]/.test(body)) value = withDecimal(body, '.');
    else {
      // One separator before three digits: "1,234" is 1234 or 1.234 depending on who wrote it.
      const why = convention === 'mixed' ? t('numbers:import.mixed') : t('numbers:import.nothingTells');
      const reading = (n: number | null) => (n === null ? '?' : formatNumber(n, { grouping: false, maxDecimals: 15 }));
      return {
        ok: false,
        reason: t('numbers:import.couldBe', {
          text: shown(text),
          point: reading(withDecimal(body, '.')),
          comma: reading(withDecimal(body, ',')),
          why,
        }),
      };
    }
  }
  if (value === null || Number.isNaN(value)) return notANumber(text);
  const n = s.negative ? -value : value;
  const range = checkRange(n, text);
  if (range) return range;
  if (n === 0 && /[1-9]/.test(body)) return { ok: false, reason: t('numbers:import.tooSmall', { text: shown(text) }) };
  return { ok: true, value: n === 0 ? 0 : n, percent: s.percent, currency: s.currency };
}

/**
 * A value cell for a KPI measured in `unit`: percentages become percentage points for a '%' KPI ("12 %" and an
 * Excel 0.12 formatted as percent are both 12), and are refused for a KPI in other units.
 */
export function readValueCell(
  cell: SheetCell | null,
  convention: Convention,
  unit: string,
  kpiName: string,
): SheetNumber {
  if (!cell || cell.v === null) return { ok: true, value: null, percent: false, currency: null };
  if (typeof cell.v === 'boolean')
    return { ok: false, reason: t('numbers:import.notANumber', { text: String(cell.v) }) };
  if (cell.date) return { ok: false, reason: t('numbers:import.isDate', { text: shown(cellText(cell)) }) };
  let read: SheetNumber;
  if (typeof cell.v === 'number') {
    const range = checkRange(cell.v, String(cell.v));
    if (range) return range;
    read = { ok: true, value: cell.v, percent: cell.percent === true, currency: null };
    if (cell.percent) read = { ...read, value: roundNoise(cell.v * 100) };
  } else {
    read = parseSheetText(cell.v, convention);
  }
  if (!read.ok || read.value === null || !read.percent) return read;
  if (!unit.includes('%')) {
    const words = { text: shown(cellText(cell)), kpi: kpiName, unit };
    return {
      ok: false,
      reason: unit ? t('numbers:import.percentButUnit', words) : t('numbers:import.percentButPlain', words),
    };
  }
  return read;
}

/** Is this text a number at all, whatever its separators mean (for telling a name column from a value column)? */
export function looksNumeric(cell: SheetCell | null): boolean {
  if (!cell || cell.v === null) return false;
  if (typeof cell.v === 'number') return !cell.date;
  if (typeof cell.v !== 'string') return false;
  const r = parseSheetText(cell.v, ',');
  const r2 = parseSheetText(cell.v, '.');
  return (r.ok && r.value !== null) || (r2.ok && r2.value !== null);
}
