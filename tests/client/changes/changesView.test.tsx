// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingListing } from '../../../shared/changes/boardMeetings.ts';
import { collapseChanges, type ChangeEntry } from '../../../shared/changes/collapseChanges.ts';
import { createCard } from '../../../shared/ops/cards.ts';
import type { BoardRole } from '../../../client/auth/authApi.ts';
import type { ChangesApi, ChangesSince, PreviousMeeting } from '../../../client/changes/changesApi.ts';
import { formatDateTime } from '../../../client/i18n/format.ts';
import { makeBoard } from '../board/boardFixture.ts';
import { renderBoardView } from '../board/renderBoardView.tsx';

afterEach(cleanup);

const BOARD = 'atgarder';
const ENDED = '2025-04-29T10:00:00.000Z';
const april: MeetingListing = { id: 'april', title: 'April', date: '2025-04-29', status: 'ended', endedAt: ENDED, group: 'LG', boards: [BOARD] };
const june: MeetingListing = { id: 'june', title: 'Juni', date: '2099-06-17', status: 'planned', group: 'LG', boards: [BOARD] };
/** April as the server names it (CHS3) to a reader who may open it, and to one who may not. */
const aprilNamed: PreviousMeeting = { endedAt: ENDED, date: '2025-04-29', id: 'april', title: 'April' };
const aprilUnnamed: PreviousMeeting = { endedAt: ENDED, date: '2025-04-29' };

let ids = 0;
const ANNA = { userId: 'anna', actor: 'Anna Sundén' };
const BO = { userId: 'bo', actor: 'Bo Ek' };
const entry = (changes: Partial<ChangeEntry>): ChangeEntry => ({ id: ++ids, at: '2025-05-02T08:00:00.000Z', ...ANNA, cardId: 'kir', field: 'effect', change: 'set', ...changes });

/**
 * The history after the April meeting as the server collapses it (CHS1): Anna and then Bo change
 * kir's effect 20 000 → 18 000 → 15 000; Anna changes ort's unit and back (a no-op); Bo moves hyr.
 */
function history(columns: string[]): ChangeEntry[] {
  return [
    entry({ from: 20_000, to: 18_000 }),
    entry({ ...BO, from: 18_000, to: 15_000 }),
    entry({ cardId: 'ort', field: 'unit', from: 'Ortopedi', to: 'Ortoped' }),
    entry({ cardId: 'ort', field: 'unit', from: 'Ortoped', to: 'Ortopedi' }),
    entry({ ...BO, cardId: 'hyr', field: 'column', from: columns[0], to: columns[1], at: '2025-05-03T08:00:00.000Z' }),
  ];
}

/**
 * An in-memory stand-in for the REST calls (the browser test asks the real server): the collapse
 * is the server's own; `previous` is the meeting the server chose (CHS3), `meetings` what this user
 * may read (where the next meeting comes from, CHG8).
 */
function memoryApi(entries: ChangeEntry[], meetings: MeetingListing[], role: BoardRole | null = 'editor', previous: PreviousMeeting = aprilNamed) {
  const asked: { since: ChangesSince; excludeMine: boolean }[] = [];
  const api: ChangesApi = {
    meetings: async () => meetings,
    changes: async (_board, since, excludeMine) => {
      asked.push({ since, excludeMine });
      const cards = collapseChanges(entries, excludeMine ? { excludeUserId: 'anna' } : {});
      return since.kind === 'previous' ? { since: previous.endedAt, previous, cards } : { since: since.since, cards };
    },
    meetingRole: async () => role,
  };
  return { api, asked };
}

function board() {
  const { doc, columns } = makeBoard({ title: 'Åtgärder', kind: 'measures' });
  createCard(doc, { id: 'kir', column: columns[0]!, title: 'Kirurgins kort', fields: { effect: 15_000, decisionLevel: 'political' } });
  createCard(doc, { id: 'ort', column: columns[0]!, title: 'Ortopedins kort', fields: { unit: 'Ortopedi', effect: 7_000, decisionLevel: 'political' } });
  createCard(doc, { id: 'hyr', column: columns[1]!, title: 'Hyrpersonal', fields: { effect: 3_000, decisionLevel: 'official' } });
  return { doc, columns };
}

const card = (name: string) => screen.getByRole('article', { name });
/** What a screen reader hears after the card's name: the text of the elements aria-describedby names. */
const description = (element: HTMLElement): string =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');

async function renderChanges(role: BoardRole | null = 'editor', meetings = [april, june], previous = aprilNamed) {
  const { doc, columns } = board();
  const memory = memoryApi(history(columns), meetings, role, previous);
  renderBoardView(doc, { boardId: BOARD, changesApi: memory.api });
  await screen.findByText('2 kort har ändrats.');
  return memory;
}

describe('"Ändrat sedan…" on the board', () => {
  it('[CHG7][CHS3] counts from the previous meeting the server chooses, named by its title and date', async () => {
    const { asked } = await renderChanges();
    expect(asked).toEqual([{ since: { kind: 'previous' }, excludeMine: false }]);
    expect((screen.getByRole('combobox', { name: 'Sedan' }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('förra mötet (April, 2025-04-29)');
  });

  it('[CHS3] a reader on no meeting (none listed) counts from it too, named by when it ended when the server gives no title', async () => {
    const { asked } = await renderChanges('viewer', [], aprilUnnamed);
    expect(asked).toEqual([{ since: { kind: 'previous' }, excludeMine: false }]);
    const sinceSelect = screen.getByRole('combobox', { name: 'Sedan' }) as HTMLSelectElement;
    expect(sinceSelect.selectedOptions[0]!.textContent).toBe(`förra mötet (avslutat ${formatDateTime(ENDED)})`);
    expect(screen.getByRole('checkbox', { name: 'Ändrat sedan förra mötet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Visa alla ändringar' }));
    expect(within(screen.getByRole('dialog', { name: 'Ändringar på tavlan' })).getByText(`Sedan förra mötet (avslutat ${formatDateTime(ENDED)}).`)).toBeTruthy();
  });

  it('[CHG9] a changed card has a badge with its summary, collapsed, in sv-SE numbers, as the card’s description; a no-op changes nothing', async () => {
    await renderChanges();
    const kir = card('Kirurgins kort');
    // The badges render after the count line on a loaded machine: wait for them, as a reader would.
    await within(kir).findByText('Ändrat');
    expect(description(kir)).toBe('ÄndratEkonomisk effekt 20\u00a0000 → 15\u00a0000\u00a0tkr, Bo Ek, 2025-05-02');
    expect(description(card('Hyrpersonal'))).toBe('FlyttatFlyttat från Beredning och riskbedömning till Samverkan i FSG, Bo Ek, 2025-05-03');
    // Anna's unit changed and back is no change: no badge, no description.
    const ort = card('Ortopedins kort');
    expect(ort.getAttribute('aria-describedby')).toBeNull();
    expect(ort.querySelector('.card-change')).toBeNull();
  });

  it('[CHG7] the filter shows only the changed cards, the totals follow it, and "Rensa filter" clears it', async () => {
    await renderChanges();
    const filter = screen.getByRole('checkbox', { name: 'Ändrat sedan förra mötet' });
    fireEvent.click(filter);
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-label')).sort()).toEqual(['Hyrpersonal', 'Kirurgins kort']);
    expect(screen.getByText('Filtrerat: summorna gäller 2 av 3 kort')).toBeTruthy();
    expect(screen.getByTestId('board-total').textContent).toBe('18\u00a0000\u00a0tkr');
    // It combines with the other filters: both must hold.
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'Kirurg' } });
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual(['Kirurgins kort']);
    fireEvent.click(screen.getByRole('button', { name: 'Rensa filter' }));
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect((screen.getByRole('checkbox', { name: 'Ändrat sedan förra mötet' }) as HTMLInputElement).checked).toBe(false);
  });

  it('[CHG6] "Dölj mina egna ändringar" asks without one’s own: the badge says what the others changed', async () => {
    const { asked } = await renderChanges();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Dölj mina egna ändringar' }));
    await waitFor(() => expect(description(card('Kirurgins kort'))).toBe('ÄndratEkonomisk effekt 18\u00a0000 → 15\u00a0000\u00a0tkr, Bo Ek, 2025-05-02'));
    expect(asked.at(-1)).toEqual({ since: { kind: 'previous' }, excludeMine: true });
  });

  it('[CHG7] since a chosen day: the browser’s midnight of it, the filter named by it', async () => {
    const { asked } = await renderChanges();
    fireEvent.change(screen.getByRole('combobox', { name: 'Sedan' }), { target: { value: 'date' } });
    expect(screen.getByText('Välj ett datum för att se vad som ändrats sedan dess.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Datum'), { target: { value: '2025-05-01' } });
    await act(async () => {});
    expect(asked.at(-1)).toEqual({ since: { kind: 'time', since: new Date(2025, 4, 1).toISOString() }, excludeMine: false });
    expect(screen.getByRole('checkbox', { name: 'Ändrat sedan 2025-05-01' })).toBeTruthy();
  });

  it('[CHG9] "Visa alla ändringar" lists every changed card with its summary, newest first', async () => {
    await renderChanges();
    fireEvent.click(screen.getByRole('button', { name: 'Visa alla ändringar' }));
    const dialog = screen.getByRole('dialog', { name: 'Ändringar på tavlan' });
    expect(within(dialog).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Hyrpersonal', 'Kirurgins kort']);
    expect(within(dialog).getByText('Sedan förra mötet (April, 2025-04-29).')).toBeTruthy();
  });

  it('[CHG8][MTS3] "Lägg på nästa mötes dagordning" names the next meeting to an editor; a viewer of it, or a board with no next meeting, gets the reason', async () => {
    await renderChanges('editor');
    const put = await screen.findByRole('button', { name: 'Lägg på nästa mötes dagordning' });
    await act(async () => {});
    expect((put as HTMLButtonElement).disabled).toBe(false);
    expect(description(put)).toBe('Nästa möte: Juni, 2099-06-17.');
    cleanup();

    await renderChanges('viewer');
    await act(async () => {});
    const refused = screen.getByRole('button', { name: 'Lägg på nästa mötes dagordning' }) as HTMLButtonElement;
    expect(refused.disabled).toBe(true);
    expect(description(refused)).toBe('Du får inte ändra nästa möte (Juni).');
    cleanup();

    await renderChanges('facilitator', [april]);
    const none = screen.getByRole('button', { name: 'Lägg på nästa mötes dagordning' }) as HTMLButtonElement;
    expect(none.disabled).toBe(true);
    expect(description(none)).toBe('Inget kommande möte länkar tavlan eller hör till dess grupp.');
  });
});
