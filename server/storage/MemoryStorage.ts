import { BoardExistsError, type BoardRecord, type Storage, type StoredDoc, type StoredUpdate } from './Storage.ts';
import { byUpdatedAtDesc } from './byUpdatedAtDesc.ts';

interface DocEntry {
  snapshot?: Uint8Array;
  updates: StoredUpdate[];
}

/**
 * Storage in process memory, for tests and throwaway servers. Copies bytes in and out so a
 * caller mutating a buffer later cannot change what is stored.
 */
export class MemoryStorage implements Storage {
  private readonly boards = new Map<string, BoardRecord>();
  private readonly docs = new Map<string, DocEntry>();
  private lastSeq = 0;

  constructor(private readonly now: () => Date = () => new Date()) {}

  async listBoards(options: { includeArchived?: boolean } = {}): Promise<BoardRecord[]> {
    return [...this.boards.values()]
      .filter((board) => options.includeArchived || !board.archived)
      .map((board) => ({ ...board }))
      .sort(byUpdatedAtDesc);
  }

  async getBoard(id: string): Promise<BoardRecord | undefined> {
    const board = this.boards.get(id);
    return board && { ...board };
  }

  async createBoard(record: BoardRecord, initialState: Uint8Array): Promise<void> {
    if (this.boards.has(record.id)) throw new BoardExistsError(record.id);
    this.boards.set(record.id, { ...record });
    this.docs.set(record.id, { snapshot: initialState.slice(), updates: [] });
  }

  async touchBoard(id: string, changes: { title?: string } = {}): Promise<void> {
    const board = this.boards.get(id);
    if (!board) return;
    board.updatedAt = this.now().toISOString();
    if (changes.title !== undefined) board.title = changes.title;
  }

  async archiveBoard(id: string): Promise<boolean> {
    const board = this.boards.get(id);
    if (!board) return false;
    board.archived = true;
    return true;
  }

  async deleteBoard(id: string): Promise<boolean> {
    this.docs.delete(id);
    return this.boards.delete(id);
  }

  async loadDoc(id: string): Promise<StoredDoc> {
    const entry = this.docs.get(id);
    if (!entry) return { updates: [] };
    const updates = entry.updates.map(({ seq, data }) => ({ seq, data: data.slice() }));
    return entry.snapshot ? { snapshot: entry.snapshot.slice(), updates } : { updates };
  }

  async appendUpdate(id: string, data: Uint8Array): Promise<number> {
    const entry = this.docs.get(id) ?? { updates: [] };
    this.docs.set(id, entry);
    const seq = ++this.lastSeq;
    entry.updates.push({ seq, data: data.slice() });
    await this.touchBoard(id);
    return seq;
  }

  async compact(id: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    const entry = this.docs.get(id) ?? { updates: [] };
    this.docs.set(id, { snapshot: snapshot.slice(), updates: entry.updates.filter((update) => update.seq > uptoSeq) });
  }

  async close(): Promise<void> {}
}
