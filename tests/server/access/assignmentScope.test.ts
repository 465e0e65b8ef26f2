import { describe, expect, it } from 'vitest';
import { createCard } from '../../../shared/ops/cards.ts';
import { addReport, setReportText } from '../../../shared/ops/reports.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { readReports } from '../../../shared/read/readReports.ts';
import { setMember } from '../../helpers/serverAuth.ts';
import { cardIds, loadStoredDoc } from '../../helpers/serverBoards.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { settle, waitFor } from '../../helpers/serverWait.ts';
import { watchAuth } from './syncClients.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const MONTH = '2025-03';

/** An assignments board whose cards have no unit: `run` is directed to RUN, `hsn` to HSN, each with a March report. */
async function assignmentsBoard(): Promise<string> {
  const id = await fx.createBoard('Uppdrag', 'assignments');
  const admin = fx.provider(id);
  await synced(admin);
  const column = readColumns(admin.doc)[0]!.id;
  for (const [cardId, directedTo] of [['run', 'RUN'], ['hsn', 'HSN']] as const) {
    createCard(admin.doc, { id: cardId, column, title: `Minska personalkostnaden ${directedTo}`, fields: { directedTo } });
    addReport(admin.doc, cardId, MONTH, { lastMonth: 'Inget rapporterat' });
  }
  await waitFor(async () => cardIds(await loadStoredDoc(fx.storage, id)).length === 2, 'the cards to be stored');
  return id;
}

let chiefs = 0;
/** The editor (admin) and a fresh unit chief scoped to RUN on the board, both synced. */
async function withRunChief(id: string) {
  const username = `rut${++chiefs}`;
  const token = await fx.user(username, 'Rut Runesson');
  await setMember(fx.url, fx.token, id, username, 'unitChief', ['RUN']);
  const editor = fx.provider(id);
  const rut = fx.provider(id, token);
  const watch = watchAuth(rut);
  await Promise.all([synced(editor), synced(rut)]);
  return { editor, rut, watch };
}

const storedLastMonth = async (id: string, cardId: string) => readReports(await loadStoredDoc(fx.storage, id), cardId)[0]?.lastMonth;

describe('a unit chief on an assignments board (ROLE4, UPD4)', () => {
  it('[ROLE4] scoped to RUN, writes the monthly report of the assignment directed to RUN: accepted, stored and relayed', async () => {
    const id = await assignmentsBoard();
    const { editor, rut, watch } = await withRunChief(id);

    setReportText(rut.doc, 'run', MONTH, 'lastMonth', 'Bemanningen ses över');
    await waitFor(() => readReports(editor.doc, 'run')[0]?.lastMonth === 'Bemanningen ses över', 'the editor to see the report');
    await expect.poll(() => storedLastMonth(id, 'run')).toBe('Bemanningen ses över');
    expect(watch.denied).toEqual([]);
  });

  it('[UPD4] scoped to RUN, writing the report of the assignment directed to HSN is refused: nothing stored or relayed', async () => {
    const id = await assignmentsBoard();
    const { editor, rut, watch } = await withRunChief(id);

    setReportText(rut.doc, 'hsn', MONTH, 'lastMonth', 'Skrivet av RUN');
    await waitFor(() => watch.closed !== undefined, 'the refused connection to close');
    expect(watch.denied).toEqual(['out_of_scope']);
    expect(watch.closed).toEqual({ code: 4403, reason: 'update_refused' });
    await settle();
    expect(readReports(editor.doc, 'hsn')[0]?.lastMonth).toBe('Inget rapporterat');
    expect(await storedLastMonth(id, 'hsn')).toBe('Inget rapporterat');
  });
});
