import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hsfFmUppdrag2025 } from '../../seeds/data/hsfFmUppdrag2025.ts';
import { hsfLg202504 } from '../../seeds/data/hsfMeetings.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';

const e2e = e2eFixture({ seed: true });

/** The tab's title once the page's h1 reads `heading` (the page has rendered, not only loaded). */
async function titleOf(page: Page, path: string, heading: string): Promise<string> {
  await page.goto(`${e2e.server.url}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForFunction((text) => document.title.startsWith(text), heading);
  return page.title();
}

describe('every page names itself in the tab, in Chromium against the real server', () => {
  it('[A11Y3] the login, start, users, members, meeting, board and not-found pages are titled "<page> – Tavla"', async () => {
    const visitor = await (await e2e.loggedOutContext()).newPage();
    expect(await titleOf(visitor, '/', 'Logga in')).toBe('Logga in – Tavla');

    const admin = await (await e2e.userContext('Anna Berg')).newPage();
    const board = hsfFmUppdrag2025;
    const meeting = hsfLg202504;
    const pages: [path: string, heading: string][] = [
      ['/', 'Tavlor'],
      ['/users', 'Användare'],
      [`/b/${board.id}/members`, 'Medlemmar och delning'],
      [`/m/${meeting.id}/members`, 'Medlemmar och delning'],
      [`/m/${meeting.id}`, meeting.title],
      [`/b/${board.id}`, board.title],
      ['/no/such/page', 'Sidan finns inte.'],
    ];
    for (const [path, heading] of pages) expect(await titleOf(admin, path, heading)).toBe(`${heading} – Tavla`);
  }, 120_000);
});
