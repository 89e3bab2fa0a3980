/**
 * The team server's own tables (account-schema.ts) exist only on PostgreSQL, so their few queries are written
 * as PostgreSQL with positional parameters and run by the same engine as the document (one connection, decision 3).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Query } from '../core/db/engine';

export const sql = (text: string, ...parameters: unknown[]): Query => ({ sql: text, parameters });

/** A random token for a cookie or a link: 32 bytes, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a token: its SHA-256, so a copy of the database lets nobody sign in. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('base64url');

export const nowIso = (now = Date.now()): string => new Date(now).toISOString();
