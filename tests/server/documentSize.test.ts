import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
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
});
