/**
 * Taking over a stale lock is atomic: when several Quadrants find the same lock left by a crashed one and all try
 * to take it over at the same moment, exactly one becomes the writer and every other opens read-only.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentLock, lockPathOf, takeoverClaimOf } from '../../src/main/core/lock';
import { tempDir } from '../helpers';

const CONTENDERS = 6;
const ROUNDS = 50;

const children: ChildProcessWithoutNullStreams[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

async function contender() {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'lock-racer.ts')]);
  children.push(child);
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = (await lines.next()).value as string;
  if (first !== 'READY') throw new Error(`a contender did not start: ${first}`);
  return {
    pid: child.pid!,
    async send(line: string): Promise<string> {
      child.stdin.write(`${line}\n`);
      return (await lines.next()).value as string;
    },
  };
}

/** The pid of a process that has ended: what a crashed Quadrant leaves in its lock. */
function deadPid(): number {
  const ended = spawnSync(process.execPath, ['-e', '0']);
  return ended.pid!;
}

describe('a stale lock found by several Quadrants at once', () => {
  it(`is taken over by exactly one of ${CONTENDERS} processes, in each of ${ROUNDS} races`, async () => {
    const dir = tempDir();
    const document = join(dir, 'Shared.scorecard');
    const lockFile = lockPathOf(document);
    const racers = await Promise.all(Array.from({ length: CONTENDERS }, contender));
    const winners: number[] = [];
    const crashed = deadPid();
    for (let round = 0; round < ROUNDS; round++) {
      writeFileSync(lockFile, JSON.stringify({ pid: crashed, host: hostname(), started: null, since: `${round}` }));
      const at = Date.now() + 100;
      const answers = await Promise.all(racers.map((r) => r.send(`go ${at} ${document}`)));
      const won = racers.filter((_, i) => answers[i] === 'won');
      expect(won.length, `round ${round}: ${answers.join(', ')}`).toBe(1);
      // Every loser names the winner (or, having looked while the winner was writing its name, nobody yet).
      for (const answer of answers.filter((a) => a !== 'won')) expect([`lost ${won[0]!.pid}`, 'lost 0']).toContain(answer);
      expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(won[0]!.pid);
      winners.push(won[0]!.pid);
      await Promise.all(racers.map((r) => r.send('release')));
      expect(existsSync(lockFile)).toBe(false);
    }
    // Nothing but the document's name is left of 50 takeovers (no claim files).
    expect(readdirSync(dir)).toEqual([]);
    console.log(`${ROUNDS} races, ${new Set(winners).size} different winners`);
  }, 240_000);

  it('is still taken over when an earlier taker died holding its claim', () => {
    const dir = tempDir();
    const document = join(dir, 'Shared.scorecard');
    writeFileSync(lockPathOf(document), JSON.stringify({ pid: deadPid(), host: hostname(), started: null, since: '' }));
    // A taker killed between claiming and removing the lock: its claim names a process that has ended.
    const claim = takeoverClaimOf(document, 0)!;
    writeFileSync(claim, JSON.stringify({ pid: deadPid(), host: hostname(), started: null, since: '' }));
    const lock = DocumentLock.acquire(document);
    expect(lock).toBeInstanceOf(DocumentLock);
    (lock as DocumentLock).release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('waits for a live taker instead of racing it', () => {
    const dir = tempDir();
    const document = join(dir, 'Shared.scorecard');
    writeFileSync(lockPathOf(document), JSON.stringify({ pid: deadPid(), host: hostname(), started: null, since: '' }));
    const claim = takeoverClaimOf(document, 0)!;
    // A claim held by a running process (this one's parent stands in): the stale lock is left to that taker.
    writeFileSync(claim, JSON.stringify({ pid: process.ppid, host: hostname(), started: null, since: '' }));
    const result = DocumentLock.acquire(document);
    expect(result).not.toBeInstanceOf(DocumentLock);
    expect(existsSync(lockPathOf(document))).toBe(true);
  });
});
