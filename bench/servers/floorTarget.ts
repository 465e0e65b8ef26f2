import { boardState } from '../boardContent.ts';
import { floorClient } from '../clients/floorClient.ts';
import type { Target } from '../target.ts';
import { spawnChild } from './spawnChild.ts';

/** The floor relay in its own process. It stores nothing, so each board's state lives with the bench and every client starts from it. */
export async function floorTarget(): Promise<Target> {
  const server = await spawnChild('bench/servers/floorRelay.ts', {}, (port) => fetch(`http://127.0.0.1:${port}/`).then((response) => response.ok));
  const states = new Map<string, Uint8Array>();
  const byCardCount = new Map<number, Uint8Array>();
  let boards = 0;
  return {
    name: 'floor',
    server,
    async createBoard(cards) {
      const id = `floor-${boards++}`;
      const state = byCardCount.get(cards) ?? boardState(cards);
      byCardCount.set(cards, state);
      states.set(id, state);
      return id;
    },
    connect: (boardId) => floorClient(server.port, boardId, states.get(boardId)!),
    stop: () => server.stop(),
  };
}
