import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { dragTo } from './helpers/pointerDrag.ts';

// Default columns and lanes of a measures board (shared/schema/board.ts, the catalogue's decision levels).
const PREP = 'Beredning och riskbedömning';
const FSG = 'Samverkan i FSG';
const POLITICAL = 'Kräver politiskt beslut';

const e2e = e2eFixture();

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
