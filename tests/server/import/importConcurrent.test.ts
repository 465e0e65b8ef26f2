import { describe, expect, it } from 'vitest';
import { updateCardField } from '../../../shared/ops/cards.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { importHelpers } from './importFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const io = importHelpers(fx);

describe('an import while others edit the board (IMP9)', () => {
  it('[IMP9] the confirm is planned on the board as it is then, not as the dry run saw it: a card someone set meanwhile to the file\'s value is unchanged, and every connected client receives the import as one update', async () => {
    await io.seeds();
    const board = await fx.createBoard('Samtidigt', 'measures');
    await io.post(board, { format: 'csv', file: await io.exported('hsf-atgarder', 'csv') });
    const exported = new TextDecoder().decode(await io.exported(board, 'csv'));
    const lines = exported.split('\r\n');
    const [akut, jour] = [lines.findIndex((l) => l.includes('Akutvårdsplatser sjukstugor')), lines.findIndex((l) => l.includes(';Primärvårdsjour;'))];
    lines[akut] = lines[akut]!.replace(';20000;', ';25000;');
    lines[jour] = lines[jour]!.replace(';5000;', ';6000;');
    const file = new TextEncoder().encode(lines.join('\r\n'));
    expect((await io.post(board, { format: 'csv', file, dryRun: true })).answer.counts.update).toBe(2);

    const other = fx.provider(board);
    await waitFor(() => other.provider.synced, 'the other client synced');
    const jourId = readBoard(other.doc).cards.find((c) => c.title === 'Primärvårdsjour')!.id;
    updateCardField(other.doc, jourId, 'effect', 6_000);
    await waitFor(async () => (await io.stored(board)).cards.find((c) => c.id === jourId)?.effect === 6_000, 'the other edit stored');
    const updates: Uint8Array[] = [];
    other.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === other.provider) updates.push(update);
    });

    const done = await io.post(board, { format: 'csv', file });
    expect(done.answer.counts).toMatchObject({ update: 1, refused: 0 });
    expect(done.answer.rows.find((row) => row.cardId === jourId)?.verdict).toBe('unchanged');
    await waitFor(() => readBoard(other.doc).cards.find((c) => c.title === 'Akutvårdsplatser sjukstugor')?.effect === 25_000, 'the import relayed');
    expect(updates).toHaveLength(1);
  });
});
