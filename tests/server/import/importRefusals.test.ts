import { describe, expect, it } from 'vitest';
import { archiveCard } from '../../../shared/ops/cards.ts';
import { MAX_CARDS } from '../../../shared/schema/limits.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { importHelpers } from './importFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const io = importHelpers(fx);

const titles = (names: readonly string[]): Uint8Array => new TextEncoder().encode(`Titel\r\n${names.join('\r\n')}\r\n`);

describe('an import refused by the board it goes into (IMP5, IMP9)', () => {
  it('[IMP5][IMP9][LIM2] a board one card short of MAX_CARDS: the dry run refuses the second and third new card board_full, the confirm writes nothing (422), and with skip exactly the first', async () => {
    const board = await fx.createBoard('Nästan full', 'measures');
    const filled = await io.post(board, { format: 'csv', file: titles(Array.from({ length: MAX_CARDS - 1 }, (_, i) => `Kort ${i}`)), mapping: ['title'] });
    expect([filled.status, filled.answer.counts.create]).toEqual([200, MAX_CARDS - 1]);
    const file = titles(['Får plats', 'Får inte plats', 'Inte heller']);
    const dry = await io.post(board, { format: 'csv', file, mapping: ['title'], dryRun: true });
    expect(dry.answer.counts).toMatchObject({ create: 1, refused: 2 });
    expect(dry.answer.rows.flatMap((row) => row.problems.map((p) => [p.row, p.value, p.reason]))).toEqual([
      [3, 'Får inte plats', 'board_full'],
      [4, 'Inte heller', 'board_full'],
    ]);
    const refused = await io.post(board, { format: 'csv', file, mapping: ['title'] });
    expect([refused.status, refused.answer.error]).toEqual([422, 'rows_refused']);
    expect((await io.stored(board)).cards).toHaveLength(MAX_CARDS - 1);
    const done = await io.post(board, { format: 'csv', file, mapping: ['title'], skipRefused: true });
    expect([done.status, done.answer.rows.map((row) => row.verdict)]).toEqual([200, ['create', 'refused', 'refused']]);
    const after = await io.stored(board);
    expect(after.cards).toHaveLength(MAX_CARDS);
    expect(after.cards.filter((card) => card.title !== 'Får plats' && !card.title.startsWith('Kort '))).toEqual([]);
  });

  it('[IMP5][IMP9] a card someone archived after the export: its row is refused archived_card and the card stays archived and unchanged', async () => {
    await io.seeds();
    const board = await fx.createBoard('Arkiverat', 'measures');
    await io.post(board, { format: 'csv', file: await io.exported('hsf-atgarder', 'csv') });
    const exported = new TextDecoder().decode(await io.exported(board, 'csv'));
    const card = (await io.stored(board)).cards.find((c) => c.title === 'Primärvårdsjour')!;
    const client = fx.provider(board);
    await waitFor(() => client.provider.synced, 'the client synced');
    archiveCard(client.doc, card.id);
    await waitFor(async () => (await io.stored(board)).cards.find((c) => c.id === card.id)?.archived === true, 'the archive stored');
    const before = await io.stored(board);
    const lines = exported.split('\r\n').map((line) => (line.startsWith(card.id) ? line.replace(';5000;', ';6000;') : line));
    expect(lines.join('\r\n')).not.toBe(exported);
    const file = new TextEncoder().encode(lines.join('\r\n'));
    const done = await io.post(board, { format: 'csv', file, skipRefused: true });
    expect(done.answer.rows.filter((row) => row.verdict === 'refused')).toEqual([
      { row: expect.any(Number), verdict: 'refused', cardId: card.id, title: card.title, problems: [{ row: expect.any(Number), column: 'Kort-id', value: card.id, reason: 'archived_card' }] },
    ]);
    expect(done.answer.counts).toMatchObject({ update: 0, refused: 1 });
    expect(await io.stored(board)).toEqual(before);
  });
});
