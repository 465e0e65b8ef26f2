import { hocuspocusClient } from '../clients/hocuspocusClient.ts';
import { populateBoard } from '../populateBoard.ts';
import type { Target } from '../target.ts';
import { spawnChild } from './spawnChild.ts';

/** Hocuspocus with its SQLite extension (hocuspocusServer.ts) in its own process, on `dataDir`. */
export async function hocuspocusTarget(dataDir: string, nodeFlags: string[] = []): Promise<Target> {
  const server = await spawnChild(
    'bench/servers/hocuspocusServer.ts',
    { DATA_DIR: dataDir },
    (port) => fetch(`http://127.0.0.1:${port}/`).then((response) => response.ok),
    nodeFlags,
  );
  let boards = 0;
  const target: Target = {
    name: 'hocuspocus',
    server,
    async createBoard(cards) {
      const id = `hp-${process.pid}-${boards++}`;
      await populateBoard(target, id, cards);
      return id;
    },
    connect: (boardId) => hocuspocusClient(server.port, boardId),
    stop: () => server.stop(),
  };
  return target;
}
