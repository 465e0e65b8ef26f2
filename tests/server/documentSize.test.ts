import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getCardsMap } from '../../shared/doc.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { cardIds, loadStoredDoc } from '../helpers/serverBoards.ts';
import { useInProcessServer } from '../helpers/serverInProcess.ts';
import { synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';

const MAX_DOC_BYTES = 64 * 1024;
const fx = useInProcessServer({ maxMessageBytes: 2 * 1024 * 1024, config: { maxDocBytes: MAX_DOC_BYTES } });
const addCards = (doc: Y.Doc, count: number, from = 0) =>
  doc.transact(() => {
    for (let i = from; i < from + count; i++) createCard(doc, { column: readColumns(doc)[0]!.id, title: `${i} ${'y'.repeat(180)}` });
  });

describe('a board has a size limit (FLOW3)', () => {
  it('[FLOW3] an update that would grow the board past MAX_DOC_BYTES is refused with 4413 document_too_large; what was stored stays, readers stay', async () => {
    const id = await fx.createBoard();
    const editor = fx.provider(id);
    const reader = fx.provider(id);
    await Promise.all([synced(editor), synced(reader)]);
    addCards(editor.doc, 40);
    await waitFor(() => cardIds(reader.doc).length === 40, 'a board well under the limit to be stored and relayed');
    const before = await fx.storage.loadDoc(id);

    const closes: number[] = [];
    editor.provider.on('connection-close', (event: CloseEvent | null) => closes.push(event?.code ?? 0));
    addCards(editor.doc, 400, 40);
    await waitFor(() => closes.length > 0, 'the editor to be closed');
    editor.provider.disconnect();
    expect(closes[0]).toBe(4413);
    expect(await fx.storage.loadDoc(id)).toEqual(before);
    expect(cardIds(await loadStoredDoc(fx.storage, id))).toHaveLength(40);
    expect(cardIds(reader.doc)).toHaveLength(40);
    expect(reader.provider.wsconnected).toBe(true);
    expect(fx.logs.lines.filter((line) => line.reason === 'document_too_large')[0]).toMatchObject({ docId: id, code: 4413 });
  });

  it('[FLOW3] text typed and deleted again does not fill the board: the size is measured before an update is refused', async () => {
    const id = await fx.createBoard();
    const editor = fx.provider(id);
    const reader = fx.provider(id);
    await Promise.all([synced(editor), synced(reader)]);
    const cardId = createCard(editor.doc, { column: readColumns(editor.doc)[0]!.id, title: 'Utkast' });
    const comment = getCardsMap(editor.doc).get(cardId)!.get('comment') as Y.Text;
    // Ten drafts of 9 000 characters, each written and deleted: far more bytes appended than the cap, a small board.
    for (let i = 0; i < 10; i++) {
      comment.insert(0, String(i).repeat(9_000));
      comment.delete(0, comment.length);
    }
    comment.insert(0, 'Det som blev kvar');
    await waitFor(() => (getCardsMap(reader.doc).get(cardId)?.get('comment') as Y.Text | undefined)?.toString() === 'Det som blev kvar', 'the last draft to reach the reader');
    expect(editor.provider.wsconnected).toBe(true);
    expect(fx.logs.lines.filter((line) => line.docId === id && line.reason === 'document_too_large')).toEqual([]);
  });
});
