/**
 * The part of papaparse Quadrant uses: parsing a string synchronously, and writing rows as CSV. Declared here
 * rather than taken from @types/papaparse, whose `/// <reference types="node" />` would put Node's globals into
 * the renderer's program.
 */
declare module 'papaparse' {
  export interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: string;
    message: string;
    row?: number;
  }
  export interface ParseConfig {
    delimiter?: string;
    newline?: '' | '\r\n' | '\n' | '\r';
    quoteChar?: string;
    escapeChar?: string;
    header?: false;
    dynamicTyping?: false;
    skipEmptyLines?: boolean | 'greedy';
  }
  export interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean };
  }
  export function parse<T = string[]>(input: string, config?: ParseConfig): ParseResult<T>;
  export interface UnparseConfig {
    newline?: string;
    delimiter?: string;
    quotes?: boolean;
    /** Prefix text starting with = + - @ with an apostrophe, so a spreadsheet does not run it as a formula. */
    escapeFormulae?: boolean | RegExp;
  }
  export function unparse(data: { fields: string[]; data: unknown[][] }, config?: UnparseConfig): string;
  const Papa: { parse: typeof parse; unparse: typeof unparse };
  export default Papa;
}
