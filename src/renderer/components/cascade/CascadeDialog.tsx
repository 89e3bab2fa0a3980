/** Placeholder until the Cascade dialog lands. */
import { Modal } from '../Modal';

export function CascadeDialog({ onClose }: { objectiveId: number; onClose(): void }) {
  return <Modal title="Cascade" onClose={onClose}>{null}</Modal>;
}
