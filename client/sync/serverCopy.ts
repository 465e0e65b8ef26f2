import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { Awareness } from 'y-protocols/awareness';

/** How to reach a board's room, as the session's own provider does. */
export interface RoomAddress {
  url: string;
  boardId: string;
  params?: Record<string, string>;
  WebSocketPolyfill?: typeof WebSocket;
}

/**
 * The board as the server has it (KEEP2): a fresh document synced over its own connection, which
 * sends nothing of this browser's and shows no presence. Rejects when it is not synced in time.
 */
export function serverCopy(room: RoomAddress, timeoutMs = 5000): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  const provider = new WebsocketProvider(room.url, room.boardId, doc, {
    awareness,
    disableBc: true,
    ...(room.params ? { params: room.params } : {}),
    ...(room.WebSocketPolyfill ? { WebSocketPolyfill: room.WebSocketPolyfill } : {}),
  });
  return new Promise<Y.Doc>((resolve, reject) => {
    const timer = setTimeout(() => {
      provider.destroy();
      reject(new Error('the server copy did not arrive'));
    }, timeoutMs);
    provider.on('sync', (synced: boolean) => {
      if (!synced) return;
      clearTimeout(timer);
      provider.destroy();
      resolve(doc);
    });
  });
}
