import type { Locator, Page } from 'playwright-core';

/**
 * Drags `source` with the mouse from near its top (where a card's or column's grip is) to a
 * point `at` of `target` (fractions of its box), in small moves as a hand would: the pointer
 * sensor activates only after it has moved a few pixels.
 */
export async function dragTo(page: Page, source: Locator, target: Locator, at: { x: number; y: number }): Promise<void> {
  // A hand drags what it sees: both ends on screen (the board's tools above the cards may push them below the fold).
  await target.scrollIntoViewIfNeeded();
  await source.scrollIntoViewIfNeeded();
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  const start = { x: from.x + from.width / 2, y: from.y + 10 };
  const end = { x: to.x + to.width * at.x, y: to.y + to.height * at.y };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(start.x + ((end.x - start.x) * i) / 12, start.y + ((end.y - start.y) * i) / 12);
  await page.mouse.up();
}
