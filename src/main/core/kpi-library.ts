/**
 * The KPI library: the built-in one shipped as resources/kpi-library.json (read and checked once), and the user's
 * own KPIs kept in one JSON file with the app's settings (session.libraryFile). The personal file belongs to the
 * user: one that cannot be read, is not ours, or comes from a newer Quadrant is reported and never overwritten.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError, ErrorCode, formatPath } from '../../shared/errors';
import { t } from '../../shared/i18n';
import {
  KpiLibraryFile,
  LibraryKpi,
  PersonalLibraryFile,
  type KpiLibrary,
  type LibraryKpi as LibraryKpiType,
} from '../../shared/templates';
import { resourcesDir } from './first-run';

export const PERSONAL_FORMAT = 'quadrant-kpi-library';
export const PERSONAL_FORMAT_VERSION = 1;

let builtIn: LibraryKpiType[] | null = null;

/** The shipped library, parsed once per process. A broken shipped file is our bug, said plainly. */
export function builtInLibrary(): LibraryKpiType[] {
  if (builtIn) return builtIn;
  const path = join(resourcesDir(), 'kpi-library.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new AppError(ErrorCode.INTERNAL, t('errors:kpiLibrary.builtInUnreadable', { detail: (err as Error).message }));
  }
  const parsed = KpiLibraryFile.safeParse(safeJson(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(ErrorCode.INTERNAL, t('errors:kpiLibrary.builtInDamaged', { path: formatPath(issue?.path ?? []), detail: issue?.message ?? '' }));
  }
  builtIn = parsed.data.kpis;
  return builtIn;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

interface Personal {
  kpis: LibraryKpiType[];
  /** Why the file's KPIs are not shown; the file is then left alone. */
  warning?: string;
}

/** The user's own KPIs; a missing file is an empty library, any other trouble a warning and no KPIs. */
export function readPersonal(file: string): Personal {
  if (!existsSync(file)) return { kpis: [] };
  const name = basename(file);
  const refuse = (why: string): Personal => ({ kpis: [], warning: t('errors:kpiLibrary.notShown', { why }) });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return refuse(t('errors:kpiLibrary.why.unreadable', { file, detail: (err as NodeJS.ErrnoException).code ?? (err as Error).message }));
  }
  const json = safeJson(text);
  if (json === undefined) return refuse(t('errors:kpiLibrary.why.notJson', { file, name }));
  const head = (typeof json === 'object' && json !== null ? json : {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format !== PERSONAL_FORMAT) return refuse(t('errors:kpiLibrary.why.notLibrary', { file }));
  if (typeof head.formatVersion === 'number' && head.formatVersion > PERSONAL_FORMAT_VERSION) {
    return refuse(t('errors:kpiLibrary.why.newer', { file, version: head.formatVersion }));
  }
  const parsed = PersonalLibraryFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(t('errors:kpiLibrary.why.entry', { file, path: formatPath(issue?.path ?? []), detail: issue?.message ?? '' }));
  }
  return { kpis: parsed.data.kpis };
}

export function listLibrary(file: string | null): KpiLibrary {
  const personal = file ? readPersonal(file) : { kpis: [] };
  return {
    builtIn: builtInLibrary(),
    personal: personal.kpis,
    personalFile: file,
    ...(personal.warning ? { warning: personal.warning } : {}),
  };
}

/** The personal file for a change: absent where this host keeps none, refused where it holds what we cannot read. */
function writable(file: string | null): { file: string; kpis: LibraryKpiType[] } {
  if (!file) {
    throw new AppError(
      ErrorCode.VALIDATION,
      t('errors:kpiLibrary.noPersonal'),
    );
  }
  const personal = readPersonal(file);
  if (personal.warning) throw new AppError(ErrorCode.CONFLICT, t('errors:kpiLibrary.nothingChanged', { warning: personal.warning }));
  return { file, kpis: personal.kpis };
}

/** "Gross margin (café)" → "gross-margin-cafe": the Slug rule of templates.ts, within its 60 characters. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 50)
    .replace(/^-+|-+$/g, '');
  return slug || 'kpi';
}

function uniqueId(name: string, taken: Set<string>): string {
  const base = slugOf(name);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Writes the whole personal library: a temporary file beside it, then a rename, so a crash leaves old or new, never half. */
function writePersonal(file: string, kpis: LibraryKpiType[]): void {
  const content: PersonalLibraryFile = { format: PERSONAL_FORMAT, formatVersion: PERSONAL_FORMAT_VERSION, kpis };
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, `${JSON.stringify(content, null, 2)}\n`, 'utf8');
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new AppError(ErrorCode.IO, t('errors:kpiLibrary.notSaved', { file, detail: (err as NodeJS.ErrnoException).code ?? (err as Error).message }));
  }
}

export type SaveInput = Omit<LibraryKpiType, 'id'> & { id?: string | undefined };

/**
 * Saves a KPI into the personal library. With an id it replaces that entry; without one, an entry of the same name
 * is replaced (saving the same KPI twice updates it rather than making a copy), else a new id is made from the name,
 * unique across the built-in and personal libraries so a picker can key both lists by id.
 */
export function saveToLibrary(file: string | null, input: SaveInput): LibraryKpiType {
  const personal = writable(file);
  const kpis = [...personal.kpis];
  const { id: givenId, ...fields } = input;
  let index: number;
  if (givenId !== undefined) {
    index = kpis.findIndex((k) => k.id === givenId);
    if (index < 0) throw new AppError(ErrorCode.NOT_FOUND, t('errors:kpiLibrary.noKpiToSave', { id: givenId }));
  } else {
    index = kpis.findIndex((k) => k.name.toLowerCase() === fields.name.toLowerCase());
  }
  const id =
    index >= 0 ? kpis[index]!.id : uniqueId(fields.name, new Set([...builtInLibrary().map((k) => k.id), ...kpis.map((k) => k.id)]));
  const entry = LibraryKpi.parse({ ...fields, id });
  if (index >= 0) kpis[index] = entry;
  else kpis.push(entry);
  writePersonal(personal.file, kpis);
  return entry;
}

export function deleteFromLibrary(file: string | null, id: string): void {
  const personal = writable(file);
  const kpis = personal.kpis.filter((k) => k.id !== id);
  if (kpis.length === personal.kpis.length) {
    const builtInEntry = builtInLibrary().some((k) => k.id === id);
    throw new AppError(
      ErrorCode.NOT_FOUND,
      builtInEntry
        ? t('errors:kpiLibrary.builtInDelete', { id })
        : t('errors:kpiLibrary.noKpiToDelete', { id }),
    );
  }
  writePersonal(personal.file, kpis);
}
