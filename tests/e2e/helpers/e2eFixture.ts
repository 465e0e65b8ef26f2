import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { boardPage } from './boardPage.ts';
import { launchChromium } from './launchChromium.ts';
import { createBoardViaApi, newUserContext, openBoard } from './openBoard.ts';
import { startTestServer, type TestServer, type TestServerOptions } from './startTestServer.ts';

/**
 * What every browser test file starts from: the real server and headless Chromium, started
 * before the file's tests and closed after them with every context made here. Call it at the
 * top level of the test file; `server` and `browser` are there once its tests run. `options.seed`
 * starts the server with the seed boards and meetings.
 */
export function e2eFixture(options: TestServerOptions = {}) {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer(options);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('e2eFixture: the server and browser start in beforeAll, before the tests');
    return value;
  };
  const kept = (context: BrowserContext): BrowserContext => (contexts.push(context), context);

  const fixture = {
    get server(): TestServer {
      return started(server);
    },
    get browser(): Browser {
      return started(browser);
    },
    /** A context logged in as the admin, its presence named `name` (newUserContext). */
    userContext: async (name: string): Promise<BrowserContext> => kept(await newUserContext(fixture.browser, name)),
    /** A context with no session, as a visitor's browser. */
    loggedOutContext: async (): Promise<BrowserContext> => kept(await fixture.browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' })),
    /** `name`'s own context on a board, once the page is synced. */
    openAs: async (name: string, boardId: string): Promise<Page> => openBoard(await fixture.userContext(name), fixture.server.url, boardId),
    /** Two people, Anna and Bo, each in a context of their own, on a fresh board titled `title`. */
    async twoUsersOnABoard(title: string) {
      const boardId = await createBoardViaApi(fixture.server.url, title);
      const annaContext = await fixture.userContext('Anna Berg');
      const anna = boardPage(await openBoard(annaContext, fixture.server.url, boardId));
      const bo = boardPage(await fixture.openAs('Bo Ek', boardId));
      return { boardId, annaContext, anna, bo };
    },
  };
  return fixture;
}
