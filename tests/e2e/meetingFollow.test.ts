import { describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { addUserAndLogin, setMember } from '../helpers/serverAuth.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { currentTimer, timerSeconds } from './helpers/meetingPage.ts';
import { waitForStatus } from './helpers/openBoard.ts';
import { adminHeaders, sessionCookie } from './helpers/startTestServer.ts';

const MEETING = 'hsf-lg-2025-04';
const MEASURES = 'hsf-atgarder';
const MEASURES_TITLE = 'Åtgärder för minskade personalkostnader (HSF)';
const APRIL_ITEMS = ['COSMIC', 'Arbetet med åtgärder', 'Civil beredskap och säkerhet', 'Sommarplanering, status', 'Medialt', 'Dialogmöte i maj med SoS gällande statsbidraget ”Tillgänglighet”'];

const e2e = e2eFixture({ seed: true });

/** A browser of its own for a new account, an editor of the meeting and of the measures board. */
async function participantContext(): Promise<BrowserContext> {
  const token = await addUserAndLogin(e2e.server.url, e2e.server.token, { username: 'bodil', displayName: 'Bodil Deltagare' });
  await setMember(e2e.server.url, e2e.server.token, MEETING, 'bodil', 'editor');
  await setMember(e2e.server.url, e2e.server.token, MEASURES, 'bodil', 'editor');
  const context = await e2e.loggedOutContext();
  await context.addCookies([sessionCookie(token)]);
  return context;
}

async function openMeeting(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(`${e2e.server.url}/m/${MEETING}`);
  await waitForStatus(page, 'Synkad');
  return page;
}

/** The projector: the meeting's "Visa på projektor" link, opened in a fresh context that has never logged in. */
async function openProjector(): Promise<Page> {
  const response = await fetch(`${e2e.server.url}/api/boards/${MEETING}/share`, { method: 'POST', headers: adminHeaders() });
  const { url } = (await response.json()) as { url: string };
  const page = await (await e2e.loggedOutContext()).newPage();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(url);
  await waitForStatus(page, 'Synkad');
  return page;
}

/** Whether the element's box is inside the viewport (what "brought into view" means). */
const inView = (locator: Locator): Promise<boolean> =>
  locator.evaluate((element) => {
    const r = element.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });

/** The projector's bar: the current item (CurrentItem, as on the meeting page) and its countdown. */
const projectorBar = (projector: Page): Locator => projector.locator('.projector-bar');

/** The projector shows item `index` (0-based) as current, and its countdown reads the facilitator's within a second. */
async function projectorFollowsItem(facilitator: Page, projector: Page, index: number): Promise<void> {
  const title = `${index + 1}. ${APRIL_ITEMS[index]}`;
  await facilitator.locator('.meeting-now-title').filter({ hasText: title }).waitFor();
  await projectorBar(projector).locator('.meeting-now-title').filter({ hasText: title }).waitFor();
  const [theirs, mine] = await Promise.all([projectorBar(projector).getByRole('timer').innerText(), currentTimer(facilitator).innerText()]);
  expect(Math.abs(timerSeconds(theirs) - timerSeconds(mine))).toBeLessThanOrEqual(1);
}

/** A card of the stage's board, by its title (CardItem names its article so). */
const card = (page: Page, title: string): Locator => page.locator(`.meeting-stage article[data-card-id][aria-label="${title}"]`);

describe('the projector and a participant follow the facilitator, three browsers against the real server', () => {
  it('[FOL4] [FOL5] the facilitator moves to item 2 and opens a card: the projector shows it large; the participant follows, breaks out, follows again; the projector never leaves, and follows the meeting to its end', async () => {
    const facilitator = await openMeeting(await e2e.userContext('Fia Ledare'));
    const participant = await openMeeting(await participantContext());
    const projector = await openProjector();

    // Before anything is shown, the projector shows the agenda.
    await projector.getByRole('heading', { name: 'Dagordning' }).waitFor();

    // The facilitator starts the meeting, goes to item 2 and shows its measures board on the stage.
    await facilitator.getByRole('button', { name: 'Starta mötet' }).click();
    await projectorFollowsItem(facilitator, projector, 0);
    await facilitator.getByRole('button', { name: 'Gå till punkt 2: Arbetet med åtgärder' }).click();
    await projectorFollowsItem(facilitator, projector, 1);
    await facilitator.getByRole('button', { name: `Visa tavlan ${MEASURES_TITLE}` }).click();
    await projector.locator('.presentation-board').getByRole('heading', { name: MEASURES_TITLE }).waitFor();

    // The participant follows: the stage shows the facilitator's board.
    await participant.getByRole('button', { name: 'Följ mötesledaren' }).click();
    await participant.getByText('Du följer mötesledaren', { exact: true }).waitFor();
    await card(participant, 'Primärvårdsjour').waitFor();

    // The facilitator opens a card: the projector shows it large, the participant's stage brings it into view, outlined.
    await facilitator.getByRole('button', { name: 'Öppna Minskat beroende av hyrpersonal' }).click();
    const presented = projector.getByTestId('presented-card');
    await presented.getByRole('heading', { name: 'Minskat beroende av hyrpersonal' }).waitFor();
    expect(await presented.textContent()).toContain('21 000 tkr'.replace(/ /g, '\u00a0'));
    const followed = card(participant, 'Minskat beroende av hyrpersonal');
    await expect.poll(() => followed.getAttribute('data-followed')).toBe('');
    await expect.poll(() => inView(followed)).toBe(true);

    // The participant scrolls the stage: out of follow mode, with "Följ igen" visible.
    await participant.locator('.meeting-stage').hover();
    await participant.mouse.wheel(0, 400);
    const again = participant.getByRole('button', { name: 'Följ igen' });
    await again.waitFor();
    expect(await again.isVisible()).toBe(true);
    await participant.getByText('Du följer inte mötesledaren', { exact: true }).waitFor();
    expect(await participant.getByTestId('live-polite').textContent()).toContain('Du följer inte längre mötesledaren.');

    // While out, the facilitator's next card is not brought to them: nothing on their stage is outlined as the facilitator's.
    await facilitator.keyboard.press('Escape');
    await facilitator.getByRole('button', { name: 'Öppna Primärvårdsjour' }).click();
    await presented.getByRole('heading', { name: 'Primärvårdsjour' }).waitFor();
    expect(await participant.locator('.meeting-stage [data-followed]').count()).toBe(0);
    // Out of follow mode, the participant keeps the board they followed on their stage.
    expect(await card(participant, 'Primärvårdsjour').isVisible()).toBe(true);

    // "Följ igen" follows again, and the facilitator's card is outlined at once.
    await again.click();
    await participant.getByText('Du följer mötesledaren', { exact: true }).waitFor();
    await expect.poll(() => card(participant, 'Primärvårdsjour').getAttribute('data-followed')).toBe('');

    // A click in the stage leaves too; "Följ igen" follows once more.
    await card(participant, 'Friskvårdstimme').click({ position: { x: 8, y: 8 } });
    await participant.getByRole('button', { name: 'Följ igen' }).click();
    await participant.getByText('Du följer mötesledaren', { exact: true }).waitFor();

    // The projector never leaves: its own wheel, clicks and keys change nothing, and it follows the next card.
    await projector.mouse.wheel(0, 600);
    await projector.mouse.click(400, 500);
    await projector.keyboard.press('PageDown');
    await facilitator.keyboard.press('Escape');
    await facilitator.getByRole('button', { name: 'Öppna Friskvårdstimme' }).click();
    await presented.getByRole('heading', { name: 'Friskvårdstimme' }).waitFor();
    await expect.poll(() => card(participant, 'Friskvårdstimme').getAttribute('data-followed')).toBe('');
    expect(await projector.getByRole('button').count()).toBe(0);

    // The facilitator runs the rest of the meeting: at every item the projector shows the same one, its countdown within a second.
    await facilitator.keyboard.press('Escape');
    for (let index = 2; index < APRIL_ITEMS.length; index++) {
      await facilitator.getByRole('button', { name: 'Nästa punkt' }).click();
      await projectorFollowsItem(facilitator, projector, index);
    }
    await facilitator.getByRole('button', { name: 'Avsluta mötet' }).click();
    await facilitator.getByRole('dialog', { name: 'Avsluta mötet?' }).getByRole('button', { name: 'Avsluta mötet' }).click();
    // After the end the projector says so, with no item and no countdown.
    await projectorBar(projector).getByText('Mötet är avslutat', { exact: true }).waitFor();
    expect(await projectorBar(projector).getByRole('timer').count()).toBe(0);
    expect(await projectorBar(projector).locator('.meeting-now-title').count()).toBe(0);
  }, 90_000);
});
