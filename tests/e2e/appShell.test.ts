import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seriousViolations } from './helpers/axe.ts';
import { launchChromium } from './helpers/launchChromium.ts';
import { createBoardViaApi, newUserContext, openBoard, waitForStatus } from './helpers/openBoard.ts';
import { sessionCookie, startTestServer, type TestServer } from './helpers/startTestServer.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the app shell in Chromium against the real server', () => {
  it('creates a board from the start page, opens it, and lists it afterwards', async () => {
    const context = await newUserContext(browser, 'Anna Berg');
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Tavlor' }).waitFor();
    await page.getByText('Det finns inga tavlor ännu.').or(page.getByRole('table')).waitFor();

    await page.getByRole('textbox', { name: 'Titel' }).fill('Åtgärder hösten');
    await page.getByRole('combobox', { name: 'Typ' }).selectOption('measures');
    await page.getByRole('button', { name: 'Skapa' }).click();
    await page.waitForURL(/\/b\/[A-Za-z0-9_-]+$/);
    await waitForStatus(page, 'Synkad');
    await page.getByRole('heading', { level: 1, name: 'Åtgärder hösten' }).waitFor();

    await page.getByRole('link', { name: 'Tavla' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Åtgärder hösten' }) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Åtgärder\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('asks a newcomer for a name once, and shows everyone on the board to everyone', async () => {
    const boardId = await createBoardViaApi(server.url, 'Närvaro');
    const anna = await newUserContext(browser, 'Anna Berg');
    const annaPage = await openBoard(anna, server.url, boardId);

    const newcomer = await browser.newContext({ locale: 'sv-SE' });
    await newcomer.addCookies([sessionCookie()]);
    const boPage = await newcomer.newPage();
    await boPage.goto(`${server.url}/b/${boardId}`);
    const dialog = boPage.getByRole('dialog', { name: 'Vad heter du?' });
    await boPage.getByRole('textbox', { name: 'Namn' }).fill('Bo Ek');
    await boPage.getByRole('button', { name: 'Fortsätt' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const annaSees = annaPage.getByRole('list', { name: 'På tavlan just nu' });
    await annaSees.getByText('Bo Ek').waitFor({ state: 'attached' });
    expect(await annaSees.textContent()).toContain('Anna Berg (du)');
    await boPage.getByRole('list', { name: 'På tavlan just nu' }).getByText('Anna Berg').waitFor({ state: 'attached' });

    await boPage.reload();
    await waitForStatus(boPage, 'Synkad');
    expect(await boPage.getByRole('dialog').count()).toBe(0);
    await anna.close();
    await newcomer.close();
  });

  it('says offline while the network is gone and synced again after', async () => {
    const boardId = await createBoardViaApi(server.url, 'Nätet');
    const context = await newUserContext(browser, 'Anna Berg');
    const page = await openBoard(context, server.url, boardId);
    await context.setOffline(true);
    await waitForStatus(page, 'Offline');
    await context.setOffline(false);
    await waitForStatus(page, 'Synkad');
    await context.close();
  });

  it('says so when a board does not exist', async () => {
    const context = await newUserContext(browser, 'Anna Berg');
    const page = await context.newPage();
    await page.goto(`${server.url}/b/finns-inte`);
    await page.getByRole('heading', { level: 1, name: 'Tavlan finns inte.' }).waitFor();
    await page.getByRole('link', { name: 'Alla tavlor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tavlor' }).waitFor();
    await context.close();
  });

  it('switches to English, keeps <html lang> in step and remembers the choice', async () => {
    const context = await newUserContext(browser, 'Anna Berg');
    const page = await context.newPage();
    await page.goto(server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Boards' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('button', { name: 'Create' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });
});
