import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { cardIds } from '../helpers/serverBoards.ts';
import { badFrames } from '../helpers/serverBadFrames.ts';
import { frame, updateFrame } from '../helpers/serverMemoryClient.ts';
import { TEST_MAX_MESSAGE_BYTES, useRoomFixture } from '../helpers/serverRoomFixture.ts';
import { waitFor } from '../helpers/serverWait.ts';

const ID = 'tavla-3';
const fx = useRoomFixture(ID);

describe('Room: bad input closes only the sender', () => {
  for (const bad of badFrames(TEST_MAX_MESSAGE_BYTES)) {
    it(`[${bad.rule}] ${bad.name}: closed ${bad.code} ${bad.reason}, one log line, store and other clients untouched`, async () => {
      const registry = fx.registry();
      const sender = fx.join(registry, { name: 'Sändare' });
      const other = fx.join(registry);
      await waitFor(() => sender.synced && other.synced && other.awareness.getStates().size === 1, 'both synced');
      const column = readColumns(other.doc)[0]!.id;
      createCard(other.doc, { column, title: 'Före' });
      await waitFor(() => cardIds(sender.doc).length === 1, 'the first card');
      const storedBefore = await fx.storage.inner.loadDoc(ID);

      sender.send(bad.frame());
      await waitFor(() => sender.closed !== undefined, 'the close');
      expect(sender.closed).toEqual({ code: bad.code, reason: bad.reason });
      const closeLines = fx.logs.lines.filter((line) => line.event === 'connection_closed');
      expect(closeLines).toHaveLength(1);
      expect(closeLines[0]).toMatchObject({ level: 'warn', docId: ID, reason: bad.reason, code: bad.code });
      expect(await fx.storage.inner.loadDoc(ID)).toEqual(storedBefore);
      await waitFor(() => other.awareness.getStates().size === 0, 'the sender’s awareness to be removed');

      const late = fx.join(registry);
      await waitFor(() => late.synced, 'a new client to sync');
      createCard(late.doc, { column, title: 'Efter' });
      await waitFor(() => cardIds(other.doc).length === 2, 'the room to keep relaying');
      expect(other.closed).toBeUndefined();
    });
  }

  it('[BAD1] frames a refused client sent after the bad one are dropped', async () => {
    const registry = fx.registry();
    const sender = fx.join(registry);
    await waitFor(() => sender.synced, 'sync');
    const before = await fx.storage.inner.loadDoc(ID);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(sender.doc));
    const stateBefore = Y.encodeStateVector(doc);
    createCard(doc, { column: readColumns(doc)[0]!.id, title: 'Efter felet' });
    // Both frames are queued before the room handles either: the valid one after the bad one must not count.
    sender.peer.receive(frame(7));
    sender.peer.receive(updateFrame(Y.encodeStateAsUpdate(doc, stateBefore)));
    await waitFor(() => sender.closed !== undefined, 'the close');
    await registry.idle();
    expect(await fx.storage.inner.loadDoc(ID)).toEqual(before);
  });
});
