import { getCardsMap } from '../shared/doc.ts';
import { fillBoard } from './boardContent.ts';
import type { Target } from './target.ts';
import { waitUntil } from './waitUntil.ts';
import { withTimeout } from './withTimeout.ts';

/**
 * Fills a board through the target's own client (initBoard when the server holds no board yet,
 * then `cards` cards as one update) and resolves once a second, fresh client sees every card:
 * by then the server has taken the update in.
 */
export async function populateBoard(target: Target, boardId: string, cards: number): Promise<void> {
  const writer = target.connect(boardId);
  await withTimeout(writer.synced, 30_000, `a client of ${target.name} to sync board ${boardId}`);
  fillBoard(writer.doc, cards);
  const checker = target.connect(boardId);
  await withTimeout(checker.synced, 30_000, `a second client of ${target.name} to sync board ${boardId}`);
  await waitUntil(() => getCardsMap(checker.doc).size === cards, `board ${boardId} to hold ${cards} cards`, 120_000);
  writer.destroy();
  checker.destroy();
}
