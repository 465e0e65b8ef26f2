import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getCardsMap, getColumnsMap } from '../../../shared/doc.ts';
import { createCard, moveCard } from '../../../shared/ops/cards.ts';
import { removeColumn } from '../../../shared/ops/columns.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { cardIds, loadStoredDoc } from '../../helpers/serverBoards.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { settle, waitFor } from '../../helpers/serverWait.ts';
import { watchAuth } from './syncClients.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

/** A board with the card `kir`, an editor's (the admin's) client on it, and a second client as a hand-made one would be. */
async function boardWithCard() {
  const id = await fx.createBoard('Åtgärder', 'measures');
  const editor = fx.provider(id);
  await synced(editor);
  const column = readColumns(editor.doc)[0]!.id;
  createCard(editor.doc, { id: 'kir', column, title: 'Kirurgins kort', fields: { unit: 'Kirurgi' } });
  await waitFor(async () => cardIds(await loadStoredDoc(fx.storage, id)).length === 1, 'the card to be stored');
  const rogue = fx.provider(id);
  const watch = watchAuth(rogue);
  await synced(rogue);
  return { id, column, editor, rogue, watch };
}

/**
 * Checks that neither the room nor the store took the update (UPD6: it waits with its connection,
 * never applied), and that it goes when the connection closes: an edit of the editor's then stands alone.
 */
async function expectNeverTaken(rogue: Awaited<ReturnType<typeof boardWithCard>>['rogue'], id: string, check: (doc: Y.Doc) => void) {
  await settle();
  check(await loadStoredDoc(fx.storage, id));
  rogue.destroy();
  await settle();
  check(await loadStoredDoc(fx.storage, id));
}

describe('a card in a column that does not exist (UPD2, BAD5, COL5)', () => {
  it('[UPD2][UPD6] moving a card to `no-such-column`, from an editor too, is never applied, stored or relayed', async () => {
    const { id, column, editor, rogue } = await boardWithCard();
    getCardsMap(rogue.doc).get('kir')!.set('column', 'no-such-column');
    await expectNeverTaken(rogue, id, (stored) => expect(getCardsMap(stored).get('kir')!.get('column')).toBe(column));
    expect(getCardsMap(editor.doc).get('kir')!.get('column')).toBe(column);
  });

  it('[BAD5][UPD6] creating a card in column `ghost` is never applied, stored or relayed', async () => {
    const { id, editor, rogue } = await boardWithCard();
    rogue.doc.transact(() => {
      const card = new Y.Map<unknown>();
      getCardsMap(rogue.doc).set('spoke', card);
      card.set('column', 'ghost');
      card.set('order', 'a0');
      card.set('archived', false);
      card.set('title', new Y.Text('Spökkort'));
    });
    await expectNeverTaken(rogue, id, (stored) => expect(cardIds(stored)).toEqual(['kir']));
    expect(readCard(editor.doc, 'spoke')).toBeUndefined();
  });

  it('[COL5] a move that raced the removal of its column is accepted: the column once existed', async () => {
    const { id, editor, rogue: mover, watch } = await boardWithCard();
    const target = readColumns(editor.doc).at(-1)!.id;
    mover.provider.disconnect();
    removeColumn(editor.doc, target);
    await waitFor(async () => !getColumnsMap(await loadStoredDoc(fx.storage, id)).has(target), 'the removal to be stored');
    moveCard(mover.doc, 'kir', target);
    mover.provider.connect();
    await waitFor(async () => getCardsMap(await loadStoredDoc(fx.storage, id)).get('kir')!.get('column') === target, 'the move to be stored');
    expect(watch.closed).toBeUndefined();
    expect(readCard(editor.doc, 'kir')?.column).toBe(readColumns(editor.doc)[0]!.id);
  });
});
