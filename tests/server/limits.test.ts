import { generateNKeysBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getCardsMap } from '../../shared/doc.ts';
import { createCard, editCardText } from '../../shared/ops/cards.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { MAX_CARDS, MAX_LINE_LENGTH, MAX_PROSE_LENGTH } from '../../shared/schema/limits.ts';
import { setMember } from '../helpers/serverAuth.ts';
import { appendEdit, type Attacker, handMadeUpdate, storedState, useAttackers } from '../helpers/serverAttacker.ts';
import { appendCards, loadStoredDoc } from '../helpers/serverBoards.ts';
import { useInProcessServer } from '../helpers/serverInProcess.ts';
import { synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';
import { watchAuth } from './access/syncClients.ts';

// Frames up to 8 MiB, so that the caps, not the frame limit (BAD6), meet the big updates.
const fx = useInProcessServer({ maxMessageBytes: 8 * 1024 * 1024 });
const attacker = useAttackers(fx);

/** `count` bare cards written straight into the map, as a hand-made client would (no operation's checks). */
function rawCards(doc: Y.Doc, count: number, prefix: string): void {
  const column = readColumns(doc)[0]!.id;
  const keys = generateNKeysBetween(null, null, count);
  doc.transact(() => {
    keys.forEach((order, i) => {
      const card = new Y.Map<unknown>();
      getCardsMap(doc).set(`${prefix}${i}`, card);
      card.set('column', column);
      card.set('order', order);
      card.set('archived', false);
      card.set('title', new Y.Text('x'));
    });
  });
}

/** A board with one card `k1`, stored, no room open. */
async function boardWithCard(kind = 'general', fields: Record<string, unknown> = {}): Promise<string> {
  const id = await fx.createBoard('Gränser', kind);
  await appendEdit(fx.storage, id, (doc) => createCard(doc, { id: 'k1', column: readColumns(doc)[0]!.id, title: 'Bemanning', fields }));
  return id;
}

const expectRefused = (refused: Attacker) => {
  expect(refused.denied).toEqual(['over_limit']);
  expect(refused.closed).toEqual({ code: 4403, reason: 'update_refused' });
};

describe('caps on what a board holds, met by hand-made updates over a real websocket (LIM1-LIM3)', () => {
  it('[LIM2][LIM3] 100 000 cards sent in 7 updates: the first is refused, the stored board is unchanged', async () => {
    const id = await boardWithCard();
    const stored = await storedState(fx.storage, id);
    const editor = await attacker(id);
    const per = Math.ceil(100_000 / 7);
    for (let part = 0; part < 7 && !editor.closed; part++) {
      await editor.send(await handMadeUpdate(fx.storage, id, (doc) => rawCards(doc, per, `p${part}x`)));
    }
    expectRefused(editor);
    expect(await storedState(fx.storage, id)).toEqual(stored);
  });

  it('[LIM2] an honest editor creates the last card the cap allows; one card more, hand-made, is refused', async () => {
    const id = await fx.createBoard('Full', 'general');
    await appendCards(fx.storage, id, MAX_CARDS - 1);
    const honest = fx.provider(id);
    const watch = watchAuth(honest);
    await synced(honest);
    createCard(honest.doc, { id: 'sista', column: readColumns(honest.doc)[0]!.id, title: 'Det sista kortet' });
    await waitFor(async () => getCardsMap(await loadStoredDoc(fx.storage, id)).has('sista'), 'the last card to be stored');
    expect(watch.denied).toEqual([]);

    const stored = await storedState(fx.storage, id);
    const editor = await attacker(id);
    await editor.send(await handMadeUpdate(fx.storage, id, (doc) => rawCards(doc, 1, 'extra')));
    expectRefused(editor);
    expect(await storedState(fx.storage, id)).toEqual(stored);
  });

  it('[LIM1][LIM3] a 1 MB card title is refused; a title of exactly the cap, by an honest editor, is stored', async () => {
    const id = await boardWithCard();
    const stored = await storedState(fx.storage, id);
    const editor = await attacker(id);
    await editor.send(await handMadeUpdate(fx.storage, id, (doc) => (getCardsMap(doc).get('k1')!.get('title') as Y.Text).insert(0, 'A'.repeat(1024 * 1024))));
    expectRefused(editor);
    expect(await storedState(fx.storage, id)).toEqual(stored);

    const honest = fx.provider(id);
    const watch = watchAuth(honest);
    await synced(honest);
    const title = 'T'.repeat(MAX_LINE_LENGTH - 'Bemanning'.length);
    editCardText(honest.doc, 'k1', 'title', 0, 0, title);
    await waitFor(async () => readCard(await loadStoredDoc(fx.storage, id), 'k1')?.title.length === MAX_LINE_LENGTH, 'the honest title to be stored');
    expect(watch.denied).toEqual([]);
  });

  it('[LIM1][LIM3] a unit chief’s 5 MB comment on his own card is refused; a comment of exactly the cap is stored', async () => {
    const id = await boardWithCard('measures', { unit: 'Kirurgi' });
    const token = await fx.user('kirchef', 'Kim Kirurg');
    await setMember(fx.url, fx.token, id, 'kirchef', 'unitChief', ['Kirurgi']);
    const stored = await storedState(fx.storage, id);
    const chief = await attacker(id, token);
    await chief.send(await handMadeUpdate(fx.storage, id, (doc) => (getCardsMap(doc).get('k1')!.get('comment') as Y.Text).insert(0, 'B'.repeat(5 * 1000 * 1000))));
    expectRefused(chief);
    expect(await storedState(fx.storage, id)).toEqual(stored);

    const honest = fx.provider(id, token);
    const watch = watchAuth(honest);
    await synced(honest);
    editCardText(honest.doc, 'k1', 'comment', 0, 0, 'C'.repeat(MAX_PROSE_LENGTH));
    await waitFor(async () => readCard(await loadStoredDoc(fx.storage, id), 'k1')?.comment?.length === MAX_PROSE_LENGTH, 'the honest comment to be stored');
    expect(watch.denied).toEqual([]);
  });
});
