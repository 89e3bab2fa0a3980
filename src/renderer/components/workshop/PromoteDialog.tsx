/** Promotes a note or a group to an objective in its perspective, or to a KPI of a chosen objective. */
export function PromoteDialog({ workshopId, noteId, onClose }: { workshopId: number; noteId: number; onClose(): void }) {
  void workshopId;
  void noteId;
  void onClose;
  return null;
}
