/**
 * What the shell remembers between runs, in <userData>/state.json: the windows that were open
 * (document and bounds) and the recent documents. Written atomically, read forgivingly: a damaged
 * state file costs the user their window layout, never the start of the app.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isLanguageChoice, type LanguageChoice } from '../../shared/i18n/languages';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** The open document, or null for a window without one. */
  path: string | null;
  bounds: Bounds | null;
  maximized: boolean;
  fullScreen: boolean;
}

export interface ShellState {
  /** False until the first start has created and opened the sample. */
  firstRunDone: boolean;
  windows: WindowState[];
  recent: string[];
  /** View ▸ Language: read before any window opens, so the native menu is in it from the start. */
  language: LanguageChoice;
}

export const RECENT_LIMIT = 10;

function emptyState(): ShellState {
  return { firstRunDone: false, windows: [], recent: [], language: 'system' };
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function parseBounds(value: unknown): Bounds | null {
  if (!value || typeof value !== 'object') return null;
  const b = value as Record<string, unknown>;
  if (!isNumber(b['x']) || !isNumber(b['y']) || !isNumber(b['width']) || !isNumber(b['height'])) return null;
  if (b['width'] < 200 || b['height'] < 150) return null;
  return { x: b['x'], y: b['y'], width: b['width'], height: b['height'] };
}

function parseWindow(value: unknown): WindowState | null {
  if (!value || typeof value !== 'object') return null;
  const w = value as Record<string, unknown>;
  return {
    path: typeof w['path'] === 'string' && w['path'] ? w['path'] : null,
    bounds: parseBounds(w['bounds']),
    maximized: w['maximized'] === true,
    fullScreen: w['fullScreen'] === true,
  };
}

export class StateStore {
  readonly file: string;
  private state: ShellState;
  private timer: NodeJS.Timeout | null = null;

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'state.json');
    this.state = this.read();
  }

  private read(): ShellState {
    if (!existsSync(this.file)) return emptyState();
    try {
      const raw = JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, unknown>;
      const windows = Array.isArray(raw['windows']) ? raw['windows'].map(parseWindow).filter((w) => w !== null) : [];
      const recent = Array.isArray(raw['recent'])
        ? raw['recent'].filter((p): p is string => typeof p === 'string' && p.length > 0).slice(0, RECENT_LIMIT)
        : [];
      // An existing state file means the app has run before, even if the flag is missing.
      const language = isLanguageChoice(raw['language']) ? raw['language'] : 'system';
      return { firstRunDone: raw['firstRunDone'] !== false, windows, recent, language };
    } catch (err) {
      console.warn(`Quadrant: ignoring unreadable ${this.file}: ${(err as Error).message}`);
      return { ...emptyState(), firstRunDone: true };
    }
  }

  get(): Readonly<ShellState> {
    return this.state;
  }

  update(change: (state: ShellState) => void): void {
    change(this.state);
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.saveNow(), 300);
  }

  saveNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const partial = `${this.file}.partial`;
      writeFileSync(partial, JSON.stringify(this.state, null, 2));
      renameSync(partial, this.file);
    } catch (err) {
      console.warn(`Quadrant: could not save ${this.file}: ${(err as Error).message}`);
    }
  }
}
