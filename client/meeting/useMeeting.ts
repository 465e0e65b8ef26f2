import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { MeetingSnapshot } from '../../shared/meeting/readMeeting.ts';
import { meetingStoreFor } from './meetingStore.ts';

/**
 * The meeting as plain data (readMeeting), re-rendering when it changes and the same object
 * between changes. Before the first sync an empty document reads as schema version 0 (MTG3).
 */
export function useMeeting(session: { doc: Y.Doc }): MeetingSnapshot {
  const store = meetingStoreFor(session.doc);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
