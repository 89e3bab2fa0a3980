/** Placeholder until the key result form lands. */
import type { KeyResult } from '../../../shared/okr';
import { Modal } from '../Modal';

export function KeyResultDialog({ onClose }: { objectiveId: number; keyResult?: KeyResult; onClose(): void }) {
  return <Modal title="Key result" onClose={onClose}>{null}</Modal>;
}
