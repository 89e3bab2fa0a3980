/**
 * The CI run of the crash test (test/crash/harness.ts): 60 SIGKILLs of a child editing a real document, each
 * followed by an integrity check and a count of every committed edit. `npm run test:crash` is the long run;
 * CRASH_KILLS changes the count here too.
 */
import { describe, expect, it } from 'vitest';
import { runCrashTest, summary } from './harness';

const kills = Number(process.env['CRASH_KILLS'] ?? 60);

describe('a document killed mid-edit', () => {
  it(`survives ${kills} SIGKILLs: it opens, passes integrity_check and keeps every committed edit`, async () => {
    const stats = await runCrashTest({ kills, seed: 20_261, lanes: 2 });
    console.log(summary(stats));
    expect(stats.problems).toEqual([]);
    expect(stats).toMatchObject({ kills, corrupt: 0, lost: 0, leftAfterCleanup: 0 });
    // The test must have tested something: edits committed, and kills that caught an edit half-way.
    expect(stats.committed).toBeGreaterThan(kills);
    expect(stats.inFlight).toBeGreaterThan(kills / 4);
  }, 300_000);
});
