/**
 * A long random session (seeded, so a failure replays): 100 edits of every kind on the sample, then undo all the
 * way back to the very document it started from, and redo all the way to the very document it ended with.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import type { Method } from '../../src/shared/contract';
import { client, tempDir } from '../helpers';
import { randomEdits } from '../random-edits';

describe.each([1, 2])('a random session (seed %i)', (seed) => {
  it('undoes 100 edits back to the original document and redoes them to the final one', () => {
    const { call } = client('web');
    call('document.open', { path: ensureSampleDocument(tempDir('quadrant-random-')) });
    const nextEdit = randomEdits(seed, call);
    const original = call('document.export', {});

    // Every edit that changed the document must be exactly one step: counted here from the exports, not the history.
    let steps = 0;
    let attempts = 0;
    let last = original;
    while (steps < 100 && attempts < 1000) {
      attempts++;
      const [method, input] = nextEdit();
      // Refused edits (a link that exists, a KPI whose frequency has values) are part of a real session too.
      tryCall(method, input);
      const now = call('document.export', {});
      if (!isDeepStrictEqual(now, last)) steps++;
      last = now;
    }
    expect(steps).toBe(100);
    const final = call('document.export', {});
    expect(final).not.toEqual(original);

    let undone = 0;
    while (call('history.undo', {}).undone !== null) undone++;
    expect(undone).toBe(100);
    expect(call('document.export', {})).toEqual(original);

    let redone = 0;
    while (call('history.redo', {}).redone !== null) redone++;
    expect(redone).toBe(100);
    expect(call('document.export', {})).toEqual(final);

    function tryCall(method: Method, input: unknown): boolean {
      try {
        call(method, input as never);
        return true;
      } catch {
        return false;
      }
    }
  });
});
