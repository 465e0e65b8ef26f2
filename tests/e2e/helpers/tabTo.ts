import type { Page } from 'playwright-core';

/** Presses Tab until the focused element's text is `name`, as a keyboard user gets there; throws after `most` presses. */
export async function tabTo(page: Page, name: string, most = 40): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
  }
  throw new Error(`no focusable "${name}" within ${most} tabs`);
}
