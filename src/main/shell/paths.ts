/** Document paths as the shell sees them: from the command line, compared as the file system does. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Case-insensitively on Windows and macOS, whose usual file systems are. */
export function samePath(a: string, b: string): boolean {
  const norm = (p: string) => (process.platform === 'linux' ? resolve(p) : resolve(p).toLowerCase());
  return norm(a) === norm(b);
}

/**
 * The documents named on a command line. Flags are skipped, and so is the app path that
 * `electron .` (development) puts before the user's arguments; what remains must be a file.
 */
export function documentPathsFromArgv(argv: readonly string[], cwd: string, packaged: boolean): string[] {
  const positional = argv.slice(1).filter((a) => !a.startsWith('-'));
  const candidates = packaged ? positional : positional.slice(1);
  return candidates
    .map((a) => resolve(cwd, a))
    .filter((p) => {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    });
}
