// This browser's copies of boards: one y-indexeddb database per board, named here only.
const PREFIX = 'tavla-board-';

/** The IndexedDB database that holds this browser's copy of a board (boardSession.ts). */
export const localBoardName = (boardId: string): string => `${PREFIX}${boardId}`;

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = globalThis.indexedDB?.deleteDatabase(name);
    if (!request) return resolve();
    // Blocked: a tab still has it open; the deletion goes ahead once that tab lets go.
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/**
 * Deletes this browser's copy of a board, so that the next load takes the server's state. Needed
 * after any refusal: a CRDT cannot take a change back, and every later edit would build on the refused one.
 */
export const discardLocalBoard = (boardId: string): Promise<void> => deleteDatabase(localBoardName(boardId));

/**
 * Deletes the copies of every board (a logout): on a shared computer the next person must not find
 * the boards, nor have a former user's unsent edits sent in their own name.
 */
export async function discardLocalBoards(): Promise<void> {
  const databases = (await globalThis.indexedDB?.databases?.().catch(() => [])) ?? [];
  await Promise.all(databases.flatMap(({ name }) => (name?.startsWith(PREFIX) ? [deleteDatabase(name)] : [])));
}
