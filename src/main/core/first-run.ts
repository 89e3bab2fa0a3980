/** The built-in sample: on first start the app copies it into the user's documents folder and opens it. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocumentFromJson } from './interchange-io';

export const SAMPLE_FILE_NAME = 'Harbour & Ember (sample).scorecard';

/** resources/ sits at the project root in development and beside the app in a package; look in both. */
export function resourcesDir(): string {
  const candidates = [
    process.env.QUADRANT_RESOURCES,
    (process as { resourcesPath?: string }).resourcesPath ? join((process as { resourcesPath?: string }).resourcesPath!, 'resources') : undefined,
    resolve(dirname(fileURLToPath(import.meta.url)), '../../../resources'),
    resolve(dirname(fileURLToPath(import.meta.url)), '../../resources'),
    resolve(process.cwd(), 'resources'),
  ];
  for (const c of candidates) if (c && existsSync(join(c, 'sample.json'))) return c;
  throw new Error('The resources folder with sample.json was not found.');
}

export function sampleJson(): string {
  return readFileSync(join(resourcesDir(), 'sample.json'), 'utf8');
}

/** Builds the sample document at path (used by tests and the CLI as well as first start). */
export function writeSampleDocument(path: string): void {
  createDocumentFromJson(path, sampleJson()).close();
}

/** Creates <documentsDir>/Quadrant/Harbour & Ember (sample).scorecard if missing and returns its path. */
export function ensureSampleDocument(documentsDir: string): string {
  const folder = join(documentsDir, 'Quadrant');
  const path = join(folder, SAMPLE_FILE_NAME);
  if (!existsSync(path)) {
    mkdirSync(folder, { recursive: true });
    writeSampleDocument(path);
  }
  return path;
}
