/** KPI library (issue 14): a placeholder until it is built. */
import { Modal } from '../Modal';

export function KpiLibraryDialog({ onClose }: { onClose(): void }) {
  return (
    <Modal title="KPI library" onClose={onClose}>
      <p>Not built yet.</p>
    </Modal>
  );
}
