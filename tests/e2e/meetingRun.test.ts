import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { accountOnMeeting, currentTimer, openMeeting, shiftClock, timerSeconds } from './helpers/meetingPage.ts';
import { waitForStatus } from './helpers/openBoard.ts';
import { setMember } from '../helpers/serverAuth.ts';
import { sessionCookie } from './helpers/startTestServer.ts';

const APRIL = 'hsf-lg-2025-04';
const APRIL_ITEMS = ['COSMIC', 'Arbetet med åtgärder', 'Civil beredskap och säkerhet', 'Sommarplanering, status', 'Medialt', 'Dialogmöte i maj med SoS gällande statsbidraget ”Tillgänglighet”'];
const APRIL_MINUTES = [15, 30, 15, 10, 10, 5];
const MEASURES_TITLE = 'Åtgärder för minskade personalkostnader (HSF)';

const e2e = e2eFixture({ seed: true });
/** The meeting the first test makes from the April one: its items link the measures board. */
let carried = '';

/** The agenda's rows, in order. */
const agendaRows = (page: Page) => page.getByRole('region', { name: 'Dagordning' }).getByRole('listitem');
/** The current item's line ("2. Arbetet med åtgärder"). */
const currentTitle = (page: Page) => page.locator('.meeting-now-title');
const runControls = (page: Page) => page.getByRole('group', { name: 'Styr mötet' });

describe('a meeting in Chromium against the real server, with the seeds', () => {
  it('[MTP11] [MTG20] the start page lists the seeded meetings as past; a new one from the previous carries the unfinished items, marked "Från mötet …"', async () => {
    const page = await (await e2e.userContext('Fia Ledare')).newPage();
    await page.goto(e2e.server.url);
    const past = page.getByRole('table', { name: 'Tidigare möten' });
    await past.waitFor();
    const rows = past.getByRole('row');
    expect(await rows.allTextContents()).toEqual(['MöteDatumStatus', 'HSF ledningsgrupp, april 20252025-04-29Planerat', 'HSF ledningsgrupp, november 20242024-11-29Planerat']);

    const form = page.getByRole('form', { name: 'Nytt möte' });
    await form.getByRole('textbox', { name: 'Mötets titel' }).fill('HSF ledningsgrupp, maj 2025');
    await form.getByLabel('Datum').fill('2099-05-27');
    await form.getByRole('combobox', { name: 'Från föregående möte' }).selectOption({ label: 'HSF ledningsgrupp, april 2025 (2025-04-29)' });
    await form.getByRole('button', { name: 'Skapa möte' }).click();
    await page.waitForURL(/\/m\/[^/]+$/);
    carried = new URL(page.url()).pathname.split('/')[2]!;
    await waitForStatus(page, 'Synkad');
    await page.getByRole('heading', { level: 1, name: 'HSF ledningsgrupp, maj 2025' }).waitFor();
    await expect.poll(() => agendaRows(page).count()).toBe(6);
    for (const [index, title] of APRIL_ITEMS.entries()) {
      const row = agendaRows(page).nth(index);
      expect(await row.getByRole('button', { name: `${index + 1}. ${title}` }).count()).toBe(1);
      expect(await row.textContent()).toContain('Från mötet 2025-04-29');
    }

    // The new meeting is upcoming on the start page; a meeting that is not there says so.
    await page.goto(e2e.server.url);
    await page.getByRole('table', { name: 'Kommande möten' }).getByRole('link', { name: 'HSF ledningsgrupp, maj 2025' }).waitFor();
    await page.goto(`${e2e.server.url}/m/no-such-meeting`);
    await page.getByRole('heading', { level: 1, name: 'Mötet finns inte.' }).waitFor();
  }, 60_000);

  it('[MTG15] [MTP2] [MTP4] [MTP7] a facilitator runs the April meeting end to end while an editor takes notes: one timer for every clock, no controls for the editor, planned against actual after', async () => {
    const facilitator = await openMeeting(await e2e.userContext('Fia Ledare'), e2e.server.url, APRIL);
    const editorContext = await accountOnMeeting(e2e.loggedOutContext, e2e.server, { username: 'eva', displayName: 'Eva Sekreterare', role: 'editor' }, APRIL);
    const editor = await openMeeting(editorContext, e2e.server.url, APRIL);
    // A participant whose laptop clock is five minutes fast.
    const aheadContext = await accountOnMeeting(e2e.loggedOutContext, e2e.server, { username: 'olle', displayName: 'Olle Framåt', role: 'viewer' }, APRIL);
    await shiftClock(aheadContext, 5 * 60_000);
    const ahead = await openMeeting(aheadContext, e2e.server.url, APRIL);
    expect(await ahead.evaluate(() => Date.now() - performance.timeOrigin - performance.now())).toBeGreaterThan(4 * 60_000);

    // Only the facilitator is offered the running controls.
    await runControls(facilitator).waitFor();
    for (const page of [editor, ahead]) {
      expect(await runControls(page).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Gå till punkt/ }).count()).toBe(0);
    }

    await runControls(facilitator).getByRole('button', { name: 'Starta mötet' }).click();
    for (const page of [facilitator, editor, ahead]) await currentTitle(page).filter({ hasText: '1. COSMIC' }).waitFor();
    expect(await facilitator.getByText('Aktuell punkt: 1. COSMIC', { exact: false }).count()).toBeGreaterThan(0);

    // The same remaining time in every browser, the one five minutes fast included (±1 s).
    const readings = async (): Promise<number[]> => Promise.all([facilitator, editor, ahead].map(async (page) => timerSeconds(await currentTimer(page).innerText())));
    await expect.poll(async () => (await readings())[0]).toBeLessThan(15 * 60);
    const [mine, theirs, fast] = await readings();
    expect(Math.abs(mine! - fast!)).toBeLessThanOrEqual(1);
    expect(Math.abs(mine! - theirs!)).toBeLessThanOrEqual(1);
    expect(mine).toBeGreaterThan(15 * 60 - 30);

    // Both type in the first item's notes at once, and both keep their words.
    const notes = (page: Page) => page.getByRole('textbox', { name: 'Anteckningar' });
    await notes(facilitator).click();
    await notes(facilitator).press('Control+End');
    await notes(editor).click();
    await notes(editor).press('Control+Home');
    await Promise.all([notes(facilitator).pressSequentially(' Beslut: stödet fortsätter.', { delay: 15 }), notes(editor).pressSequentially('Eva antecknar. ', { delay: 15 })]);
    for (const page of [facilitator, editor]) {
      await expect.poll(() => notes(page).inputValue()).toMatch(/^Eva antecknar\. • Go Live[\s\S]*Beslut: stödet fortsätter\.$/);
    }
    await expect.poll(() => ahead.locator('.item-notes-read').textContent()).toContain('Beslut: stödet fortsätter.');

    // Extend by five and one minutes: every browser counts them.
    const before = timerSeconds(await currentTimer(facilitator).innerText());
    await runControls(facilitator).getByRole('button', { name: '+5 min: förläng punkten' }).click();
    await runControls(facilitator).getByRole('button', { name: '+1 min: förläng punkten' }).click();
    await expect.poll(async () => timerSeconds(await currentTimer(ahead).innerText()) - before).toBeGreaterThanOrEqual(6 * 60 - 3);

    // Pause: the timer stands, in words, everywhere.
    await runControls(facilitator).getByRole('button', { name: 'Pausa timern' }).click();
    for (const page of [facilitator, editor, ahead]) await currentTimer(page).filter({ hasText: 'Pausad' }).waitFor();
    const paused = await readings();
    await facilitator.waitForTimeout(1_200);
    expect(await readings()).toEqual(paused);
    await runControls(facilitator).getByRole('button', { name: 'Starta timern' }).click();
    await expect.poll(() => currentTimer(editor).textContent()).not.toContain('Pausad');

    // Next through all six items; each becomes current in every browser.
    for (let index = 1; index < APRIL_ITEMS.length; index++) {
      await runControls(facilitator).getByRole('button', { name: 'Nästa punkt' }).click();
      for (const page of [facilitator, editor, ahead]) await currentTitle(page).filter({ hasText: `${index + 1}. ${APRIL_ITEMS[index]}` }).waitFor();
      expect(await agendaRows(editor).nth(index).getAttribute('aria-current')).toBe('step');
      expect(await agendaRows(editor).nth(index - 1).textContent()).toContain('Klar');
    }
    expect(await runControls(facilitator).getByRole('button', { name: 'Nästa punkt' }).isDisabled()).toBe(true);

    await runControls(facilitator).getByRole('button', { name: 'Avsluta mötet' }).click();
    await facilitator.getByRole('dialog', { name: 'Avsluta mötet?' }).getByRole('button', { name: 'Avsluta mötet' }).click();
    for (const page of [facilitator, editor, ahead]) await page.getByText(/^Mötet avslutades \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/).waitFor();
    expect(await runControls(facilitator).count()).toBe(0);

    // Planned against actual, per item, for everyone: each ran for seconds, so 0 minutes; none is left without a reading.
    for (const page of [facilitator, editor]) {
      for (const [index, minutes] of APRIL_MINUTES.entries()) {
        expect(await agendaRows(page).nth(index).textContent()).toContain(`Planerat ${minutes} min · faktiskt 0 min`);
      }
    }
    expect(await agendaRows(facilitator).filter({ hasText: 'Klar' }).count()).toBe(6);
    await facilitator.getByRole('region', { name: 'Dagordning' }).getByText('Totalt 85 min').waitFor();
  }, 90_000);

  it('[MTP9] [FOL2] has no serious or critical axe findings for the facilitator and an editor, a board on the stage included; an admin who opens the page leaves the projector on the facilitator’s board; it reflows to 320 px without sideways scrolling', async () => {
    expect(carried).not.toBe('');
    const facilitator = await openMeeting(await e2e.userContext('Fia Ledare'), e2e.server.url, carried);
    const editorContext = await accountOnMeeting(e2e.loggedOutContext, e2e.server, { username: 'edvin', displayName: 'Edvin Redaktör', role: 'editor' }, carried);
    await setMember(e2e.server.url, e2e.server.token, 'hsf-atgarder', 'edvin', 'viewer');
    const editor = await openMeeting(editorContext, e2e.server.url, carried);
    await runControls(facilitator).getByRole('button', { name: 'Starta mötet' }).click();
    await currentTitle(editor).filter({ hasText: '1. COSMIC' }).waitFor();
    await facilitator.getByRole('button', { name: 'Ändra uppgifter' }).click();
    expect(await seriousViolations(facilitator)).toEqual([]);
    expect(await seriousViolations(editor)).toEqual([]);

    // An item that links a board: "Visa tavlan" puts it on the stage, and the focus goes there.
    await agendaRows(editor).getByRole('button', { name: '2. Arbetet med åtgärder' }).click();
    await editor.getByRole('button', { name: `Visa tavlan ${MEASURES_TITLE}` }).click();
    await expect.poll(() => editor.evaluate(() => document.activeElement?.id)).toBe('meeting-stage-heading');
    await editor.locator('.meeting-stage article[data-card-id]').first().waitFor();
    expect(await seriousViolations(editor)).toEqual([]);

    // "Visa på projektor" makes the meeting's read-only link to the projector's page.
    await facilitator.getByRole('button', { name: 'Visa på projektor' }).click();
    expect(await facilitator.getByRole('textbox', { name: 'Projektorlänk' }).inputValue()).toMatch(new RegExp(`^${e2e.server.url}/m/${carried}/present\\?share=.+`));

    // The facilitator shows the measures board; the projector follows. An admin (facilitator of every
    // meeting) who then opens the page to read takes nothing over: the projector keeps the board.
    await facilitator.getByRole('button', { name: 'Gå till punkt 2: Arbetet med åtgärder' }).click();
    await facilitator.getByRole('button', { name: `Visa tavlan ${MEASURES_TITLE}` }).click();
    const projector = await (await e2e.loggedOutContext()).newPage();
    await projector.goto(await facilitator.getByRole('textbox', { name: 'Projektorlänk' }).inputValue());
    const shownBoard = projector.locator('.presentation-board').getByRole('heading', { name: MEASURES_TITLE });
    await shownBoard.waitFor();
    const adminContext = await e2e.loggedOutContext();
    await adminContext.addCookies([sessionCookie()]);
    const admin = await openMeeting(adminContext, e2e.server.url, carried);
    await runControls(admin).waitFor();
    await projector.waitForTimeout(1_500);
    expect(await shownBoard.count()).toBe(1);
    await admin.close();

    for (const page of [facilitator, editor]) {
      await page.setViewportSize({ width: 320, height: 800 });
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }

    // The facilitator's members page is the meeting's, and leads back to it.
    await facilitator.getByRole('link', { name: 'Medlemmar' }).click();
    await facilitator.getByRole('table').getByRole('cell', { name: 'Edvin Redaktör', exact: true }).first().waitFor();
    await facilitator.getByRole('link', { name: '← Tillbaka till mötet' }).click();
    await facilitator.waitForURL(`${e2e.server.url}/m/${carried}`);
  }, 60_000);
});
