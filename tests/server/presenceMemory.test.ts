import { afterEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { Connection } from '../../server/sync/Connection.ts';
import { RoomPresence } from '../../server/sync/RoomPresence.ts';
import { captureLogs } from '../helpers/serverLogs.ts';

afterEach(() => vi.useRealTimers());

/** One tab coming by: it connects, announces its state and leaves. */
function visit(presence: RoomPresence, connections: Set<Connection>): void {
  const conn = new Connection('tavla', { send: () => {}, close: () => {} }, captureLogs().logger);
  connections.add(conn);
  const tab = new awarenessProtocol.Awareness(new Y.Doc());
  tab.setLocalState({ user: { name: 'Besökare', color: '#336699' } });
  presence.apply(conn, awarenessProtocol.encodeAwarenessUpdate(tab, [tab.clientID]));
  connections.delete(conn);
  presence.remove(conn);
  tab.destroy();
}

describe('what a room keeps of presence stays bounded (PRS2)', () => {
  it('[PRS2] the ids of tabs that came and went are forgotten a while after they left, so a long-open room does not grow with every visit', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const connections = new Set<Connection>();
    const presence = new RoomPresence(new Y.Doc(), connections, { ownerOf: () => undefined, warn: () => {}, now: Date.now });
    const own = presence.awareness.meta.size; // the room's own (empty) state
    for (let i = 0; i < 200; i++) visit(presence, connections);
    // Kept for a while, for a reconnect to be seen at once.
    expect(presence.awareness.meta.size).toBe(own + 200);
    vi.setSystemTime(Date.now() + 10 * 60_000);
    visit(presence, connections);
    expect(presence.awareness.meta.size).toBe(own + 1);
    expect(presence.awareness.getStates().size).toBe(0);
    presence.destroy();
  });
});
