/**
 * bin/quadrant.mjs runs the built CLI (out/main/cli.js) when no source is newer than it, else the TypeScript
 * sources through tsx: a stale build must never answer for sources that changed since.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the bin folder, without types
import { builtCli } from '../../bin/built-cli.mjs';
import { tempDir } from '../helpers';

const root = resolve(__dirname, '../..');

function tree(): { root: string; age: (file: string, secondsAgo: number) => void } {
  const dir = tempDir();
  mkdirSync(join(dir, 'src/main/core'), { recursive: true });
  mkdirSync(join(dir, 'out/main'), { recursive: true });
  for (const f of ['src/main/cli.ts', 'src/main/core/deep.ts', 'package.json', 'out/main/cli.js']) writeFileSync(join(dir, f), '');
  const age = (file: string, secondsAgo: number) => {
    const when = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(join(dir, file), when, when);
  };
  for (const f of ['src/main/cli.ts', 'src/main/core/deep.ts', 'package.json']) age(f, 60);
  age('out/main/cli.js', 30);
  return { root: `${dir}/`, age };
}

describe('which code the quadrant command runs', () => {
  it('runs the build when it is newer than every source and package.json', () => {
    const t = tree();
    expect(builtCli(t.root, {})).toBe(`${t.root}out/main/cli.js`);
  });

  it('runs the sources when any source, however deep, or package.json changed after the build', () => {
    for (const changed of ['src/main/core/deep.ts', 'src/main/cli.ts', 'package.json']) {
      const t = tree();
      t.age(changed, 0);
      expect(builtCli(t.root, {}), changed).toBeUndefined();
    }
  });

  it('runs the sources when there is no build, or when QUADRANT_CLI=source asks for them', () => {
    expect(builtCli(`${tempDir()}/`, {})).toBeUndefined();
    expect(builtCli(tree().root, { QUADRANT_CLI: 'source' })).toBeUndefined();
  });

  it('answers the same from the sources as from this checkout’s build', () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(root, 'bin/quadrant.mjs'), 'score', '--help'], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
    const source = run({ QUADRANT_CLI: 'source' });
    const usual = run({});
    expect(source.status).toBe(0);
    expect(source.stdout).toMatch(/quadrant score/);
    expect(usual.stdout).toBe(source.stdout);
  });
});
