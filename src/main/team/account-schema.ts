/**
 * PostgreSQL only: accounts, invites, sign-in sessions and sign-in attempts of a team server (see accounts.ts).
 * Applied by pg-migrations.ts as one of its numbered migrations.
 */
export const ACCOUNT_SCHEMA_SQL = '';
