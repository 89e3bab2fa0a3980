/** New scorecard (issue 14): a placeholder until it is built. */
import { Modal } from '../Modal';

export function NewScorecardDialog({ onClose }: { onClose(): void }) {
  return (
    <Modal title="New scorecard" onClose={onClose}>
      <p>Not built yet.</p>
    </Modal>
  );
}
