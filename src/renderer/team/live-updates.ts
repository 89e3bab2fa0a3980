/**
 * Other people's edits without a reload: the team server's event stream (GET /events, server-sent events) applied by
 * the document store's write path in revision order, and said politely. The writer's own events come back too; the
 * store skips every revision it already holds, so they change nothing.
 */
import { useDocumentStore } from '../stores/document-store';
import { describeRemoteChange, parseRemoteChange } from './remote-changes';

export function startLiveUpdates(announce: (text: string) => void, myAccountId: () => number | null): () => void {
  const source = new EventSource('/events', { withCredentials: true });
  let broken = false;
  let opened = false;
  source.addEventListener('changes', (e) => {
    const event = parseRemoteChange((e as MessageEvent<string>).data);
    const store = useDocumentStore.getState();
    if (!event) {
      void store.reload();
      return;
    }
    const held = store.revision;
    const fresh = held !== null && (event.changes.epoch !== held.epoch || event.changes.revision > held.revision);
    const text = describeRemoteChange(event, store.tree);
    store.receiveRemote(event.changes);
    // One's own edit, whose event arrived before its answer, is not news to its writer.
    if (fresh && event.by.accountId !== myAccountId()) announce(text);
  });
  source.addEventListener('error', () => {
    broken = true;
  });
  // Reconnected after a break, or first connected after the document was read: edits made in between came as no
  // event to this page, so read the document again.
  source.addEventListener('open', () => {
    const first = !opened;
    opened = true;
    const missed = broken || (first && useDocumentStore.getState().revision !== null);
    broken = false;
    if (missed) void useDocumentStore.getState().reload();
  });
  return () => source.close();
}
