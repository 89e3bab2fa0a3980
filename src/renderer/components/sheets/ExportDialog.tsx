/** Export to spreadsheet (issue 14): a placeholder until it is built. */
import { Modal } from '../Modal';

export function ExportDialog({ onClose }: { onClose(): void }) {
  return (
    <Modal title="Export to spreadsheet" onClose={onClose}>
      <p>Not built yet.</p>
    </Modal>
  );
}
