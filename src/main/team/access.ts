/**
 * Roles enforced on the team server before a call reaches the dispatcher (decision 6): the method's access
 * (src/shared/method-access.ts) against the caller's role, and for a contributor's 'enter' calls, the owner of every
 * KPI, key result or action item the input names, read from the database here (never taken from the page).
 * Refusals are FORBIDDEN with the reason in words.
 */
import { contract, type Method } from '../../shared/contract';
import type { Account, Role } from '../../shared/contract-team';
import { AppError, ErrorCode } from '../../shared/errors';
import { METHOD_ACCESS, roleAllows, type Access } from '../../shared/method-access';
import type { Repositories } from '../core/repositories';

const WHAT_ROLE_ALLOWS: Record<Role, string> = {
  viewer: 'lets you read this scorecard, not change it',
  contributor: 'lets you enter values, notes and check-ins for the KPIs, key results and actions you own',
  editor: 'lets you change the scorecard, not manage the people of this server',
  admin: 'lets you do everything',
};

function refusal(access: Access, role: Role): string {
  if (access === 'desktop') return 'That works with files on your own computer, in the Quadrant app, not on a team server.';
  if (access === 'admin') return `Only an admin can manage the people of this server. Your role, ${role}, ${WHAT_ROLE_ALLOWS[role]}.`;
  return `Your role, ${role}, ${WHAT_ROLE_ALLOWS[role]}.`;
}

/** A row the contributor wants to enter data for, and its owner as the document says. */
interface Owned {
  what: string;
  owner: string;
}

const sameOwner = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

type Input = Record<string, unknown>;
const id = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/**
 * The rows an 'enter' call names, each with its owner. A row that does not exist is left out: the call then fails
 * in the dispatcher with NOT_FOUND, having written nothing.
 */
function ownedRows(method: Method, input: Input, repos: Repositories): Owned[] {
  const kpi = (kpiId: unknown): Owned[] => {
    const k = id(kpiId) !== null ? repos.kpis.find(id(kpiId)!) : undefined;
    return k ? [{ what: `the KPI “${k.name}”`, owner: k.owner }] : [];
  };
  const keyResult = (krId: unknown): Owned[] => {
    const kr = id(krId) !== null ? repos.cascade.keyResults.find(id(krId)!) : undefined;
    return kr ? [{ what: `the key result “${kr.title}”`, owner: kr.owner }] : [];
  };
  const noteTarget = (entityType: unknown, entityId: unknown): Owned[] => {
    if (entityType === 'kpi') return kpi(entityId);
    // Notes on the structure (objectives, perspectives, the scorecard) are an editor's.
    return [{ what: `notes on ${String(entityType)}s`, owner: '' }];
  };
  switch (method) {
    case 'measurement.set':
    case 'measurement.delete':
      return kpi(input.kpiId);
    case 'measurement.setMany': {
      const ids = new Set((Array.isArray(input.items) ? input.items : []).map((item) => (item as Input).kpiId));
      return [...ids].flatMap(kpi);
    }
    case 'note.create':
      return noteTarget(input.entityType, input.entityId);
    case 'note.update':
    case 'note.delete': {
      const note = id(input.id) !== null ? repos.notes.find(id(input.id)!) : undefined;
      return note ? noteTarget(note.entityType, note.entityId) : [];
    }
    case 'okr.addCheckIn':
      return keyResult(input.keyResultId);
    case 'okr.updateCheckIn':
    case 'okr.deleteCheckIn': {
      const checkIn = id(input.id) !== null ? repos.cascade.checkIns.find(id(input.id)!) : undefined;
      return checkIn ? keyResult(checkIn.keyResultId) : [];
    }
    case 'action.update': {
      const action = id(input.id) !== null ? repos.review.actions.find(id(input.id)!) : undefined;
      if (!action) return [];
      const rows = [{ what: `the action “${action.title}”`, owner: action.owner }];
      // Handing one's action over to someone else is an editor's decision.
      if (typeof input.owner === 'string') rows.push({ what: `an action owned by “${input.owner}”`, owner: input.owner });
      return rows;
    }
    // Undo and redo take back the caller's own steps only (journal.ts).
    case 'history.undo':
    case 'history.redo':
      return [];
    default:
      throw new AppError(ErrorCode.INTERNAL, `${method} is marked 'enter' but the server does not know which rows it names.`);
  }
}

/**
 * Throws FORBIDDEN unless the account may make this call. `repos` reads the open team document; `input` is the
 * call's raw input (a malformed one is let through to the dispatcher, which refuses it with VALIDATION).
 */
export function checkAccess(account: Account, method: Method, input: unknown, repos: Repositories | null): void {
  const access = METHOD_ACCESS[method];
  if (!roleAllows(account.role, access)) throw new AppError(ErrorCode.FORBIDDEN, refusal(access, account.role));
  if (access !== 'enter' || account.role !== 'contributor' || !repos) return;
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) return;
  const owner = account.ownerName;
  const foreign = ownedRows(method, parsed.data as Input, repos).find((row) => !owner || !sameOwner(row.owner, owner));
  if (!foreign) return;
  if (!owner) {
    throw new AppError(ErrorCode.FORBIDDEN, 'Your account has no owner name yet, so there is nothing you can enter data for. Ask an admin to set it.');
  }
  const ownedBy = foreign.owner.trim() ? `, owned by ${foreign.owner.trim()}` : '';
  throw new AppError(
    ErrorCode.FORBIDDEN,
    `Your role, contributor, lets you enter data only for what you own (as “${owner}”); not for ${foreign.what}${ownedBy}.`,
  );
}
