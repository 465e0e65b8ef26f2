import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getCardsMap, getColumnsMap, getMilestonesMap } from '../../shared/doc.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { appendEdit, handMadeUpdate, storedState, useAttackers } from '../helpers/serverAttacker.ts';
import { loadStoredDoc } from '../helpers/serverBoards.ts';
import { useInProcessServer } from '../helpers/serverInProcess.ts';
import { synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const attack = useAttackers(fx);

/** An assignments board with one card `k1`, stored, no room open. */
async function board(): Promise<string> {
  const id = await fx.createBoard('Nycklar', 'assignments');
  await appendEdit(fx.storage, id, (doc) => createCard(doc, { id: 'k1', column: readColumns(doc)[0]!.id, title: 'Uppdrag' }));
  return id;
}

/** A card map as createCard writes one, under an id of the attacker's choosing. */
function rawCard(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    const card = new Y.Map<unknown>();
    getCardsMap(doc).set(id, card);
    card.set('column', readColumns(doc)[0]!.id);
    card.set('order', 'a5');
    card.set('archived', false);
    card.set('title', new Y.Text('Prototyp'));
    card.set('analysis', new Y.Text(''));
    card.set('reports', new Y.Map());
  });
}

function rawColumn(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    const column = new Y.Map<unknown>();
    getColumnsMap(doc).set(id, column);
    column.set('title', 'Prototyp');
    column.set('order', 'a9');
  });
}

function rawMilestone(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    const milestone = new Y.Map<unknown>();
    getMilestonesMap(doc).set(id, milestone);
    milestone.set('date', '2025-05-01');
    milestone.set('title', 'Prototyp');
  });
}

const reports = (doc: Y.Doc) => getCardsMap(doc).get('k1')!.get('reports') as Y.Map<unknown>;

const ATTACKS: [string, (doc: Y.Doc) => void][] = [
  ['a card with id __proto__', (doc) => rawCard(doc, '__proto__')],
  ['a card with id constructor', (doc) => rawCard(doc, 'constructor')],
  ['a card with id hasOwnProperty', (doc) => rawCard(doc, 'hasOwnProperty')],
  ['a column with id __proto__', (doc) => rawColumn(doc, '__proto__')],
  ['a column with id toString', (doc) => rawColumn(doc, 'toString')],
  ['a milestone with id constructor', (doc) => rawMilestone(doc, 'constructor')],
  ['a milestone with id __proto__', (doc) => rawMilestone(doc, '__proto__')],
  // Keys of the other maps are not ids, but checked as strictly: a report by its month, a card's or a meta key by its field table.
  ['a report keyed __proto__', (doc) => reports(doc).set('__proto__', new Y.Map())],
  ['a card field named constructor', (doc) => getCardsMap(doc).get('k1')!.set('constructor', 'x')],
];

describe('names every plain object has are no ids (LIM5)', () => {
  it.each(ATTACKS)('[LIM5] %s, hand-made over a real websocket: refused, the stored board unchanged', async (_name, edit) => {
    const id = await board();
    const stored = await storedState(fx.storage, id);
    const attacker = await attack(id);
    await attacker.send(await handMadeUpdate(fx.storage, id, edit));
    expect(attacker.closed).toEqual({ code: 4422, reason: 'invalid_update' });
    expect(await storedState(fx.storage, id)).toEqual(stored);
  });

  it('[LIM5] an honest card with an id that only contains a reserved name is stored', async () => {
    const id = await board();
    const honest = fx.provider(id);
    await synced(honest);
    createCard(honest.doc, { id: 'proto-constructor', column: readColumns(honest.doc)[0]!.id, title: 'Vanligt kort' });
    await waitFor(async () => getCardsMap(await loadStoredDoc(fx.storage, id)).has('proto-constructor'), 'the card to be stored');
  });
});
