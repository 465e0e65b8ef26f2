import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createCard, editCardText, updateCardField } from '../../shared/ops/cards.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { setMember } from '../helpers/serverAuth.ts';
import { appendEdit, type Attacker, handMadeUpdate, storedState, useAttackers } from '../helpers/serverAttacker.ts';
import { loadStoredDoc } from '../helpers/serverBoards.ts';
import { useInProcessServer } from '../helpers/serverInProcess.ts';
import { synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';
import { watchAuth } from './access/syncClients.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const attack = useAttackers(fx);

let chiefs = 0;
/** A board of `kind` with card `k1` (`fields`), and the token of a fresh unit chief named Kim Kirurg scoped to `scope`. */
async function boardAndChief(kind: string, fields: Record<string, unknown>, scope: string[]): Promise<{ id: string; token: string }> {
  const id = await fx.createBoard('Ansvar', kind);
  await appendEdit(fx.storage, id, (doc) => createCard(doc, { id: 'k1', column: readColumns(doc)[0]!.id, title: 'Bemanning', fields }));
  const username = `chef${++chiefs}`;
  const token = await fx.user(username, 'Kim Kirurg');
  await setMember(fx.url, fx.token, id, username, 'unitChief', scope);
  return { id, token };
}

const edit = (field: string, value: unknown) => (doc: Y.Doc) => updateCardField(doc, 'k1', field, value);

/** Sends one hand-made edit of `k1`; resolves once the server has taken or refused it. */
async function send(attacker: Attacker, id: string, change: (doc: Y.Doc) => void): Promise<void> {
  await attacker.send(await handMadeUpdate(fx.storage, id, change));
}

const expectRefused = (attacker: Attacker) => {
  expect(attacker.denied).toEqual(['out_of_scope']);
  expect(attacker.closed).toEqual({ code: 4403, reason: 'update_refused' });
};

describe('a unit chief changes the fields that make a card his only within his units (LIM6, ROLE4, UPD4)', () => {
  it('[LIM6] adding himself to responsible, then moving the card to another unit: the move is refused, stored as after the first step', async () => {
    const { id, token } = await boardAndChief('measures', { unit: 'Kirurgi' }, ['Kirurgi']);
    const chief = await attack(id, token);
    await send(chief, id, edit('responsible', ['Kim Kirurg']));
    expect(chief.closed).toBeUndefined();
    const stored = await storedState(fx.storage, id);

    await send(chief, id, edit('unit', 'Ortopedi'));
    expectRefused(chief);
    expect(await storedState(fx.storage, id)).toEqual(stored);
    expect(readCard(await loadStoredDoc(fx.storage, id), 'k1')?.unit).toBe('Kirurgi');
  });

  it('[LIM6] directing his unit’s assignment to another unit too ("HSN" → "HSN, RUN") is refused, the stored board unchanged', async () => {
    const { id, token } = await boardAndChief('assignments', { directedTo: 'HSN' }, ['HSN']);
    const stored = await storedState(fx.storage, id);
    const chief = await attack(id, token);
    await send(chief, id, edit('directedTo', 'HSN, RUN'));
    expectRefused(chief);
    expect(await storedState(fx.storage, id)).toEqual(stored);
  });

  it('[LIM6] adding himself to an assignment’s responsible, then directing it to another unit: refused, stored as after the first step', async () => {
    const { id, token } = await boardAndChief('assignments', { directedTo: 'HSN' }, ['HSN']);
    const chief = await attack(id, token);
    await send(chief, id, edit('responsible', ['Kim Kirurg']));
    expect(chief.closed).toBeUndefined();
    const stored = await storedState(fx.storage, id);

    await send(chief, id, edit('directedTo', 'RUN'));
    expectRefused(chief);
    expect(await storedState(fx.storage, id)).toEqual(stored);
  });

  it('[LIM6] on a card that is his only through responsible, changing who is responsible is refused', async () => {
    const { id, token } = await boardAndChief('measures', { unit: 'Ortopedi', responsible: ['Kim Kirurg'] }, ['Kirurgi']);
    const stored = await storedState(fx.storage, id);
    const chief = await attack(id, token);
    await send(chief, id, edit('responsible', ['Kim Kirurg', 'Ola Ortoped']));
    expectRefused(chief);
    expect(await storedState(fx.storage, id)).toEqual(stored);
  });

  it('[LIM6][ROLE4] honest edits of his own card through y-websocket pass: responsible, a unit of his scope, the spelling of the body, the texts', async () => {
    const { id, token } = await boardAndChief('measures', { unit: 'Kirurgi' }, ['Kirurgi', 'Ortopedi']);
    const chief = fx.provider(id, token);
    const watch = watchAuth(chief);
    await synced(chief);
    updateCardField(chief.doc, 'k1', 'responsible', ['Kim Kirurg', 'Ola Ortoped']);
    updateCardField(chief.doc, 'k1', 'unit', 'Ortopedi');
    updateCardField(chief.doc, 'k1', 'unit', 'ortopedi ');
    editCardText(chief.doc, 'k1', 'comment', 0, 0, 'Flyttad till Ortopedi');
    await waitFor(async () => readCard(await loadStoredDoc(fx.storage, id), 'k1')?.comment === 'Flyttad till Ortopedi', 'the edits to be stored');
    const card = readCard(await loadStoredDoc(fx.storage, id), 'k1');
    expect([card?.unit, card?.responsible]).toEqual(['ortopedi ', ['Kim Kirurg', 'Ola Ortoped']]);
    expect(watch.denied).toEqual([]);
  });

  it('[LIM6][ROLE4] honest edits of his unit’s assignment pass: "HSN" → "hsn", responsible, status', async () => {
    const { id, token } = await boardAndChief('assignments', { directedTo: 'HSN' }, ['HSN']);
    const chief = fx.provider(id, token);
    const watch = watchAuth(chief);
    await synced(chief);
    updateCardField(chief.doc, 'k1', 'directedTo', 'hsn');
    updateCardField(chief.doc, 'k1', 'responsible', ['Kim Kirurg']);
    updateCardField(chief.doc, 'k1', 'status', 'ongoing');
    await waitFor(async () => readCard(await loadStoredDoc(fx.storage, id), 'k1')?.status === 'ongoing', 'the edits to be stored');
    expect(readCard(await loadStoredDoc(fx.storage, id), 'k1')?.directedTo).toBe('hsn');
    expect(watch.denied).toEqual([]);
  });
});
