/**
 * The document's tables as Kysely sees them (both engines hold the same tables and columns).
 * Placeholder until the data layer is converted: the real per-table interfaces replace this.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type QuadrantSchema = Record<string, Record<string, any>>;
