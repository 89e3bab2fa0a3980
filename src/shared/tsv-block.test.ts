import { describe, expect, it } from 'vitest';
import { parseTsvBlock, toTsv } from './tsv-block';

const rows = (text: string) => {
  const r = parseTsvBlock(text);
  if (!r.ok) throw new Error(r.reason);
  return r.rows;
};

describe('parseTsvBlock', () => {
  it('reads a block copied from Excel: tabs, CRLF and a trailing line end', () => {
    expect(rows('1,200\t1 300\r\n(300)\t12.5%\r\n')).toEqual([
      ['1,200', '1 300'],
      ['(300)', '12.5%'],
    ]);
  });

  it('reads LibreOffice text: LF line ends', () => {
    expect(rows('1\t2\t3\n4\t5\t6\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('keeps empty cells, empty rows and a single value', () => {
    expect(rows('1\t\t3\r\n\r\n\t5\t\r\n')).toEqual([
      ['1', '', '3'],
      ['', '', ''],
      ['', '5', ''],
    ]);
    expect(rows('42')).toEqual([['42']]);
    expect(rows('42\r\n')).toEqual([['42']]);
    // A single value with a comma is one cell, not two: only tabs separate cells.
    expect(rows('1,200\n')).toEqual([['1,200']]);
  });

  it('unwraps quoted cells holding tabs, line breaks and quotes', () => {
    expect(rows('"a\tb"\t"two\r\nlines"\t"say ""hi"""\r\n')).toEqual([['a\tb', 'two\r\nlines', 'say "hi"']]);
  });

  it('pads ragged rows to a rectangle', () => {
    expect(rows('1\t2\t3\n4\n')).toEqual([
      ['1', '2', '3'],
      ['4', '', ''],
    ]);
  });

  it('falls back to plain tabs and lines when quotes are not CSV quoting', () => {
    expect(rows('"5\t6\n7\t8\n')).toEqual([
      ['"5', '6'],
      ['7', '8'],
    ]);
  });

  it('drops a byte-order mark and refuses an empty clipboard', () => {
    expect(rows('\ufeff1\t2')).toEqual([['1', '2']]);
    expect(parseTsvBlock('')).toEqual({ ok: false, reason: 'The clipboard holds no cells' });
    expect(parseTsvBlock('\r\n').ok).toBe(false);
  });
});

describe('toTsv', () => {
  it('writes what parseTsvBlock reads back', () => {
    const block = [
      ['1200', '', '-3.5'],
      ['tab\there', 'line\nbreak', 'quote "q"'],
    ];
    expect(toTsv(block)).toBe('1200\t\t-3.5\r\n"tab\there"\t"line\nbreak"\t"quote ""q"""');
    expect(rows(toTsv(block))).toEqual(block);
  });
});
