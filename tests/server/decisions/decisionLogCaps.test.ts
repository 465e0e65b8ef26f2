import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addAgendaItem } from '../../../shared/meeting/agendaOps.ts';
import { addDecision } from '../../../shared/meeting/decisionOps.ts';
import { createMeeting } from '../../../server/meetings/createMeeting.ts';
import { readDecisionLog } from '../../../server/meetings/readDecisionLog.ts';
import { MemoryStorage } from '../../../server/storage/MemoryStorage.ts';
import { appendEdit } from '../../helpers/serverAttacker.ts';
import { loadStoredDoc } from '../../helpers/serverBoards.ts';

/** Meetings m1…m`count`, one a day from 2025-05-01, each with one decision linking card `k` of board `b`; each changed after the one before. */
async function meetings(count: number): Promise<MemoryStorage> {
  let clock = Date.parse('2025-06-01T00:00:00Z');
  const storage = new MemoryStorage(() => new Date((clock += 1000)));
  for (let day = 1; day <= count; day++) {
    const { id } = await createMeeting(storage, { id: `m${day}`, title: `Möte ${day}`, date: `2025-05-${String(day).padStart(2, '0')}` });
    await appendEdit(storage, id, (doc) => {
      addAgendaItem(doc, { id: 'i', title: 'Beslut', minutes: 5, kind: 'decision' });
      addDecision(doc, 'i', { id: `d${day}`, matter: `Ärende ${day}`, cards: [{ board: 'b', card: 'k' }] });
    });
  }
  return storage;
}

/** The registry's read as for a room that is not open: the stored document. */
const registry = (storage: MemoryStorage) => ({ read: async <T>(id: string, read: (doc: Y.Doc) => T) => read(await loadStoredDoc(storage, id)) });

describe('the decision log is bounded (DLS3)', () => {
  it('[DLS3] reads at most the cap of meetings, the most recently changed, and lists at most the cap of decisions, saying it cut', async () => {
    const storage = await meetings(5);
    const all = await readDecisionLog(storage, registry(storage), 'b', async () => true);
    expect([all.decisions.map((d) => d.decisionId), all.truncated]).toEqual([['d5', 'd4', 'd3', 'd2', 'd1'], false]);
    const fewMeetings = await readDecisionLog(storage, registry(storage), 'b', async () => true, { meetings: 3, entries: 100 });
    expect([fewMeetings.decisions.map((d) => d.decisionId), fewMeetings.truncated]).toEqual([['d5', 'd4', 'd3'], true]);
    const fewEntries = await readDecisionLog(storage, registry(storage), 'b', async () => true, { meetings: 100, entries: 2 });
    expect([fewEntries.decisions.map((d) => d.decisionId), fewEntries.truncated]).toEqual([['d5', 'd4'], true]);
  });
});
