import type { HistoryStore, NewHistoryEntry } from './HistoryStore.ts';

/** Changes of one field by one person this close together become one entry (HIST3). */
export const COALESCE_MS = 10 * 60_000;

/**
 * Stores history entries, folding a change into the field's previous entry when the same person
 * changed the same field of the same card within COALESCE_MS: typing a comment, or correcting an
 * effect twice, reads as one change ("from 20 000 to 15 000"), kept at the time of the last edit.
 */
export class HistoryRecorder {
  constructor(readonly store: HistoryStore) {}

  async record(entries: readonly NewHistoryEntry[]): Promise<void> {
    const fresh: NewHistoryEntry[] = [];
    for (const entry of entries) {
      if (entry.change === 'text' || entry.change === 'set' || entry.change === 'board') {
        const last = await this.store.latest(entry.boardId, entry.cardId, entry.field);
        if (last && last.change === entry.change && last.userId === entry.userId && last.actor === entry.actor && Date.parse(entry.at) - Date.parse(last.at) < COALESCE_MS) {
          await this.store.amend(last.id, entry.change === 'set' ? { at: entry.at, to: entry.to } : { at: entry.at });
          continue;
        }
      }
      fresh.push(entry);
    }
    if (fresh.length > 0) await this.store.append(fresh);
  }
}
