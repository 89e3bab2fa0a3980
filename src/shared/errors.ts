/**
 * Errors travel as data: Electron's ipcMain.handle keeps only an Error's message, so the code
 * and the field-level issues must be part of the returned value, for IPC and HTTP alike.
 */
import type { DocumentChanges } from './changes';
export const ErrorCode = {
  /** The payload did not match the method's schema, or a value broke a domain rule. */
  VALIDATION: 'VALIDATION',
  UNKNOWN_METHOD: 'UNKNOWN_METHOD',
  NOT_FOUND: 'NOT_FOUND',
  /** The method needs an open document and none is open. */
  NO_DOCUMENT: 'NO_DOCUMENT',
  /** The file is not a Quadrant document (not SQLite, or SQLite of another application). */
  NOT_A_SCORECARD: 'NOT_A_SCORECARD',
  /** The document was written by a newer version of Quadrant. */
  NEWER_VERSION: 'NEWER_VERSION',
  /** The file is damaged (integrity check failed, truncated). */
  CORRUPT: 'CORRUPT',
  /** The operation conflicts with the document's state (for example deleting a perspective that has objectives). */
  CONFLICT: 'CONFLICT',
  FILE_EXISTS: 'FILE_EXISTS',
  READ_ONLY: 'READ_ONLY',
  IO: 'IO',
  /** Browser mode: the call came without the per-run access token, or with a wrong one (HTTP 401). */
  UNAUTHORIZED: 'UNAUTHORIZED',
  /**
   * Not allowed by the host: in the app, a path the page did not get from Quadrant's own file dialog; in browser mode,
   * a call from another computer, through a foreign Host or from a foreign origin (HTTP 403).
   */
  FORBIDDEN: 'FORBIDDEN',
  /** Team mode: too many failed sign-ins from this address or for this account; try again later (HTTP 429). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A JSON import that is not valid interchange data. */
  BAD_IMPORT: 'BAD_IMPORT',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ConflictInfo {
  by: string;
  /** ISO 8601. */
  at: string;
  /** What changed, in words ("Target of “Revenue”"). */
  subject: string;
  /** The row as the API gives it now (a KPI, a measurement…), or null when the other person deleted it. */
  current: unknown;
}

export interface FieldIssue {
  /** Path into the payload, for example ['target'] or ['kpis', 3, 'name']. */
  path: (string | number)[];
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** How many further issues were found but left out of `issues`, to keep the answer small. */
  moreIssues?: number;
  /** Team mode, with CONFLICT: who changed the row since the caller's page read it, when, and the row as it is now. */
  conflict?: ConflictInfo;
}

/** A write's answer also says what it changed (see changes.ts), so the page applies that instead of reading again. */
export type Result<T> = { ok: true; value: T; changes?: DocumentChanges } | { ok: false; error: ApiError };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];
  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
  toData(): ApiError {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

/** One field's problem, as a validation error the UI can show beside that field. */
export function fieldError(field: string, message: string): AppError {
  return new AppError(ErrorCode.VALIDATION, `${field}: ${message}`, [{ path: [field], message }]);
}

export function formatPath(path: readonly (string | number | symbol)[]): string {
  let out = '$';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
  return out;
}
