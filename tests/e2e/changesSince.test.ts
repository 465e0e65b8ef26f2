import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addAgendaItem } from '../../shared/meeting/agendaOps.ts';
import { readMeeting } from '../../shared/meeting/readMeeting.ts';
import { endMeeting, startMeeting } from '../../shared/meeting/runOps.ts';
import { createCard, moveCard, updateCardField } from '../../shared/ops/cards.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { addUserAndLogin, authHeaders, setMember } from '../helpers/serverAuth.ts';
import { connectProvider, synced, type ProviderClient } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { createBoardViaApi, waitForStatus } from './helpers/openBoard.ts';
import { sessionCookie } from './helpers/startTestServer.ts';

const e2e = e2eFixture();
const BOARD_TITLE = 'Åtgärder HSF';

/** Creates a meeting as the admin; its id. */
async function createMeeting(title: string, date: string): Promise<string> {
  const response = await fetch(`${e2e.server.url}/api/meetings`, { method: 'POST', headers: authHeaders(e2e.server.token), body: JSON.stringify({ title, date, group: 'HSF ledningsgrupp' }) });
  if (response.status !== 201) throw new Error(`meeting not created: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

/** A raw client on `id` as the owner of `token`, synced; closed by the caller. */
async function rawClient(id: string, token: string): Promise<ProviderClient> {
  const client = connectProvider(e2e.server.url, id, token);
  await synced(client);
  return client;
}

interface Entry {
  cardId: string | null;
  field: string;
}

/** Whether the board's history (as the server has recorded it) passes `check`. */
const historyHas = async (board: string, check: (entries: Entry[]) => boolean): Promise<boolean> => {
  const response = await fetch(`${e2e.server.url}/api/boards/${board}/history?limit=500`, { headers: authHeaders(e2e.server.token) });
  return check(((await response.json()) as { entries: Entry[] }).entries);
};

/** Resolves once a fresh client of the meeting reads what `check` wants: the edits are stored. */
async function untilMeetingHas(id: string, check: (meeting: ReturnType<typeof readMeeting>) => boolean): Promise<void> {
  await waitFor(async () => {
    const client = await rawClient(id, e2e.server.token);
    const held = check(readMeeting(client.doc));
    client.destroy();
    return held;
  }, 'the meeting stored');
}

/**
 * The seeded history: the admin makes four cards; the April meeting, whose agenda links the board,
 * ends; then Anna changes kir's effect 20 000 → 18 000 and Bo 18 000 → 15 000, Anna changes ort's
 * unit and back (a no-op) and gam's unit, and Bo moves hyr. The June meeting, not started, has an
 * item linking the board.
 */
async function seed() {
  const board = await createBoardViaApi(e2e.server.url, BOARD_TITLE);
  const anna = await addUserAndLogin(e2e.server.url, e2e.server.token, { username: 'anna', displayName: 'Anna Sundén' });
  const bo = await addUserAndLogin(e2e.server.url, e2e.server.token, { username: 'bo', displayName: 'Bo Ek' });
  for (const name of ['anna', 'bo']) await setMember(e2e.server.url, e2e.server.token, board, name, 'editor');

  const admin = await rawClient(board, e2e.server.token);
  const [first, second] = readColumns(admin.doc).map((column) => column.id);
  createCard(admin.doc, { id: 'kir', column: first!, title: 'Kirurgins kort', fields: { unit: 'Kirurgi', effect: 20_000, decisionLevel: 'political' } });
  createCard(admin.doc, { id: 'ort', column: first!, title: 'Ortopedins kort', fields: { unit: 'Ortopedi', effect: 7_000, decisionLevel: 'political' } });
  createCard(admin.doc, { id: 'gam', column: first!, title: 'Gamla kortet', fields: { unit: 'Kirurgi', decisionLevel: 'official' } });
  createCard(admin.doc, { id: 'hyr', column: first!, title: 'Hyrpersonal', fields: { unit: 'Ortopedi', effect: 3_000, decisionLevel: 'official' } });
  await waitFor(() => historyHas(board, (entries) => entries.length === 4), 'the admin’s cards in the history');
  admin.destroy();

  const april = await createMeeting('HSF ledningsgrupp, april', '2025-04-29');
  const june = await createMeeting('HSF ledningsgrupp, juni', '2099-06-17');
  for (const [id, title] of [[april, 'Arbetet med åtgärder'], [june, 'Åtgärder, uppföljning']] as const) {
    const meeting = await rawClient(id, e2e.server.token);
    addAgendaItem(meeting.doc, { id: 'i1', title: 'Inledning', minutes: 5, kind: 'information' });
    addAgendaItem(meeting.doc, { id: 'i2', title, minutes: 20, kind: 'discussion', boards: [board], notes: 'Föredras av Anna.' });
    if (id === april) {
      startMeeting(meeting.doc, Date.now() - 60_000);
      endMeeting(meeting.doc, Date.now());
    }
    meeting.destroy();
    await untilMeetingHas(id, (stored) => stored.agenda.length === 2 && stored.run.status === (id === april ? 'ended' : 'planned'));
  }
  await setMember(e2e.server.url, e2e.server.token, june, 'anna', 'editor');
  await setMember(e2e.server.url, e2e.server.token, april, 'anna', 'viewer');
  // The server's clock must have passed the meeting's end before the edits count after it.
  await new Promise((resolve) => setTimeout(resolve, 20));

  const annaClient = await rawClient(board, anna);
  const boClient = await rawClient(board, bo);
  updateCardField(annaClient.doc, 'kir', 'effect', 18_000);
  await waitFor(() => readCard(boClient.doc, 'kir')?.effect === 18_000, 'Anna’s effect to reach Bo');
  updateCardField(boClient.doc, 'kir', 'effect', 15_000);
  updateCardField(annaClient.doc, 'ort', 'unit', 'Ortoped');
  await waitFor(() => readCard(boClient.doc, 'ort')?.unit === 'Ortoped', 'Anna’s unit to reach Bo');
  updateCardField(annaClient.doc, 'ort', 'unit', 'Ortopedi');
  updateCardField(annaClient.doc, 'gam', 'unit', 'Onkologi');
  moveCard(boClient.doc, 'hyr', second!);
  const recorded = (entries: Entry[]) =>
    entries.some((e) => e.cardId === 'hyr' && e.field === 'column') && entries.some((e) => e.cardId === 'gam' && e.field === 'unit') && !entries.some((e) => e.cardId === 'ort' && e.field === 'unit');
  await waitFor(() => historyHas(board, recorded), 'the editors’ changes in the history');
  annaClient.destroy();
  boClient.destroy();
  return { board, june, anna, bo, columns: [first!, second!] };
}

/** The seeded history, made once for the file: the accounts it adds can be added only once. */
let seeding: ReturnType<typeof seed> | undefined;
const seeded = (): ReturnType<typeof seed> => (seeding ??= seed());

const cardTitles = async (page: Page): Promise<string[]> => (await page.locator('article.card-item').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label') ?? ''))).sort();
const badgeOf = (page: Page, title: string) => page.getByRole('article', { name: title }).locator('.card-change');
const today = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

describe('"Ändrat sedan förra mötet" in Chromium against a seeded history', () => {
  it('[CHG7] [CHG9] [CHG6] [CHG10] the filter shows exactly the changed cards, each badge collapsed and no-ops left out, "Dölj mina egna" hides one’s own, and the summary lands in the next meeting’s item', async () => {
    const { board, june, anna } = await seeded();
    const context = await e2e.loggedOutContext();
    await context.addCookies([sessionCookie(anna)]);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(`${e2e.server.url}/b/${board}`);
    await waitForStatus(page, 'Synkad');
    const bar = page.getByRole('region', { name: 'Ändrat sedan…' });
    await bar.getByText('3 kort har ändrats.').waitFor();
    expect(await bar.getByRole('combobox', { name: 'Sedan' }).inputValue()).toBe('meeting');

    // The badge: one field collapsed to first → last value, the last editor and the day; the no-op card has none.
    const day = today();
    expect(await badgeOf(page, 'Kirurgins kort').innerText()).toBe(`Ändrat\nEkonomisk effekt 20\u00a0000 → 15\u00a0000\u00a0tkr, Bo Ek, ${day}`);
    expect(await badgeOf(page, 'Hyrpersonal').innerText()).toContain('Flyttat från ');
    expect(await badgeOf(page, 'Ortopedins kort').count()).toBe(0);
    // The summary is the card's accessible description.
    const describedBy = await page.getByRole('article', { name: 'Kirurgins kort' }).getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toContain('20\u00a0000 → 15\u00a0000');

    await bar.getByRole('checkbox', { name: 'Ändrat sedan förra mötet' }).check();
    await expect.poll(() => cardTitles(page)).toEqual(['Gamla kortet', 'Hyrpersonal', 'Kirurgins kort']);
    await page.getByText('Filtrerat: summorna gäller 3 av 4 kort').waitFor();

    // Without Anna's own: her unit change goes, and kir's effect counts from what Bo found.
    await bar.getByRole('checkbox', { name: 'Dölj mina egna ändringar' }).check();
    await expect.poll(() => cardTitles(page)).toEqual(['Hyrpersonal', 'Kirurgins kort']);
    await expect.poll(() => badgeOf(page, 'Kirurgins kort').innerText()).toBe(`Ändrat\nEkonomisk effekt 18\u00a0000 → 15\u00a0000\u00a0tkr, Bo Ek, ${day}`);
    await bar.getByRole('checkbox', { name: 'Dölj mina egna ändringar' }).uncheck();
    await expect.poll(() => cardTitles(page)).toEqual(['Gamla kortet', 'Hyrpersonal', 'Kirurgins kort']);

    expect(await seriousViolations(page)).toEqual([]);
    await bar.getByRole('button', { name: 'Visa alla ändringar' }).click();
    const list = page.getByRole('dialog', { name: 'Ändringar på tavlan' });
    expect((await list.getByRole('heading', { level: 3 }).allInnerTexts()).sort()).toEqual(['Gamla kortet', 'Hyrpersonal', 'Kirurgins kort']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await bar.getByText('Nästa möte: HSF ledningsgrupp, juni, 2099-06-17.').waitFor();
    await bar.getByRole('button', { name: 'Lägg på nästa mötes dagordning' }).click();
    await bar.getByText('Ändringarna ligger på dagordningen för').waitFor({ timeout: 15_000 });

    const meeting = await rawClient(june, e2e.server.token);
    const item = readMeeting(meeting.doc).agenda.find((i) => i.id === 'i2')!;
    meeting.destroy();
    const lines = item.notes.split('\n');
    expect(lines.slice(0, 4)).toEqual(['Föredras av Anna.', '', `Ändringar på ${BOARD_TITLE}`, 'Sedan förra mötet (HSF ledningsgrupp, april, 2025-04-29).']);
    expect(lines).toContain(`- Kirurgins kort: Ekonomisk effekt 20\u00a0000 → 15\u00a0000\u00a0tkr, Bo Ek, ${day}`);
    expect(lines).toContain(`- Gamla kortet: Verksamhet Kirurgi → Onkologi, Anna Sundén, ${day}`);
    expect(lines.some((line) => line.startsWith('- Hyrpersonal: Flyttat från '))).toBe(true);
    expect(item.notes).not.toContain('Ortopedins kort');
    expect(lines).toHaveLength(7);

    // Reflow (WCAG 1.4.10): at 320 px the change view wraps within the page.
    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => bar.evaluate((element) => element.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
    expect(await bar.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(await seriousViolations(page, '.changes-bar')).toEqual([]);
  }, 120_000);

  it('[CHS3] [CHG7] a board editor on no meeting, and the board’s share link, count from the previous meeting too, named by when it ended', async () => {
    const { board, bo } = await seeded();
    const made = await fetch(`${e2e.server.url}/api/boards/${board}/share`, { method: 'POST', headers: authHeaders(e2e.server.token) });
    const { url: shareUrl } = (await made.json()) as { url: string };
    const boContext = await e2e.loggedOutContext();
    await boContext.addCookies([sessionCookie(bo)]);
    const asLink = await (await e2e.loggedOutContext()).newPage();
    await asLink.goto(shareUrl);
    const asBo = await boContext.newPage();
    await asBo.goto(`${e2e.server.url}/b/${board}`);
    for (const page of [asBo, asLink]) {
      const bar = page.getByRole('region', { name: 'Ändrat sedan…' });
      await bar.getByText('3 kort har ändrats.').waitFor();
      const since = bar.getByRole('combobox', { name: 'Sedan' });
      expect(await since.inputValue()).toBe('meeting');
      // Neither may open the April meeting: it is named by its end, not its title (CHS3).
      expect(await since.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toMatch(/^förra mötet \(avslutat \d{4}-\d{2}-\d{2} \d{2}:\d{2}\)$/);
      await bar.getByRole('checkbox', { name: 'Ändrat sedan förra mötet' }).check();
      await expect.poll(() => cardTitles(page)).toEqual(['Gamla kortet', 'Hyrpersonal', 'Kirurgins kort']);
    }
    expect(await seriousViolations(asLink, '.changes-bar')).toEqual([]);
  }, 120_000);
});
