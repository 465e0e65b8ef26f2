import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getCardsMap } from '../../shared/doc.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { appendEdit, handMadeUpdate, storedState, useAttackers } from '../helpers/serverAttacker.ts';
import { loadStoredDoc } from '../helpers/serverBoards.ts';
import { useInProcessServer } from '../helpers/serverInProcess.ts';
import { synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';

const fx = useInProcessServer({ maxMessageBytes: 8 * 1024 * 1024 });
const attack = useAttackers(fx);

/** A general board with one card `k1` (title and comment), stored, no room open. */
async function boardWithCard(): Promise<string> {
  const id = await fx.createBoard('Innehåll', 'general');
  await appendEdit(fx.storage, id, (doc) => createCard(doc, { id: 'k1', column: readColumns(doc)[0]!.id, title: 'Bemanning', texts: { comment: 'Start' } }));
  return id;
}

const card = (doc: Y.Doc): Y.Map<unknown> => getCardsMap(doc).get('k1')!;
const text = (doc: Y.Doc, field: string): Y.Text => card(doc).get(field) as Y.Text;

/** Hangs `depth` maps, each inside the one before, below `root`: built one level at a time in one transaction, as a hand-made client can. */
function chain(root: Y.Map<unknown>, depth: number): void {
  root.doc!.transact(() => {
    let map = root;
    for (let level = 0; level < depth; level++) {
      const next = new Y.Map<unknown>();
      map.set('inner', next);
      map = next;
    }
  });
}

/**
 * Writes `content` where no API of the type writes: into a map's list part (`key` null) or a text's
 * map part. No reader sees it; only a hand-made client puts it there.
 */
function hide(doc: Y.Doc, type: Y.Text | Y.Map<unknown>, key: string | null, content: Y.ContentType | Y.ContentString): void {
  doc.transact((transaction) => {
    const id = Y.createID(doc.clientID, Y.getState(doc.store, doc.clientID));
    new Y.Item(id, null, null, null, null, type, key, content).integrate(transaction, 0);
  });
}

const ATTACKS: [string, (doc: Y.Doc) => void][] = [
  ['an embed in a title', (doc) => text(doc, 'title').insertEmbed(0, { image: 'https://evil.example/x.png' })],
  ['a javascript: link as a formatting attribute of a comment', (doc) => text(doc, 'comment').format(0, 5, { href: 'javascript:alert(1)' })],
  ['text inserted with formatting attributes', (doc) => text(doc, 'comment').insert(0, 'Klicka', { bold: true })],
  ['a Y.XmlText as the title', (doc) => card(doc).set('title', new Y.XmlText('Bemanning'))],
  ['a Y.XmlElement embedded in a comment', (doc) => text(doc, 'comment').insertEmbed(0, new Y.XmlElement('script'))],
  ['a map entry inside a title', (doc) => hide(doc, text(doc, 'title'), 'href', new Y.ContentString('javascript:'))],
  ['a Y.Map chain 20 000 deep embedded in a comment', (doc) => {
    const root = new Y.Map<unknown>();
    text(doc, 'comment').insertEmbed(0, root);
    chain(root, 20_000);
  }],
  ['a Y.Map chain 20 000 deep hidden in the list part of a card', (doc) => {
    const root = new Y.Map<unknown>();
    hide(doc, card(doc), null, new Y.ContentType(root));
    chain(root, 20_000);
  }],
];

describe('prose is plain text in an exact Y.Text, maps hold nothing hidden (LIM4)', () => {
  it.each(ATTACKS)('[LIM4] %s, hand-made over a real websocket: refused, the stored board unchanged, and the card can still be deleted', async (_name, edit) => {
    const id = await boardWithCard();
    const stored = await storedState(fx.storage, id);
    const attacker = await attack(id);
    await attacker.send(await handMadeUpdate(fx.storage, id, edit));
    expect(attacker.closed).toEqual({ code: 4422, reason: 'invalid_update' });
    expect(await storedState(fx.storage, id)).toEqual(stored);

    const honest = fx.provider(id);
    await synced(honest);
    getCardsMap(honest.doc).delete('k1');
    await waitFor(async () => !getCardsMap(await loadStoredDoc(fx.storage, id)).has('k1'), 'the deletion to be stored');
  });
});
