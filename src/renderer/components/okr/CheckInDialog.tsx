/** Placeholder until the check-in form lands. */
import type { CheckIn } from '../../../shared/okr';
import { Modal } from '../Modal';

export function CheckInDialog({ onClose }: { keyResultId: number; checkIn?: CheckIn; onClose(): void }) {
  return <Modal title="Check-in" onClose={onClose}>{null}</Modal>;
}
