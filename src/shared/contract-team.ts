/**
 * Team mode (docs/team-server.md): the people of a team server and the audit log, spread into contract.ts.
 * team.* are answered by the team server only (src/main/team); the desktop answers team.me with null and refuses
 * the rest. audit.list answers on both: a scorecard file keeps no audit log (available: false).
 */
import { z } from 'zod';
import { says } from './validation-words';
import { Id } from './domain';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });

export const ROLES = ['admin', 'editor', 'contributor', 'viewer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

const Email = z.string().trim().toLowerCase().min(3, says('emailRequired')).max(254).email(says('email'));
const PersonName = z
  .string()
  .trim()
  .min(1, says('nameRequired'))
  .max(120, says('atMostChars', { max: 120 }));
/** The owner name on KPIs and actions that a contributor may enter data for ("Anna Berg"); null: none. */
const OwnerName = z.string().trim().min(1).max(200).nullable();

export interface Account {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** KPIs and actions whose owner is this name are the contributor's to enter data and notes for. */
  ownerName: string | null;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export interface Invite {
  id: number;
  email: string;
  role: Role;
  ownerName: string | null;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
}

/** Who is signed in on this page; null on the desktop, in the CLI and in `npm run web`. */
export interface TeamMe {
  account: Account;
  /** The team server's name for its document ("Acme team scorecard"), for the title bar. */
  server: string;
}

export type AuditAction = 'created' | 'changed' | 'deleted' | 'undone' | 'redone';

export interface AuditEntry {
  /** The audit log's sequence number: also the document revision the change made. */
  seq: number;
  /** ISO 8601 with time zone. */
  at: string;
  by: { accountId: number | null; name: string };
  action: AuditAction;
  /** What was changed, in words ("Target of “Revenue”", "Value of “Revenue” for 2026-Q3"). */
  subject: string;
  /** Each changed field with its value before and after, as the user sees them ("90,000" → "95,000"). */
  fields: { name: string; before: string | null; after: string | null }[];
  /** The undo step's description ("Edit KPI “Revenue”"). */
  step: string | null;
}

export const AuditListInput = z
  .object({
    entityType: z.enum(['kpi', 'objective']),
    id: Id,
    /** Newest first; at most this many. */
    limit: z.number().int().min(1).max(500).optional(),
    /** Only entries older than this seq (the next page). */
    before: z.number().int().positive().optional(),
  })
  .strict();

export const InviteInput = z.object({ email: Email, role: Role, ownerName: OwnerName.optional() }).strict();
export const AccountUpdateInput = z
  .object({
    id: Id,
    name: PersonName.optional(),
    role: Role.optional(),
    ownerName: OwnerName.optional(),
    disabled: z.boolean().optional(),
  })
  .strict();
export const PasswordChangeInput = z
  .object({
    current: z.string().min(1).max(1024),
    next: z
      .string()
      .min(12, says('atLeastChars', { min: 12 }))
      .max(1024),
  })
  .strict();

export const teamContract = {
  'team.me': method<TeamMe | null>()(z.object({}).strict()),
  'team.accounts': method<Account[]>()(z.object({}).strict()),
  'team.invites': method<Invite[]>()(z.object({}).strict()),
  /** The link is shown once to the admin, who passes it on; only its hash is kept. */
  'team.invite': method<{ invite: Invite; link: string }>()(InviteInput),
  'team.revokeInvite': method<void>()(z.object({ id: Id }).strict()),
  'team.updateAccount': method<Account>()(AccountUpdateInput),
  'team.changePassword': method<void>()(PasswordChangeInput),
  'audit.list': method<{ available: boolean; entries: AuditEntry[] }>()(AuditListInput),
};
