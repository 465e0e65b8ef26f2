import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../client/auth/authApi.ts';
import { formatHistoryLine, historyLines } from '../../../client/auth/historyLines.ts';
import { createI18n } from '../../../client/i18n/i18n.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { importHelpers } from './importFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const io = importHelpers(fx);

/** The exported CSV with cells changed by card title and header, and rows added, saved as Excel in Sweden would. */
function editCsv(file: Uint8Array, changes: Record<string, Record<string, string>>, added: Record<string, string>[]): Uint8Array {
  const rows = parse(new TextDecoder().decode(file).replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true }) as string[][];
  const header = rows.find((row) => row[0] === 'Kort-id')!;
  for (const [title, change] of Object.entries(changes)) {
    const row = rows.find((r) => r[header.indexOf('Åtgärd')] === title)!;
    for (const [name, value] of Object.entries(change)) row[header.indexOf(name)] = value;
  }
  for (const cells of added) rows.push(header.map((name) => cells[name] ?? ''));
  return new TextEncoder().encode(`\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: '\r\n' })}`);
}

const spaces = (text: string): string => text.replace(/\u00a0|\u202f/g, ' ');

describe('the history of a confirmed import (IMP5, HIST9)', () => {
  it('[IMP5][HIST2][HIST9] two changed cards and a new one: stored one entry per field, all of one update, and the feed reads one line per card in Swedish and English', async () => {
    await io.seeds();
    const board = await fx.createBoard('Historik', 'measures');
    await io.post(board, { format: 'csv', file: await io.exported('hsf-atgarder', 'csv') });
    const historyOf = async () => ((await (await fetch(`${fx.url}/api/boards/${board}/history?limit=500`, { headers: fx.headers })).json()) as { entries: HistoryEntry[] }).entries;
    const before = (await historyOf()).length;
    const file = editCsv(
      await io.exported(board, 'csv'),
      { 'Akutvårdsplatser sjukstugor': { 'Ekonomisk effekt tkr/år': '21000', Kommentar: 'Ny kommentar från Excel' }, Primärvårdsjour: { 'Ekonomisk effekt tkr/år': '6000' } },
      [{ Åtgärd: 'Ny åtgärd från Excel', 'Ekonomisk effekt tkr/år': '1500' }],
    );
    const done = await io.post(board, { format: 'csv', file });
    expect(done.answer.counts).toMatchObject({ create: 1, update: 2, refused: 0 });

    const entries = (await historyOf()).slice(0, (await historyOf()).length - before);
    const cards = (await io.stored(board)).cards;
    const idOf = (title: string) => cards.find((card) => card.title === title)!.id;
    expect(entries.map(({ cardId, field, change, from, to }) => ({ cardId, field, change, from, to }))).toEqual(
      expect.arrayContaining([
        { cardId: idOf('Akutvårdsplatser sjukstugor'), field: 'effect', change: 'set', from: 20_000, to: 21_000 },
        { cardId: idOf('Akutvårdsplatser sjukstugor'), field: 'comment', change: 'text', from: undefined, to: undefined },
        { cardId: idOf('Primärvårdsjour'), field: 'effect', change: 'set', from: 5_000, to: 6_000 },
        { cardId: idOf('Ny åtgärd från Excel'), field: 'card', change: 'created', from: undefined, to: 'Ny åtgärd från Excel' },
      ]),
    );
    expect(entries).toHaveLength(4);
    expect(new Set(entries.map((entry) => `${entry.at} ${entry.actor}`)).size).toBe(1);

    const lines = historyLines(entries);
    const actor = entries[0]!.actor;
    const say = (language: 'sv' | 'en') => lines.map((line) => spaces(formatHistoryLine(line, createI18n(language).t, language))).sort();
    expect(say('sv')).toEqual(
      [
        `${actor} ändrade ekonomisk effekt från 20 000 tkr till 21 000 tkr och kommentar`,
        `${actor} ändrade ekonomisk effekt från 5 000 tkr till 6 000 tkr`,
        `${actor} skapade kortet Ny åtgärd från Excel`,
      ].sort(),
    );
    expect(say('en')).toEqual(
      [
        `${actor} changed the financial effect from 20,000 kSEK to 21,000 kSEK and the comment`,
        `${actor} changed the financial effect from 5,000 kSEK to 6,000 kSEK`,
        `${actor} created the card Ny åtgärd från Excel`,
      ].sort(),
    );
  });
});
