import type { HistoryEntry, HistoryQuery, HistoryStore, NewHistoryEntry } from './HistoryStore.ts';

const copy = (entry: HistoryEntry): HistoryEntry => structuredClone(entry);

/** HistoryStore in process memory, for tests; hands out copies only. */
export class MemoryHistoryStore implements HistoryStore {
  private entries: HistoryEntry[] = [];
  private lastId = 0;

  async append(entries: readonly NewHistoryEntry[]): Promise<void> {
    for (const { from, to, ...entry } of entries) {
      // Absent values stay absent, as in SQLite (NULL): an explicit undefined is not kept.
      this.entries.push(structuredClone({ ...entry, id: ++this.lastId, ...(from !== undefined && { from }), ...(to !== undefined && { to }) }));
    }
  }

  async deleteBoard(boardId: string): Promise<void> {
    this.entries = this.entries.filter((e) => e.boardId !== boardId);
  }

  async latest(boardId: string, cardId: string | null, field: string): Promise<HistoryEntry | undefined> {
    const found = this.entries.findLast((e) => e.boardId === boardId && e.cardId === cardId && e.field === field);
    return found && copy(found);
  }

  async remove(id: number): Promise<void> {
    this.entries = this.entries.filter((e) => e.id !== id);
  }

  async amend(id: number, changes: { at: string; to?: unknown }): Promise<void> {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) return;
    entry.at = changes.at;
    if ('to' in changes) {
      if (changes.to === undefined) delete entry.to;
      else entry.to = structuredClone(changes.to);
    }
  }

  async list(boardId: string, query: HistoryQuery): Promise<HistoryEntry[]> {
    return this.entries
      .filter(
        (e) =>
          e.boardId === boardId &&
          (query.cardId === undefined || e.cardId === query.cardId) &&
          (query.before === undefined || e.id < query.before) &&
          (query.since === undefined || e.at >= query.since),
      )
      .reverse()
      .slice(0, query.limit)
      .map(copy);
  }

  async close(): Promise<void> {}
}
