import { describe, expect, it } from 'vitest';
import { applyDecisionToCard } from '../../../shared/decisions/applyDecision.ts';
import { createCard } from '../../../shared/ops/cards.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { appendEdit, storedState, useAttackers } from '../../helpers/serverAttacker.ts';
import { authHeaders } from '../../helpers/serverAuth.ts';
import { loadStoredDoc } from '../../helpers/serverBoards.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { memberOf, sendEdit } from '../meetings/meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const attack = useAttackers(fx);

const DECISION = { meetingId: 'hsn-2025-06', decisionId: 'd12', body: 'HSN', date: '2025-06-18' };
const REF = { meeting: 'hsn-2025-06', decision: 'd12', body: 'HSN', date: '2025-06-18' };

interface Entry {
  id: number;
  at: string;
  actor: string;
  field: string;
  change: string;
  from?: unknown;
  to?: unknown;
}

const historyOf = async (board: string, cardId: string): Promise<Entry[]> =>
  ((await (await fetch(`${fx.url}/api/boards/${board}/history?cardId=${cardId}`, { headers: authHeaders(fx.token) })).json()) as { entries: Entry[] }).entries;

/** A measures board (default columns: Beredning…, Samverkan i FSG, Beslut, Verkställs) with Kirurgi's card `kir` and Ortopedi's `ort` in the first column. */
async function measuresBoard(): Promise<{ id: string; decided: string }> {
  const id = await fx.createBoard('Åtgärder', 'measures');
  let decided = '';
  await appendEdit(fx.storage, id, (doc) => {
    const [first] = readColumns(doc);
    decided = readColumns(doc).find((column) => column.title === 'Beslut')!.id;
    createCard(doc, { id: 'kir', column: first!.id, title: 'Kirurgins åtgärd', fields: { unit: 'Kirurgi', effect: 5_000 } });
    createCard(doc, { id: 'ort', column: first!.id, title: 'Ortopedins åtgärd', fields: { unit: 'Ortopedi', effect: 7_000 } });
  });
  return { id, decided };
}

describe('a decision brought onto a card passes the room’s gate whole or not at all (DEC2, UPD4)', () => {
  it('[DEC2] [UPD4] a unit chief’s update applying a decision to a card outside his scope is refused whole, 4403: neither the fields nor the move stored, no history', async () => {
    const { id } = await measuresBoard();
    const chief = await memberOf(fx, id, 'unitChief', 'Kim Kirurg');
    const stored = await storedState(fx.storage, id);
    const attacker = await attack(id, chief);
    await sendEdit(fx.storage, attacker, id, (doc) => applyDecisionToCard(doc, 'ort', DECISION));
    expect(attacker.denied).toEqual(['out_of_scope']);
    expect(attacker.closed).toEqual({ code: 4403, reason: 'update_refused' });
    expect(await storedState(fx.storage, id)).toEqual(stored);
    const card = readCard(await loadStoredDoc(fx.storage, id), 'ort');
    expect([card?.decisionBody, card?.decisionRef, card?.column]).toEqual([undefined, undefined, readCard(await loadStoredDoc(fx.storage, id), 'kir')?.column]);
    expect(await historyOf(id, 'ort')).toEqual([]);
  });

  it('[DEC2] [ROLE4] on his own unit’s card the same update is stored as one: fields, reference and move, and the history names the decision once', async () => {
    const { id, decided } = await measuresBoard();
    const chief = await memberOf(fx, id, 'unitChief', 'Kim Kirurg');
    const attacker = await attack(id, chief);
    await sendEdit(fx.storage, attacker, id, (doc) => applyDecisionToCard(doc, 'kir', DECISION));
    expect([attacker.denied, attacker.closed]).toEqual([[], undefined]);
    expect(readCard(await loadStoredDoc(fx.storage, id), 'kir')).toMatchObject({ column: decided, decisionBody: 'HSN', decisionDate: '2025-06-18', decisionRef: REF });
    await waitFor(async () => (await historyOf(id, 'kir')).length > 0, 'the decision in the history');
    const entries = await historyOf(id, 'kir');
    expect(entries.map((entry) => entry.field).sort()).toEqual(['column', 'decisionBody', 'decisionDate', 'decisionRef']);
    expect(entries.filter((entry) => entry.field === 'decisionRef')).toEqual([expect.objectContaining({ change: 'set', to: REF, actor: 'Kim Kirurg' })]);
    // One update: one author, one time.
    expect(new Set(entries.map((entry) => `${entry.actor} ${entry.at}`)).size).toBe(1);
  });

  it('[DEC2] [DEC4] an editor (and the admin) apply it through y-websocket: a measure moves to Beslut, an assignment keeps its column and its history holds the decision', async () => {
    const { id, decided } = await measuresBoard();
    const tasks = await fx.createBoard('Uppdrag', 'assignments');
    await appendEdit(fx.storage, tasks, (doc) => createCard(doc, { id: 'upp', column: readColumns(doc)[1]!.id, title: 'Minska personalkostnaden', fields: { directedTo: 'Ortopedi' } }));
    const editor = await memberOf(fx, id, 'editor', 'Anna Sundén');
    const onMeasures = fx.provider(id, editor);
    const onTasks = fx.provider(tasks);
    await Promise.all([synced(onMeasures), synced(onTasks)]);
    applyDecisionToCard(onMeasures.doc, 'ort', DECISION);
    applyDecisionToCard(onTasks.doc, 'upp', DECISION);
    await waitFor(async () => readCard(await loadStoredDoc(fx.storage, id), 'ort')?.column === decided, 'the measure in Beslut');
    await waitFor(async () => (await historyOf(tasks, 'upp')).some((entry) => entry.field === 'decisionRef'), 'the assignment’s history');
    const assignment = readCard(await loadStoredDoc(fx.storage, tasks), 'upp');
    expect([assignment?.column, assignment?.decisionRef, assignment?.directedTo]).toEqual([readColumns(onTasks.doc)[1]!.id, REF, 'Ortopedi']);
    expect(await historyOf(tasks, 'upp')).toEqual([expect.objectContaining({ field: 'decisionRef', change: 'set', to: REF })]);
  });
});
