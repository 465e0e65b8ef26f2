import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../../server/boards/createBoard.ts';
import { SqliteStorage } from '../../server/storage/SqliteStorage.ts';
import { RoomRegistry } from '../../server/sync/RoomRegistry.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { cardIds, loadStoredDoc } from '../helpers/serverBoards.ts';
import { captureLogs } from '../helpers/serverLogs.ts';
import { MemoryClient } from '../helpers/serverMemoryClient.ts';
import { TEST_MAX_MESSAGE_BYTES } from '../helpers/serverRoomFixture.ts';
import { waitFor } from '../helpers/serverWait.ts';

const dir = mkdtempSync(join(tmpdir(), 'tavla-two-writers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const addCard = (doc: Y.Doc, title: string) => createCard(doc, { column: readColumns(doc)[0]!.id, title });

describe('two writers on one database (STO10)', () => {
  it('[STO10] two servers’ rooms of one board, each compacting every 3 updates, lose none of the 12 edits', async () => {
    const file = join(dir, 'tavla.db');
    const first = new SqliteStorage(file);
    const second = new SqliteStorage(file);
    await createBoard(first, { id: 'delad', title: 'Delad', kind: 'general' });
    const logs = captureLogs();
    const registries = [first, second].map((storage) => new RoomRegistry({ storage, logger: logs.logger, maxMessageBytes: TEST_MAX_MESSAGE_BYTES, compactEvery: 3 }));
    const clients = registries.map((registry) => new MemoryClient(registry, 'delad'));
    await waitFor(() => clients.every((client) => client.synced), 'both rooms to load');
    for (let i = 0; i < 12; i++) {
      addCard(clients[i % 2]!.doc, `Kort ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const written = new Set(clients.flatMap((client) => cardIds(client.doc)));
    expect(written.size).toBe(12);
    clients.forEach((client) => client.leave());
    await Promise.all(registries.map((registry) => registry.idle()));

    const stored = new Set(cardIds(await loadStoredDoc(first, 'delad')));
    expect([...written].filter((card) => !stored.has(card))).toEqual([]);
    expect(logs.lines.some((line) => line.event === 'compaction_skipped')).toBe(true);
    await first.close();
    await second.close();
  });
});
