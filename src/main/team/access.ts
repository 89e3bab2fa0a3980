/**
 * Roles enforced on the team server before a call reaches the dispatcher (decision 6): the method's access
 * (src/shared/method-access.ts) against the caller's role, and for a contributor's 'enter' calls, the owner of every
 * KPI, key result or action item the input names, read from the database here (never taken from the page).
 * Refusals are FORBIDDEN with the reason in words.
 */
import { contract, type Method } from '../../shared/contract';
import type { Account, Role } from '../../shared/contract-team';
import { AppError, ErrorCode } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { METHOD_ACCESS, roleAllows, type Access } from '../../shared/method-access';
import type { Repositories } from '../core/repositories';

function refusal(access: Access, role: Role): string {
  if (access === 'desktop') return t('errors:teamAccess.desktop');
  const allows = t(`errors:teamAccess.role.${role}`);
  return access === 'admin' ? t('errors:teamAccess.adminOnly', { role: allows }) : allows;
}

const NOTE_KINDS = new Set(['scorecard', 'perspective', 'objective', 'initiative']);

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
    return k ? [{ what: t('errors:teamAccess.kpi', { name: k.name }), owner: k.owner }] : [];
  };
  const keyResult = (krId: unknown): Owned[] => {
    const kr = id(krId) !== null ? repos.cascade.keyResults.find(id(krId)!) : undefined;
    return kr ? [{ what: t('errors:teamAccess.keyResult', { name: kr.title }), owner: kr.owner }] : [];
  };
  const noteTarget = (entityType: unknown, entityId: unknown): Owned[] => {
    if (entityType === 'kpi') return kpi(entityId);
    // Notes on the structure (objectives, perspectives, the scorecard) are an editor's.
    const kind = String(entityType);
    const what = NOTE_KINDS.has(kind)
      ? t(`errors:teamAccess.notes.${kind as 'scorecard'}`)
      : t('errors:teamAccess.notes.other', { kind });
    return [{ what, owner: '' }];
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
      const rows = [{ what: t('errors:teamAccess.action', { name: action.title }), owner: action.owner }];
      // Handing one's action over to someone else is an editor's decision.
      if (typeof input.owner === 'string')
        rows.push({ what: t('errors:teamAccess.actionOwnedBy', { owner: input.owner }), owner: input.owner });
      return rows;
    }
    // Undo and redo take back the caller's own steps only (journal.ts).
    case 'history.undo':
    case 'history.redo':
      return [];
    default:
      throw new AppError(
        ErrorCode.INTERNAL,
        `${method} is marked 'enter' but the server does not know which rows it names.`,
      );
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
    throw new AppError(ErrorCode.FORBIDDEN, t('errors:teamAccess.noOwnerName'));
  }
  const by = foreign.owner.trim();
  throw new AppError(
    ErrorCode.FORBIDDEN,
    by
      ? t('errors:teamAccess.notYoursOwned', { owner, what: foreign.what, by })
      : t('errors:teamAccess.notYours', { owner, what: foreign.what }),
  );
}
