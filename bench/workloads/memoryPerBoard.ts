import { connectAll } from '../connectAll.ts';
import { readProc } from '../servers/procStats.ts';
import type { Target } from '../target.ts';

export interface MemoryPerBoardResult {
  boards: number;
  /** Growth of the server's heap (after full collections) per open board, bytes. */
  heapPerBoard: number;
  /** Growth of the server's RSS per open board, bytes. */
  rssPerBoard: number;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates `boards` boards and lets the server unload them (every client gone), measures its heap
 * and RSS, then opens every board with one idle client and measures again. The difference per
 * board is what one idle open board costs: its document, room and one connection.
 */
export async function memoryPerBoard(target: Target, boards: number, cards: number): Promise<MemoryPerBoardResult> {
  const ids: string[] = [];
  for (let b = 0; b < boards; b++) ids.push(await target.createBoard(cards));
  await settle(3_000); // unloads and deferred stores finish
  const pid = target.server.process.pid!;
  const heapBefore = (await target.server.memory()).heapUsed;
  const rssBefore = readProc(pid).rssBytes;
  const clients = await connectAll(target, ids);
  await settle(1_000);
  const heapAfter = (await target.server.memory()).heapUsed;
  const rssAfter = readProc(pid).rssBytes;
  clients.forEach((client) => client.destroy());
  return { boards, heapPerBoard: (heapAfter - heapBefore) / boards, rssPerBoard: (rssAfter - rssBefore) / boards };
}
