/**
 * The KPI library (View › KPI Library…): browse the built-in KPIs and your own, delete your own, and add one to
 * the scorecard — which opens the KPI form filled from it, for the user to review and save.
 */
import { useTranslation } from 'react-i18next';
import type { LibraryKpi } from '../../../shared/templates';
import { call } from '../../api';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import { Modal } from '../Modal';
import { KpiLibraryPicker } from './KpiLibraryPicker';
import { useLibrary } from './use-library';

export function KpiLibraryDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('plans');
  const { library, error, reload } = useLibrary();
  const tree = useDocumentStore((s) => s.tree);
  const openDialog = useUiStore((s) => s.openDialog);
  // The objective the form starts on: the first of the first perspective; the form lets the user pick another.
  const firstObjective = tree
    ? [...tree.perspectives]
        .sort((a, b) => a.position - b.position)
        .flatMap((p) =>
          tree.objectives.filter((o) => o.perspectiveId === p.id).sort((a, b) => a.position - b.position),
        )[0]
    : undefined;

  const addToScorecard = firstObjective
    ? (kpi: LibraryKpi) => openDialog({ kind: 'kpi', objectiveId: firstObjective.id, fromLibrary: kpi })
    : undefined;

  async function remove(kpi: LibraryKpi): Promise<void> {
    await call('library.delete', { id: kpi.id });
    await reload();
  }

  return (
    <Modal title={t('library.title')} onClose={onClose} size="large" subtitle={t('library.subtitle')}>
      <div className="dialog-body kpi-library">
        {error ? (
          <div className="form-error" role="alert">
            {error}
          </div>
        ) : null}
        {library?.warning ? (
          <p className="library-warning" role="note">
            <span aria-hidden="true">⚠ </span>
            {library.warning}
          </p>
        ) : null}
        {library ? (
          <KpiLibraryPicker
            library={library}
            onPick={addToScorecard}
            pickLabel={t('library.addToScorecard')}
            onDelete={remove}
          />
        ) : error ? null : (
          <p className="library-loading" role="status">
            {t('library.reading')}
          </p>
        )}
        {library && !firstObjective ? (
          <p className="field-hint">{tree ? t('library.needObjective') : t('library.needScorecard')}</p>
        ) : null}
      </div>
      <div className="dialog-footer">
        <p className="library-file field-hint">
          {library?.personalFile
            ? t('library.keptIn', { file: library.personalFile })
            : library
              ? t('library.keptByApp')
              : ''}
        </p>
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          {t('library.close')}
        </button>
      </div>
    </Modal>
  );
}
