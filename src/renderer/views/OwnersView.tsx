/** Accountability: one person's share of the scorecard beside the notes everyone wrote, in time order. */
import { NotesTimeline } from '../components/NotesTimeline';
import { OwnerPanel } from '../components/OwnerPanel';
import '../styles/owners.css';

export function OwnersView() {
  return (
    <div className="owners-view">
      <OwnerPanel />
      <NotesTimeline />
    </div>
  );
}
