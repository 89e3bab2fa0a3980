/**
 * The forms that edit the document, and the notes dialog: what validates with the contract's zod schemas. They load
 * when one is first opened (DialogHost), so the first screen needs neither zod nor the schemas (about 28 KB gzip and
 * tens of milliseconds of set-up at start); the window fetches them while idle after the first paint.
 */
import { useTranslation } from 'react-i18next';
import type { ScorecardTree } from '../../shared/domain';
import { useDocumentStore } from '../stores/document-store';
import type { DialogSpec } from '../stores/ui-store';
import { ActionForm } from './ActionForm';
import { Modal } from './Modal';
import { InitiativeForm } from './InitiativeForm';
import { KpiForm } from './KpiForm';
import { LinkForm } from './LinkForm';
import { NotesDialog } from './NotesDialog';
import { ObjectiveForm } from './ObjectiveForm';
import { PerspectiveForm } from './PerspectiveForm';
import { ScorecardForm } from './ScorecardForm';
import { ThemeForm } from './ThemeForm';

export type EditDialogSpec = Extract<
  DialogSpec,
  { kind: 'scorecard' | 'perspective' | 'objective' | 'kpi' | 'theme' | 'link' | 'initiative' | 'notes' | 'action' }
>;

/**
 * The dialog with its entity as the scorecard holds it now. A closed period's views list the snapshot it was closed
 * with, so the perspective, objective or KPI a button there hands over may be an older version: a form filled from
 * it would write the old target or weight back. Null when the entity was deleted since.
 */
function liveSpec(dialog: EditDialogSpec, tree: ScorecardTree | null): EditDialogSpec | null {
  const live = <T extends { id: number }>(list: readonly T[] | undefined, item: T | undefined) =>
    item === undefined ? undefined : (list ?? []).find((x) => x.id === item.id);
  switch (dialog.kind) {
    case 'perspective': {
      const perspective = live(tree?.perspectives, dialog.perspective);
      return dialog.perspective && !perspective ? null : { ...dialog, perspective };
    }
    case 'objective': {
      const objective = live(tree?.objectives, dialog.objective);
      return dialog.objective && !objective ? null : { ...dialog, objective };
    }
    case 'kpi': {
      const kpi = live(tree?.kpis, dialog.kpi);
      return dialog.kpi && !kpi ? null : { ...dialog, kpi };
    }
    default:
      return dialog;
  }
}

export function EditDialog({ dialog: asked, onClose }: { dialog: EditDialogSpec; onClose(): void }) {
  const { t } = useTranslation('panels');
  const tree = useDocumentStore((s) => s.tree);
  const dialog = liveSpec(asked, tree);
  if (dialog === null) {
    return (
      <Modal title={t('editDialog.deletedTitle')} onClose={onClose} size="small">
        <div className="dialog-body">
          <p>{t('editDialog.deletedText')}</p>
        </div>
        <div className="dialog-footer">
          <span className="spacer" />
          <button type="button" onClick={onClose} data-autofocus>
            {t('kpiDetail.close')}
          </button>
        </div>
      </Modal>
    );
  }
  switch (dialog.kind) {
    case 'scorecard':
      return <ScorecardForm scorecard={dialog.scorecard} onClose={onClose} />;
    case 'perspective':
      return <PerspectiveForm perspective={dialog.perspective} onClose={onClose} />;
    case 'objective':
      return <ObjectiveForm objective={dialog.objective} perspectiveId={dialog.perspectiveId} onClose={onClose} />;
    case 'kpi':
      return <KpiForm kpi={dialog.kpi} objectiveId={dialog.objectiveId} fromLibrary={dialog.fromLibrary} onClose={onClose} />;
    case 'theme':
      return <ThemeForm theme={dialog.theme} onClose={onClose} />;
    case 'link':
      return <LinkForm link={dialog.link} onClose={onClose} />;
    case 'initiative':
      return <InitiativeForm initiative={dialog.initiative} onClose={onClose} />;
    case 'action':
      return <ActionForm action={dialog.action} concern={dialog.concern} onClose={onClose} />;
    case 'notes':
      return (
        <NotesDialog
          entityType={dialog.entityType}
          entityId={dialog.entityId}
          title={dialog.title}
          period={dialog.period}
          onClose={onClose}
        />
      );
  }
}
