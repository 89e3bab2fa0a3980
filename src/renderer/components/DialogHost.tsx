/** Renders the one open dialog. A key per dialog resets its form when another one opens. */
import { t } from '../../shared/i18n';
import type { Workshop } from '../../shared/workshop';
import { lazyPart, PartLoading } from '../lazy-part';
import { useUiStore } from '../stores/ui-store';
import { BackupsDialog } from './BackupsDialog';
import type { EditDialogSpec } from './EditDialog';
import { FileDialog } from './FileDialog';
import { KpiDetailDialog } from './KpiDetailDialog';
import { PeriodDialog } from './PeriodDialog';
import type { CheckIn, KeyResult } from '../../shared/okr';

/** The editing forms and the notes dialog load when first opened (and while idle after the first paint). */
export const EditDialog = lazyPart<{ dialog: EditDialogSpec; onClose(): void }>(
  () => import('./EditDialog').then((m) => m.EditDialog),
  () => <PartLoading label={t('panels:loading.opening')} />,
);

/** Starting and spreadsheets (issue 14): each loads when first opened. */
const NewScorecardDialog = lazyPart<{ onClose(): void }>(
  () => import('./start/NewScorecardDialog').then((m) => m.NewScorecardDialog),
  () => <PartLoading label={t('panels:loading.opening')} />,
);
const KpiLibraryDialog = lazyPart<{ onClose(): void }>(
  () => import('./start/KpiLibraryDialog').then((m) => m.KpiLibraryDialog),
  () => <PartLoading label={t('panels:loading.opening')} />,
);
const ImportDialog = lazyPart<{ onClose(): void }>(
  () => import('./sheets/ImportDialog').then((m) => m.ImportDialog),
  () => <PartLoading label={t('panels:loading.opening')} />,
);
const ExportDialog = lazyPart<{ onClose(): void }>(
  () => import('./sheets/ExportDialog').then((m) => m.ExportDialog),
  () => <PartLoading label={t('panels:loading.opening')} />,
);

/** Cascading and OKRs (issue 15). */
const CascadeDialog = lazyPart<{ objectiveId: number; onClose(): void }>(
  () => import('./cascade/CascadeDialog').then((m) => m.CascadeDialog),
  () => <PartLoading label={t('panels:loading.opening')} />,
);
const KeyResultDialog = lazyPart<{ objectiveId: number; keyResult?: KeyResult; onClose(): void }>(
  () => import('./okr/KeyResultDialog').then((m) => m.KeyResultDialog),
  () => <PartLoading label={t('panels:loading.opening')} />,
);
const CheckInDialog = lazyPart<{ keyResultId: number; checkIn?: CheckIn; onClose(): void }>(
  () => import('./okr/CheckInDialog').then((m) => m.CheckInDialog),
  () => <PartLoading label={t('panels:loading.opening')} />,
);

/** Workshops (issue 16). */
const WorkshopDialog = lazyPart<{ workshop?: Workshop; onClose(): void }>(
  () => import('./workshop/WorkshopDialog').then((m) => m.WorkshopDialog),
  () => <PartLoading label={t('panels:loading.opening')} />,
);
const PromoteDialog = lazyPart<{ workshopId: number; noteId: number; onClose(): void }>(
  () => import('./workshop/PromoteDialog').then((m) => m.PromoteDialog),
  () => <PartLoading label={t('panels:loading.opening')} />,
);

/** Team mode (issue 18): the people of the team server, and one's own password. */
const PeopleDialog = lazyPart<{ onClose(): void }>(
  () => import('../team/PeopleDialog').then((m) => m.PeopleDialog),
  () => <PartLoading label={t('panels:loading.opening')} />,
);
const PasswordDialog = lazyPart<{ onClose(): void }>(
  () => import('../team/PasswordDialog').then((m) => m.PasswordDialog),
  () => <PartLoading label={t('panels:loading.opening')} />,
);

let serial = 0;
const keys = new WeakMap<object, number>();
const keyOf = (spec: object) => {
  if (!keys.has(spec)) keys.set(spec, ++serial);
  return keys.get(spec);
};

export function DialogHost() {
  const dialog = useUiStore((s) => s.dialog);
  const close = useUiStore((s) => s.closeDialog);
  if (!dialog) return null;
  const key = keyOf(dialog);
  switch (dialog.kind) {
    case 'file':
      return <FileDialog key={key} action={dialog.action} onClose={close} />;
    case 'backups':
      return <BackupsDialog key={key} onClose={close} />;
    case 'kpiDetail':
      return <KpiDetailDialog key={key} kpiId={dialog.kpiId} onClose={close} />;
    case 'period':
      return <PeriodDialog key={key} action={dialog.action} period={dialog.period} onClose={close} />;
    case 'newScorecard':
      return <NewScorecardDialog.Component key={key} onClose={close} />;
    case 'library':
      return <KpiLibraryDialog.Component key={key} onClose={close} />;
    case 'importValues':
      return <ImportDialog.Component key={key} onClose={close} />;
    case 'exportSheet':
      return <ExportDialog.Component key={key} onClose={close} />;
    case 'cascade':
      return <CascadeDialog.Component key={key} objectiveId={dialog.objectiveId} onClose={close} />;
    case 'keyResult':
      return <KeyResultDialog.Component key={key} objectiveId={dialog.objectiveId} keyResult={dialog.keyResult} onClose={close} />;
    case 'checkIn':
      return <CheckInDialog.Component key={key} keyResultId={dialog.keyResultId} checkIn={dialog.checkIn} onClose={close} />;
    case 'workshop':
      return <WorkshopDialog.Component key={key} workshop={dialog.workshop} onClose={close} />;
    case 'workshopPromote':
      return <PromoteDialog.Component key={key} workshopId={dialog.workshopId} noteId={dialog.noteId} onClose={close} />;
    case 'people':
      return <PeopleDialog.Component key={key} onClose={close} />;
    case 'password':
      return <PasswordDialog.Component key={key} onClose={close} />;
    default:
      return <EditDialog.Component key={key} dialog={dialog} onClose={close} />;
  }
}
