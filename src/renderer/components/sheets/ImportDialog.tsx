/** Import values (issue 14): a placeholder until it is built. */
import { Modal } from '../Modal';

export function ImportDialog({ onClose }: { onClose(): void }) {
  return (
    <Modal title="Import values" onClose={onClose}>
      <p>Not built yet.</p>
    </Modal>
  );
}
