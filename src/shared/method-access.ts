/**
 * Who may call what on a team server (docs/team-server.md), for every method of the contract. Typed as a Record
 * over every method, so a new method does not compile until someone decides who may call it.
 *
 * - read: everyone signed in (viewer and up). Exports count as reads: the server sends the bytes back to the page.
 * - enter: values, notes, check-ins and own action items: a contributor for the KPIs, key results and actions they
 *   own (the server reads the rows the input names), editors and admins for all.
 * - edit: the structure and everything else that changes the document: editors and admins.
 * - admin: the people of the server: admins only.
 * - self: the caller's own account (who am I, my password): everyone signed in.
 * - desktop: files on the computer the app runs on (open, save as, backups, the personal KPI library, file
 *   dialogs): refused on a team server, whose document is its database.
 */
import type { Method } from './contract';
import type { Role } from './contract-team';

export type Access = 'read' | 'enter' | 'edit' | 'admin' | 'self' | 'desktop';

export const METHOD_ACCESS: Record<Method, Access> = {
  'app.info': 'read',
  // Only the caller's own requests change language: nothing shared.
  'app.setLanguage': 'self',
  'document.create': 'desktop',
  'document.open': 'desktop',
  'document.info': 'read',
  'document.close': 'desktop',
  'document.saveAs': 'desktop',
  'document.export': 'read',
  'document.load': 'read',

  'scorecard.list': 'read',
  'scorecard.get': 'read',
  'scorecard.create': 'edit',
  'scorecard.update': 'edit',
  'scorecard.delete': 'edit',
  'scorecard.evaluate': 'read',
  'scorecard.evaluateMany': 'read',
  'dashboard.data': 'read',

  'perspective.list': 'read',
  'perspective.create': 'edit',
  'perspective.update': 'edit',
  'perspective.delete': 'edit',
  'perspective.reorder': 'edit',
  'theme.list': 'read',
  'theme.create': 'edit',
  'theme.update': 'edit',
  'theme.delete': 'edit',
  'objective.list': 'read',
  'objective.get': 'read',
  'objective.create': 'edit',
  'objective.update': 'edit',
  'objective.delete': 'edit',
  'objective.reorder': 'edit',
  'link.list': 'read',
  'link.create': 'edit',
  'link.update': 'edit',
  'link.delete': 'edit',
  'kpi.list': 'read',
  'kpi.get': 'read',
  'kpi.create': 'edit',
  'kpi.update': 'edit',
  'kpi.delete': 'edit',
  'kpi.reorder': 'edit',

  'measurement.list': 'read',
  'measurement.set': 'enter',
  'measurement.delete': 'enter',
  'measurement.setMany': 'enter',

  'initiative.list': 'read',
  'initiative.create': 'edit',
  'initiative.update': 'edit',
  'initiative.delete': 'edit',

  'note.list': 'read',
  'note.create': 'enter',
  'note.update': 'enter',
  'note.delete': 'enter',

  'report.data': 'read',
  // The report dialog's last choices are kept in the document, for everyone: a change of the document.
  'report.settings.get': 'read',
  'report.settings.set': 'edit',
  'report.export': 'read',

  'history.state': 'read',
  // Undo in team mode takes back only the caller's own steps (journal.ts), which their role allowed when made.
  'history.undo': 'enter',
  'history.redo': 'enter',

  'backup.list': 'desktop',
  'backup.restore': 'desktop',
  // Without a link opener the server answers `opened: false` and the page opens the link itself.
  'shell.openExternal': 'read',
  'file.choose': 'desktop',

  'review.templates': 'read',
  'review.template.create': 'edit',
  'review.template.update': 'edit',
  'review.template.delete': 'edit',
  'review.list': 'read',
  'review.get': 'read',
  'review.start': 'edit',
  'review.update': 'edit',
  'review.delete': 'edit',
  'review.people': 'read',
  'review.item.create': 'edit',
  'review.item.update': 'edit',
  'review.item.delete': 'edit',
  'review.item.reorder': 'edit',
  'action.list': 'read',
  'action.create': 'edit',
  'action.update': 'enter',
  'action.delete': 'edit',
  'due.list': 'read',
  'period.list': 'read',
  'period.close': 'edit',
  'period.reopen': 'edit',
  'period.compare': 'read',
  'minutes.data': 'read',
  'minutes.export': 'read',

  'template.list': 'read',
  'template.get': 'read',
  'scorecard.fromTemplate': 'edit',
  'scorecard.copy': 'edit',
  'library.list': 'desktop',
  'library.save': 'desktop',
  'library.delete': 'desktop',
  // Reading an uploaded spreadsheet and previewing it are the first steps of an import, which edits.
  'import.read': 'edit',
  'import.preview': 'edit',
  'import.apply': 'edit',
  'spreadsheet.data': 'read',
  'spreadsheet.export': 'read',

  'cascade.list': 'read',
  'cascade.set': 'edit',
  'cascade.remove': 'edit',
  'cascade.create': 'edit',
  'cascade.scores': 'read',
  'cascade.alignment': 'read',
  'okr.createKeyResult': 'edit',
  'okr.updateKeyResult': 'edit',
  'okr.deleteKeyResult': 'edit',
  'okr.reorderKeyResults': 'edit',
  'okr.addCheckIn': 'enter',
  'okr.updateCheckIn': 'enter',
  'okr.deleteCheckIn': 'enter',
  'okr.board': 'read',
  'incentive.get': 'read',
  'incentive.setPlan': 'edit',
  'incentive.deletePlan': 'edit',
  'incentive.setItem': 'edit',
  'incentive.export': 'read',

  'workshop.list': 'read',
  'workshop.get': 'read',
  'workshop.create': 'edit',
  'workshop.update': 'edit',
  'workshop.delete': 'edit',
  'workshop.addNote': 'edit',
  'workshop.updateNote': 'edit',
  'workshop.moveNote': 'edit',
  'workshop.mergeNotes': 'edit',
  'workshop.deleteNote': 'edit',
  'workshop.vote': 'edit',
  'workshop.clearVotes': 'edit',
  'workshop.promote': 'edit',
  'deck.export': 'read',

  'analysis.strategyCheck': 'read',
  'analysis.sensitivity': 'read',
  'analysis.whatIf': 'read',
  'analysis.whatItTakes': 'read',

  'team.me': 'self',
  'team.accounts': 'admin',
  'team.invites': 'admin',
  'team.invite': 'admin',
  'team.revokeInvite': 'admin',
  'team.updateAccount': 'admin',
  'team.changePassword': 'self',
  'audit.list': 'read',
};

/**
 * Whether a role may call a method of this access at all. For 'enter' a contributor passes here and the server
 * then checks the rows the input names (src/main/team/access.ts); 'desktop' is refused to everyone.
 */
export function roleAllows(role: Role, access: Access): boolean {
  switch (access) {
    case 'read':
    case 'self':
      return true;
    case 'enter':
      return role !== 'viewer';
    case 'edit':
      return role === 'editor' || role === 'admin';
    case 'admin':
      return role === 'admin';
    case 'desktop':
      return false;
  }
}
