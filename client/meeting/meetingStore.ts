import type * as Y from 'yjs';
import { readMeeting, type MeetingSnapshot } from '../../shared/meeting/readMeeting.ts';

/** The cached snapshot of one meeting document and who to tell when it changes (useSyncExternalStore). */
export interface MeetingStore {
  subscribe(listener: () => void): () => void;
  /** The same object until a transaction changes what the meeting reads as. */
  getSnapshot(): MeetingSnapshot;
}

const stores = new WeakMap<Y.Doc, MeetingStore>();

/**
 * The one store of a meeting document, made on first use and living as long as the document, so
 * the page, its stage and the hooks of the projector share one reading. A meeting is small (≤100
 * items), so a change re-reads it whole; a transaction that changed nothing it reads (a refused or
 * empty one, a remote echo) keeps the previous snapshot, and its readers do not re-render.
 */
export function meetingStoreFor(doc: Y.Doc): MeetingStore {
  let store = stores.get(doc);
  if (!store) stores.set(doc, (store = createMeetingStore(doc)));
  return store;
}

function createMeetingStore(doc: Y.Doc): MeetingStore {
  const listeners = new Set<() => void>();
  let snapshot = readMeeting(doc);
  let serialized = JSON.stringify(snapshot);
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return;
    const next = readMeeting(doc);
    const json = JSON.stringify(next);
    if (json === serialized) return;
    snapshot = next;
    serialized = json;
    listeners.forEach((listener) => listener());
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}
