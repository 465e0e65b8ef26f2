import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { dragTo } from './helpers/pointerDrag.ts';

// Default columns and lanes of a measures board (shared/schema/board.ts, the catalogue's decision levels).
const PREP = 'Beredning och riskbedömning';
const FSG = 'Samverkan i FSG';
const POLITICAL = 'Kräver politiskt beslut';
const OFFICIAL = 'Beslutas på tjänstemannanivå';

const e2e = e2eFixture();

/** The titles of the cards a cell shows, top to bottom. */
const titlesIn = (cell: Locator): Promise<string[]> => cell.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label') ?? ''));
/** The column titles of a board page, left to right. */
const columnTitles = (page: Page): Promise<string[]> => page.locator('.board-grid > .column-header h2').allTextContents();

describe('moving by pointer across lanes and columns, against the real server', () => {
  it('[SUM4] a card dragged into the other lane changes its decision level, for the other user too', async () => {
    const { anna, bo } = await e2e.twoUsersOnABoard('Byt spår med musen');
    await anna.addCard(PREP, POLITICAL, 'Kort A');
    await anna.addCard(FSG, OFFICIAL, 'Kort B');

    // Over the lower half of B, in the other lane and the next column: A goes after it.
    await dragTo(anna.page, anna.card('Kort A'), anna.card('Kort B'), { x: 0.5, y: 0.8 });
    for (const user of [anna, bo]) {
      await expect.poll(() => titlesIn(user.cell(FSG, OFFICIAL))).toEqual(['Kort B', 'Kort A']);
      expect(await titlesIn(user.cell(PREP, POLITICAL))).toEqual([]);
    }
    const editor = await bo.openEditor('Kort A');
    expect(await editor.getByRole('combobox', { name: 'Beslutsnivå' }).inputValue()).toBe('official');
    await bo.closeEditor(editor);
  }, 90_000);

  it('[COL3] a column dragged by its header past two others lands there, for the other user too', async () => {
    const { anna, bo } = await e2e.twoUsersOnABoard('Flytta kolumn med musen');
    const before = await columnTitles(anna.page);
    expect(before.slice(0, 2)).toEqual([PREP, FSG]);
    const header = (title: string) => anna.page.locator('.board-grid > .column-header').filter({ has: anna.page.getByRole('heading', { name: title, exact: true }) });

    await dragTo(anna.page, header(PREP), header(before[2]!), { x: 0.6, y: 0.5 });
    const after = [before[1], before[2], PREP, ...before.slice(3)];
    await expect.poll(() => columnTitles(anna.page)).toEqual(after);
    await expect.poll(() => columnTitles(bo.page)).toEqual(after);
  }, 90_000);
});
