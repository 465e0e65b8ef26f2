import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.ts';
import { boardPage, editOffline } from './helpers/boardPage.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { openBoard } from './helpers/openBoard.ts';

// Default columns and lanes of a measures board (shared/schema/board.ts, the catalogue's decision levels).
const PREP = 'Beredning och riskbedömning';
const FSG = 'Samverkan i FSG';
const DECISION = 'Beslut';
const POLITICAL = 'Kräver politiskt beslut';

const e2e = e2eFixture();

describe('the board in Chromium, two users against the real server', () => {
  it('shows a card created, edited and moved ("Flytta till…") by one user to the other', async () => {
    const { anna, bo } = await e2e.twoUsersOnABoard('Tillsammans');
    await anna.addCard(PREP, POLITICAL, 'Färre hyrläkare');
    await bo.cell(PREP, POLITICAL).getByRole('article', { name: 'Färre hyrläkare' }).waitFor();

    const editor = await anna.openEditor('Färre hyrläkare');
    await anna.setField(editor, 'Titel', 'Färre hyrläkare i Region Väst');
    await anna.setField(editor, 'Ekonomisk effekt (tkr/år)', '1500');
    await anna.closeEditor(editor);
    const boCard = bo.card('Färre hyrläkare i Region Väst');
    await boCard.filter({ hasText: /1\s500\s*tkr/ }).waitFor();

    await anna.page.getByRole('button', { name: 'Flytta till… – Färre hyrläkare i Region Väst' }).click();
    const move = anna.page.getByRole('dialog', { name: 'Flytta Färre hyrläkare i Region Väst' });
    await move.getByRole('combobox', { name: 'Kolumn' }).selectOption({ label: DECISION });
    await move.getByRole('button', { name: 'Flytta', exact: true }).click();
    await move.waitFor({ state: 'hidden' });
    await anna.cell(DECISION, POLITICAL).getByRole('article', { name: 'Färre hyrläkare i Region Väst' }).waitFor();
    await bo.cell(DECISION, POLITICAL).getByRole('article', { name: 'Färre hyrläkare i Region Väst' }).waitFor();
    expect(await bo.cell(PREP, POLITICAL).getByRole('article').count()).toBe(0);
  }, 90_000);

  it('moves a card with the keyboard alone, announcing each step in Swedish', async () => {
    const { anna, bo } = await e2e.twoUsersOnABoard('Tangentbord');
    await anna.addCard(PREP, POLITICAL, 'Samordnad bemanning');
    const { page } = anna;
    // Each key waits for the screen reader's announcement of the previous one, as a listener would.
    const announced = (text: string) => page.getByText(text, { exact: true }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Dra kortet Samordnad bemanning' }).focus();
    await page.keyboard.press('Space');
    await announced(`Tog upp Samordnad bemanning. ${PREP}, ${POLITICAL}, position 1 av 1.`);
    await page.keyboard.press('ArrowRight');
    await announced(`Samordnad bemanning är över ${FSG}, ${POLITICAL}, position 1 av 1.`);
    await page.keyboard.press('Space');
    await announced(`Samordnad bemanning släpptes i ${FSG}, ${POLITICAL}, position 1 av 1.`);
    await anna.cell(FSG, POLITICAL).getByRole('article', { name: 'Samordnad bemanning' }).waitFor();
    await bo.cell(FSG, POLITICAL).getByRole('article', { name: 'Samordnad bemanning' }).waitFor();
    expect(await bo.cell(PREP, POLITICAL).getByRole('article').count()).toBe(0);
  }, 90_000);

  it('keeps an edit made offline through a reload and merges it with the other user’s edit on reconnect', async () => {
    const { boardId, annaContext, anna, bo } = await e2e.twoUsersOnABoard('Offline');
    await bo.addCard(PREP, POLITICAL, 'Vårdplatser');
    await anna.card('Vårdplatser').waitFor();

    await editOffline(anna.page, boardId, async () => {
      const annaEditor = await anna.openEditor('Vårdplatser');
      await anna.setField(annaEditor, 'Verksamhet', 'Akutmottagningen');
      await anna.closeEditor(annaEditor);
    });

    const boEditor = await bo.openEditor('Vårdplatser');
    await bo.setField(boEditor, 'Ekonomisk effekt (tkr/år)', '800');
    await bo.closeEditor(boEditor);

    // Anna's tab closes while she is offline: her edit now lives only in this browser's IndexedDB.
    await anna.page.close();
    await annaContext.setOffline(false);
    const annaAgain = boardPage(await openBoard(annaContext, e2e.server.url, boardId));
    await annaAgain.card('Vårdplatser').filter({ hasText: 'Akutmottagningen' }).filter({ hasText: /800\s*tkr/ }).waitFor();
    await bo.card('Vårdplatser').filter({ hasText: 'Akutmottagningen' }).filter({ hasText: /800\s*tkr/ }).waitFor();
  }, 90_000);

  it("undoes only the user's own change", async () => {
    const { anna, bo } = await e2e.twoUsersOnABoard('Ångra');
    await bo.addCard(PREP, POLITICAL, 'Lokalöversyn');
    await anna.card('Lokalöversyn').waitFor();
    const annaEditor = await anna.openEditor('Lokalöversyn');
    await anna.setField(annaEditor, 'Ekonomisk effekt (tkr/år)', '400');
    await anna.closeEditor(annaEditor);
    const boEditor = await bo.openEditor('Lokalöversyn');
    await boEditor.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Röd' });
    await bo.closeEditor(boEditor);
    await anna.card('Lokalöversyn').filter({ hasText: 'Röd' }).waitFor();

    await anna.page.getByRole('button', { name: 'Ångra' }).click();
    for (const view of [anna, bo]) {
      const card = view.card('Lokalöversyn');
      await card.filter({ hasNotText: /400\s*tkr/ }).waitFor();
      expect(await card.textContent()).toContain('Röd');
    }
  }, 90_000);

  it('totals follow an edit of effect and a filter, and say when they are filtered', async () => {
    const { anna } = await e2e.twoUsersOnABoard('Summor');
    await anna.addCard(PREP, POLITICAL, 'Hyrpersonal');
    await anna.addCard(FSG, POLITICAL, 'Läkemedel');
    for (const [title, effect] of [['Hyrpersonal', '250'], ['Läkemedel', '100']] as const) {
      const editor = await anna.openEditor(title);
      await anna.setField(editor, 'Ekonomisk effekt (tkr/år)', effect);
      await anna.closeEditor(editor);
    }
    await anna.totals.filter({ hasText: /2 kort · 350\s*tkr/ }).waitFor();

    await anna.page.getByRole('searchbox', { name: 'Sök' }).fill('Läkemedel');
    // A11Y20: the filtered line says what it sums.
    await anna.totals.filter({ hasText: /Filtrerat: 1 av 2 kort · 100\s*tkr/ }).waitFor();
    expect(await anna.totals.getByRole('status').textContent()).toContain('Filtrerat: summorna gäller 1 av 2 kort');

    await anna.page.getByRole('searchbox', { name: 'Sök' }).fill('');
    await anna.totals.filter({ hasText: /2 kort · 350\s*tkr/ }).waitFor();
  }, 90_000);

  it('has no serious or critical axe violations on the board and in the card editor', async () => {
    const { anna } = await e2e.twoUsersOnABoard('Tillgänglighet');
    await anna.addCard(PREP, POLITICAL, 'Kontrast');
    expect(await seriousViolations(anna.page)).toEqual([]);
    await anna.openEditor('Kontrast');
    expect(await seriousViolations(anna.page)).toEqual([]);
  }, 90_000);
});
