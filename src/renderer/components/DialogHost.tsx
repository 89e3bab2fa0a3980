/** Renders the one open dialog. A key per dialog resets its form when another one opens. */
import { useUiStore } from '../stores/ui-store';
import { BackupsDialog } from './BackupsDialog';
import { FileDialog } from './FileDialog';
import { InitiativeForm } from './InitiativeForm';
import { KpiDetailDialog } from './KpiDetailDialog';
import { KpiForm } from './KpiForm';
import { LinkForm } from './LinkForm';
import { NotesDialog } from './NotesDialog';
import { ObjectiveForm } from './ObjectiveForm';
import { PerspectiveForm } from './PerspectiveForm';
import { ScorecardForm } from './ScorecardForm';
import { ThemeForm } from './ThemeForm';

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
    case 'scorecard':
      return <ScorecardForm key={key} scorecard={dialog.scorecard} onClose={close} />;
    case 'perspective':
      return <PerspectiveForm key={key} perspective={dialog.perspective} onClose={close} />;
    case 'objective':
      return (
        <ObjectiveForm key={key} objective={dialog.objective} perspectiveId={dialog.perspectiveId} onClose={close} />
      );
    case 'kpi':
      return <KpiForm key={key} kpi={dialog.kpi} objectiveId={dialog.objectiveId} onClose={close} />;
    case 'theme':
      return <ThemeForm key={key} theme={dialog.theme} onClose={close} />;
    case 'link':
      return <LinkForm key={key} link={dialog.link} onClose={close} />;
    case 'initiative':
      return <InitiativeForm key={key} initiative={dialog.initiative} onClose={close} />;
    case 'backups':
      return <BackupsDialog key={key} onClose={close} />;
    case 'notes':
      return (
        <NotesDialog
          key={key}
          entityType={dialog.entityType}
          entityId={dialog.entityId}
          title={dialog.title}
          period={dialog.period}
          onClose={close}
        />
      );
    case 'kpiDetail':
      return <KpiDetailDialog key={key} kpiId={dialog.kpiId} onClose={close} />;
  }
}
