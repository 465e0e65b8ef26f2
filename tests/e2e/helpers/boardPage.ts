import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { waitForStatus } from './openBoard.ts';

/** Locators and actions on a board page, by the roles and Swedish names a screen reader user meets. */
export function boardPage(page: Page) {
  const cell = (column: string, lane: string): Locator => page.getByRole('region', { name: `${column}, ${lane}`, exact: true });
  const card = (title: string): Locator => page.getByRole('article', { name: title, exact: true });
  return {
    page,
    cell,
    card,
    totals: page.getByRole('region', { name: 'Summor' }),
    /** Adds a card with "Lägg till kort" in a cell and waits for it to show. */
    async addCard(column: string, lane: string, title: string): Promise<void> {
      await page.getByRole('button', { name: `Lägg till kort i ${column}, ${lane}`, exact: true }).click();
      const input = page.getByRole('textbox', { name: 'Kortets titel' });
      await input.fill(title);
      await input.press('Enter');
      await input.press('Escape');
      await card(title).waitFor();
    },
    /** Opens a card's editor dialog. */
    async openEditor(title: string): Promise<Locator> {
      await page.getByRole('button', { name: `Öppna ${title}`, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await dialog.waitFor();
      return dialog;
    },
    /** Sets a text-like field in the open editor and leaves it, which commits it. */
    async setField(dialog: Locator, label: string, value: string): Promise<void> {
      const field = dialog.getByRole('textbox', { name: label, exact: true });
      await field.fill(value);
      await field.press('Tab');
    },
    async closeEditor(dialog: Locator): Promise<void> {
      await dialog.getByRole('button', { name: 'Stäng' }).first().click();
      await dialog.waitFor({ state: 'hidden' });
    },
  };
}

/** How many updates y-indexeddb holds for a board in this page's origin: grows when an edit is stored locally. */
export function storedUpdateCount(page: Page, boardId: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('updates', 'readonly').objectStore('updates').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
    `tavla-board-${boardId}`,
  );
}

/**
 * Takes the page's browser context offline, makes `edit` there and waits until y-indexeddb has
 * stored it: from then on the edit lives only in this browser until it reconnects.
 */
export async function editOffline(page: Page, boardId: string, edit: () => Promise<void>): Promise<void> {
  await page.context().setOffline(true);
  await waitForStatus(page, 'Offline');
  const storedBefore = await storedUpdateCount(page, boardId);
  await edit();
  await expect.poll(() => storedUpdateCount(page, boardId)).toBeGreaterThan(storedBefore);
}
