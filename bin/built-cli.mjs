// Which code bin/quadrant.mjs runs: the built CLI when it is fresh, else the TypeScript sources.
import { readdirSync, statSync } from 'node:fs';

/** The newest modification time of any file under `dir` (the source tree: a few hundred stats, a few milliseconds). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * The built CLI when it is at least as new as every source and as package.json; else nothing. `root` ends
 * with a slash; QUADRANT_CLI=source always runs the sources.
 */
export function builtCli(root, env) {
  if (env.QUADRANT_CLI === 'source') return undefined;
  try {
    const built = statSync(`${root}out/main/cli.js`).mtimeMs;
    const sources = Math.max(newest(`${root}src`), statSync(`${root}package.json`).mtimeMs);
    return built >= sources ? `${root}out/main/cli.js` : undefined;
  } catch {
    return undefined;
  }
}

