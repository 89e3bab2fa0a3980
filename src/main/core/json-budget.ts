/**
 * A bound on what JSON.parse would build, counted before it runs. JSON.parse holds the whole tree at once, and
 * small values cost far more than their text: a file of `{},{},…` needs about 40 times its size in memory, so
 * the byte limit alone does not bound an import's memory. One pass over the text, no allocation.
 */

/**
 * An upper bound on the number of values in a JSON text: every value is the root, the first member of a
 * container or follows a comma. Commas and brackets inside strings are not counted. Stops counting past `limit`.
 */
export function jsonValueBound(text: string, limit: number): number {
  let count = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x2c || c === 0x7b || c === 0x5b) {
      // , { [
      if (++count > limit) return count;
    }
  }
  return count;
}
