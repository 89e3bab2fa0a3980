/**
 * The forms that edit the document, and the notes dialog: what validates with the contract's zod schemas. They load
 * when one is first opened (DialogHost), so the first screen needs neither zod nor the schemas (about 28 KB gzip and
 * tens of milliseconds of set-up at start); the window fetches them while idle after the first paint.
 */
import type { DialogSpec } from '../stores/ui-store';
import { ActionForm } from './ActionForm';
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

export function EditDialog({ dialog, onClose }: { dialog: EditDialogSpec; onClose(): void }) {
  switch (dialog.kind) {
    case 'scorecard':
      return <ScorecardForm scorecard={dialog.scorecard} onClose={onClose} />;
    case 'perspective':
      return <PerspectiveForm perspective={dialog.perspective} onClose={onClose} />;
    case 'objective':
      return <ObjectiveForm objective={dialog.objective} perspectiveId={dialog.perspectiveId} onClose={onClose} />;
    case 'kpi':
      return <KpiForm kpi={dialog.kpi} objectiveId={dialog.objectiveId} onClose={onClose} />;
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
