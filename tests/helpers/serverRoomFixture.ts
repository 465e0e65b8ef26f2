import { afterEach, beforeEach } from 'vitest';
import { createBoard } from '../../server/boards/createBoard.ts';
import { MemoryStorage } from '../../server/storage/MemoryStorage.ts';
import { RoomRegistry } from '../../server/sync/RoomRegistry.ts';
import { GatedStorage } from './serverGatedStorage.ts';
import { captureLogs } from './serverLogs.ts';
import { MemoryClient } from './serverMemoryClient.ts';

/** The frame limit Room tests run with. */
export const TEST_MAX_MESSAGE_BYTES = 64 * 1024;

/**
 * Per test: a fresh gated in-memory storage holding one `general` board `id`, a log capture,
 * and in-memory clients that are all closed after the test.
 */
export function useRoomFixture(id: string) {
  const fixture = {
    storage: undefined as unknown as GatedStorage,
    logs: undefined as unknown as ReturnType<typeof captureLogs>,
    clients: [] as MemoryClient[],
    registry(compactEvery = 500): RoomRegistry {
      return new RoomRegistry({ storage: fixture.storage, logger: fixture.logs.logger, maxMessageBytes: TEST_MAX_MESSAGE_BYTES, compactEvery });
    },
    join(registry: RoomRegistry, awareness?: Record<string, unknown>): MemoryClient {
      const client = new MemoryClient(registry, id, awareness ? { awareness } : {});
      fixture.clients.push(client);
      return client;
    },
  };
  beforeEach(async () => {
    fixture.storage = new GatedStorage(new MemoryStorage());
    fixture.logs = captureLogs();
    fixture.clients = [];
    await createBoard(fixture.storage, { id, title: 'Tavla', kind: 'general' });
  });
  afterEach(() => fixture.clients.forEach((client) => client.leave()));
  return fixture;
}
