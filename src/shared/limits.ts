/**
 * Bounds shared by the schemas (domain.ts) and by code that must not load zod: number entry in the renderer's first
 * screen parses with these without pulling in the schemas.
 */

/** Numbers beyond this are almost certainly typos or attacks; SQLite REAL and JS doubles hold them exactly enough. */
export const MAX_ABS_NUMBER = 1e15;
