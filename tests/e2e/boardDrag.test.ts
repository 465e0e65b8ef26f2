import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eFixture } from './helpers/e2eFixture.ts';

// Default columns and lanes of a measures board (shared/schema/board.ts, the catalogue's decision levels).
const PREP = 'Beredning och riskbedömning';
const FSG = 'Samverkan i FSG';
const POLITICAL = 'Kräver politiskt beslut';

const e2e = e2eFixture();

/** Drags `card` with the mouse to a point `at` of `target` (fractions of its box), in small moves as a hand would. */
async function dragTo(page: Page, card: Locator, target: Locator, at: { x: number; y: number }): Promise<void> {
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  const start = { x: from.x + from.width / 2, y: from.y + 10 };
  const end = { x: to.x + to.width * at.x, y: to.y + to.height * at.y };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(start.x + ((end.x - start.x) * i) / 12, start.y + ((end.y - start.y) * i) / 12);
  await page.mouse.up();
}

/** The titles of the cards a cell shows, top to bottom. */
const titlesIn = (cell: Locator): Promise<string[]> => cell.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label') ?? ''));

describe('dragging cards with the mouse, against the real server', () => {
  it('drops a card before the card under the pointer, in its own cell and in another, and the other user sees it', async () => {
    const { anna, bo } = await e2e.twoUsersOnABoard('Dra med musen');
    for (const title of ['Kort A', 'Kort B', 'Kort C']) await anna.addCard(PREP, POLITICAL, title);
    await anna.addCard(FSG, POLITICAL, 'Kort D');
    const prep = anna.cell(PREP, POLITICAL);
    const fsg = anna.cell(FSG, POLITICAL);

    // Over the upper half of A: C goes before it.
    await dragTo(anna.page, anna.card('Kort C'), anna.card('Kort A'), { x: 0.5, y: 0.25 });
    await expect.poll(() => titlesIn(prep)).toEqual(['Kort C', 'Kort A', 'Kort B']);

    // Over the lower half of D in the next column: A goes after it, last.
    await dragTo(anna.page, anna.card('Kort A'), anna.card('Kort D'), { x: 0.5, y: 0.8 });
    await expect.poll(() => titlesIn(fsg)).toEqual(['Kort D', 'Kort A']);
    expect(await titlesIn(prep)).toEqual(['Kort C', 'Kort B']);

    await expect.poll(() => titlesIn(bo.cell(FSG, POLITICAL))).toEqual(['Kort D', 'Kort A']);
    await expect.poll(() => titlesIn(bo.cell(PREP, POLITICAL))).toEqual(['Kort C', 'Kort B']);
  }, 90_000);
});
