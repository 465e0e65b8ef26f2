import type { HistoryStore, NewHistoryEntry } from '../storage/HistoryStore.ts';

/** Values as the history stores them: plain JSON, so equal JSON is the same value. */
const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Changes of one field by one person this close together become one entry (HIST3). */
export const COALESCE_MS = 10 * 60_000;

/**
 * How many of a board's newest entries are read for the latest `at` the first time the process
 * records on it (OPS5). An amend (HIST3) moves an older entry's `at` on, so the newest entry is not
 * always the latest; an amended entry is among the last ones written for its field.
 */
const LATEST_AT_WINDOW = 100;

/**
 * Stores history entries, folding a change into the field's previous entry when the same person
 * changed the same field of the same card within COALESCE_MS: typing a comment, or correcting an
 * effect twice, reads as one change ("from 20 000 to 15 000"), kept at the time of the last edit.
 * A value set to what it was, at once or by coalescing back to the first `from`, is no change and
 * leaves no entry (HIST8): the feed never says "7 000 → 7 000".
 * No entry is stamped earlier than what the board's history already holds (OPS5): a wall clock
 * set back between two starts would otherwise put new changes before old ones.
 */
export class HistoryRecorder {
  /** The latest `at` written per board, by this process or found in the store. */
  private readonly latestAt = new Map<string, string>();

  constructor(readonly store: HistoryStore) {}

  async record(entries: readonly NewHistoryEntry[]): Promise<void> {
    const fresh: NewHistoryEntry[] = [];
    for (const given of entries) {
      const entry = { ...given, at: await this.notBeforeLatest(given.boardId, given.at) };
      this.latestAt.set(entry.boardId, entry.at);
      if (entry.change === 'text' || entry.change === 'set' || entry.change === 'board') {
        const last = await this.store.latest(entry.boardId, entry.cardId, entry.field);
        if (last && last.change === entry.change && last.userId === entry.userId && last.actor === entry.actor && Date.parse(entry.at) - Date.parse(last.at) < COALESCE_MS) {
          if (entry.change === 'set' && sameValue(last.from, entry.to)) await this.store.remove(last.id);
          else await this.store.amend(last.id, entry.change === 'set' ? { at: entry.at, to: entry.to } : { at: entry.at });
          continue;
        }
      }
      if (entry.change === 'set' && sameValue(entry.from, entry.to)) continue;
      fresh.push(entry);
    }
    if (fresh.length > 0) await this.store.append(fresh);
  }

  /** `at`, or the board's latest stamp when that is later. ISO strings of one format compare as times. */
  private async notBeforeLatest(boardId: string, at: string): Promise<string> {
    if (!this.latestAt.has(boardId)) {
      const stored = await this.store.list(boardId, { limit: LATEST_AT_WINDOW });
      const latest = stored.reduce<string | undefined>((max, entry) => (max === undefined || entry.at > max ? entry.at : max), undefined);
      if (latest !== undefined) this.latestAt.set(boardId, latest);
    }
    const latest = this.latestAt.get(boardId);
    return latest !== undefined && latest > at ? latest : at;
  }
}
