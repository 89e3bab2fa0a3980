/**
 * Where a note went: "→ Objective “…”" opens that objective on the Scorecard view (panel open, as the overview
 * does), "→ KPI “…”" opens the KPI's detail. A note not promoted yet offers Promote….
 */
import { useTranslation } from 'react-i18next';
import type { WorkshopNote } from '../../../shared/workshop';
import { useDocumentStore } from '../../stores/document-store';
import { useOverviewStore } from '../../stores/overview-store';
import { useUiStore } from '../../stores/ui-store';
import { quoted } from './voting-text';
import '../../styles/workshop-voting.css';

function showObjective(id: number): void {
  const overview = useOverviewStore.getState();
  if (overview.selectedObjectiveId !== id) overview.toggleObjective(id);
  useUiStore.getState().setView('overview');
  requestAnimationFrame(() => document.getElementById(`objective-panel-${id}`)?.scrollIntoView({ block: 'center' }));
}

export function PromotedBadge({ note }: { note: WorkshopNote }) {
  const { t } = useTranslation('review');
  const openDialog = useUiStore((s) => s.openDialog);
  const objective = useDocumentStore((s) =>
    note.promotedObjectiveId === null ? undefined : s.tree?.objectives.find((o) => o.id === note.promotedObjectiveId),
  );
  const kpi = useDocumentStore((s) =>
    note.promotedKpiId === null ? undefined : s.tree?.kpis.find((k) => k.id === note.promotedKpiId),
  );

  if (objective) {
    return (
      <button type="button" className="promoted-badge" onClick={() => showObjective(objective.id)}>
        <span aria-hidden="true">→ </span>
        {t('promote.badgeObjective', { name: quoted(objective.title, 48) })}
      </button>
    );
  }
  if (kpi) {
    return (
      <button
        type="button"
        className="promoted-badge"
        onClick={(e) => openDialog({ kind: 'kpiDetail', kpiId: kpi.id }, e.currentTarget)}
      >
        <span aria-hidden="true">→ </span>
        {t('promote.badgeKpi', { name: quoted(kpi.name, 48) })}
      </button>
    );
  }
  if (note.promotedObjectiveId !== null || note.promotedKpiId !== null) {
    // Promoted, but the scorecard's tree does not hold it (yet): say so without a way to open it.
    return (
      <span className="promoted-badge">
        {note.promotedKpiId !== null ? t('promote.aKpi') : t('promote.anObjective')}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="promote-button"
      // P on the focused card promotes it too (use-board-keys.ts): the column stays one tab stop.
      tabIndex={-1}
      aria-keyshortcuts="P"
      title={t('promote.buttonTitle')}
      aria-label={t('promote.buttonLabel', {
        name: note.kind === 'group' ? t('voting.groupName', { note: quoted(note.text) }) : quoted(note.text),
      })}
      onClick={(e) =>
        openDialog({ kind: 'workshopPromote', workshopId: note.workshopId, noteId: note.id }, e.currentTarget)
      }
    >
      {t('promote.button')}
    </button>
  );
}
