/** Team mode: other people's changes arrive from the event stream and go through the same write path as answers. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentChanges } from '../../shared/changes';
import type { HistoryState } from '../../shared/contract';
import type { Scorecard } from '../../shared/domain';
import { useDocumentStore } from './document-store';

const scorecard = (name: string) => ({ id: 1, name }) as Scorecard;
const MINE: HistoryState = { canUndo: true, canRedo: false, undoLabel: 'Edit KPI “Revenue”', redoLabel: null };

function renamed(revision: number, name: string, epoch = 1): Omit<DocumentChanges, 'history'> {
  return { epoch, revision, scorecards: { set: [scorecard(name)], removed: [], created: [] } };
}

describe('changes from the team server’s event stream', () => {
  beforeEach(() => {
    // A write of this page in flight: a gap in the revisions waits for its answer instead of reading the document.
    useDocumentStore.setState({
      revision: { epoch: 1, revision: 5 },
      scorecards: [scorecard('Company')],
      tree: null,
      history: MINE,
      pending: 1,
    });
  });

  it('applies them in revision order, holding a later one until the earlier has come', () => {
    const store = useDocumentStore.getState();
    store.receiveRemote(renamed(7, 'Third'));
    expect(useDocumentStore.getState().revision).toEqual({ epoch: 1, revision: 5 });
    expect(useDocumentStore.getState().scorecards[0]!.name).toBe('Company');
    store.receiveRemote(renamed(6, 'Second'));
    expect(useDocumentStore.getState().revision).toEqual({ epoch: 1, revision: 7 });
    expect(useDocumentStore.getState().scorecards[0]!.name).toBe('Third');
  });

  it('skips what the page already holds (the writer’s own edits come back too)', () => {
    const store = useDocumentStore.getState();
    store.receiveRemote(renamed(6, 'Second'));
    store.receiveRemote(renamed(6, 'Stale copy'));
    store.receiveRemote(renamed(4, 'Older'));
    expect(useDocumentStore.getState().scorecards[0]!.name).toBe('Second');
    expect(useDocumentStore.getState().revision?.revision).toBe(6);
  });

  it('leaves this person’s undo state alone: another person’s edit is not theirs to undo', () => {
    useDocumentStore.getState().receiveRemote(renamed(6, 'Second'));
    expect(useDocumentStore.getState().history).toEqual(MINE);
    expect(useDocumentStore.getState().applied?.changes.revision).toBe(6);
  });
});
