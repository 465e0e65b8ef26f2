import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { accountOnMeeting, openMeeting } from './helpers/meetingPage.ts';

const APRIL = 'hsf-lg-2025-04';
const MATTER = 'Införande av COSMIC';

const e2e = e2eFixture({ seed: true });

const runControls = (page: Page) => page.getByRole('group', { name: 'Styr mötet' });
const decisionEditor = (page: Page) => page.getByRole('group', { name: `Beslutet ${MATTER}` });
const attSatser = (page: Page) => decisionEditor(page).getByRole('textbox', { name: 'Beslutstext (att-satser)' });
const minutes = (page: Page) => page.getByRole('region', { name: 'Protokoll' });
const paragraphHeading = (page: Page | Locator) => page.getByRole('heading', { name: new RegExp(`^§ \\d+ ${MATTER}$`) });

/** Reflow (WCAG 1.4.10): at 320 px the page scrolls only down. */
async function reflowsAt320(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

describe('decisions and minutes in Chromium against the real server, with the seeds', () => {
  it('[MTG22] [MTG25] [MTS18] [MTG27] [MTG28] [MTP12] [MTP13] [MTP14] [MTP15] a facilitator and an editor record a decision typing its att-satser at once; the meeting ends, the server numbers it and, asked with "Numrera nu", one added after, the minutes read with the names, the justerare approves in her own browser and the page says locked; the print view prints the paragraphs on A4 with "Sida x av y"', async () => {
    const facilitator = await openMeeting(await e2e.userContext('Fia Ledare'), e2e.server.url, APRIL);
    const evaContext = await accountOnMeeting(e2e.loggedOutContext, e2e.server, { username: 'eva', displayName: 'Eva Sekreterare', role: 'editor' }, APRIL);
    const editor = await openMeeting(evaContext, e2e.server.url, APRIL);

    await runControls(facilitator).getByRole('button', { name: 'Starta mötet' }).click();
    const now = facilitator.getByRole('region', { name: 'Just nu' });
    await now.getByRole('textbox', { name: 'Ärende för nytt beslut' }).fill(MATTER);
    await now.getByRole('button', { name: 'Nytt beslut' }).click();
    // The new decision opens in the current item's details, the focus in its ärende.
    await decisionEditor(facilitator).waitFor();
    await expect.poll(() => facilitator.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(MATTER);

    await editor.getByRole('button', { name: `Redigera beslutet ${MATTER}` }).click();
    await attSatser(facilitator).fill('att införa COSMIC');
    await expect.poll(() => attSatser(editor).inputValue()).toBe('att införa COSMIC');
    await attSatser(facilitator).click();
    await attSatser(facilitator).press('Control+End');
    await attSatser(editor).click();
    await attSatser(editor).press('Control+Home');
    await Promise.all([attSatser(facilitator).pressSequentially(' i hela förvaltningen', { delay: 15 }), attSatser(editor).pressSequentially('Ledningsgruppen beslutar ', { delay: 15 })]);
    for (const page of [facilitator, editor]) await expect.poll(() => attSatser(page).inputValue()).toBe('Ledningsgruppen beslutar att införa COSMIC i hela förvaltningen');

    const responsible = decisionEditor(facilitator).getByRole('group', { name: 'Ansvarig' });
    await responsible.getByRole('textbox', { name: 'Nytt namn: Ansvarig' }).fill('Anna Sundén');
    await responsible.getByRole('textbox', { name: 'Nytt namn: Ansvarig' }).press('Enter');
    const sendTo = decisionEditor(facilitator).getByRole('group', { name: 'Expedieras till' });
    await sendTo.getByRole('textbox', { name: 'Nytt namn: Expedieras till' }).fill('Ekonomienheten');
    await sendTo.getByRole('button', { name: 'Lägg till Expedieras till' }).click();
    await editor.getByText('Anna Sundén').first().waitFor();
    expect(await editor.getByText('§ –', { exact: false }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(facilitator)).toEqual([]);
    await reflowsAt320(facilitator);
    await facilitator.setViewportSize({ width: 1600, height: 1000 });

    await runControls(facilitator).getByRole('button', { name: 'Avsluta mötet' }).click();
    await facilitator.getByRole('dialog', { name: 'Avsluta mötet?' }).getByRole('button', { name: 'Avsluta mötet' }).click();
    // The server numbers the paragraphs when the meeting ends (MTG25): both browsers see the number.
    for (const page of [facilitator, editor]) await paragraphHeading(minutes(page)).waitFor();
    const mark = (await paragraphHeading(minutes(facilitator)).textContent())!.split(' ').slice(0, 2).join(' ');
    expect(await minutes(facilitator).getByRole('button', { name: 'Numrera nu' }).count()).toBe(0);

    // A decision added after the end waits for its number until the facilitator asks for it (MTS18).
    const late = editor.getByRole('region', { name: /^1\. COSMIC/ }).getByRole('region', { name: 'Beslut' });
    await late.getByRole('textbox', { name: 'Ärende för nytt beslut' }).fill('Uppföljning i juni');
    await late.getByRole('button', { name: 'Nytt beslut' }).click();
    await minutes(facilitator).getByRole('heading', { name: '§ – Uppföljning i juni' }).waitFor();
    await minutes(facilitator).getByRole('button', { name: 'Numrera nu' }).click();
    const next = `§ ${Number(mark.slice(2)) + 1} Uppföljning i juni`;
    for (const page of [facilitator, editor]) await minutes(page).getByRole('heading', { name: next }).waitFor();
    expect(await minutes(facilitator).getByRole('button', { name: 'Numrera nu' }).count()).toBe(0);
    // The button is gone; the focus did not fall to the page with it (WCAG 2.4.3) but moved to the minutes' heading.
    await expect.poll(() => facilitator.evaluate(() => document.activeElement?.textContent)).toBe('Protokoll');

    const roles = minutes(facilitator).getByRole('region', { name: 'Ordförande, sekreterare och justerare' });
    await roles.getByRole('textbox', { name: 'Ordförande' }).fill('Fia Ledare');
    await roles.getByRole('textbox', { name: 'Ordförande' }).press('Enter');
    await roles.getByRole('textbox', { name: 'Sekreterare' }).fill('Eva Sekreterare');
    await roles.getByRole('textbox', { name: 'Sekreterare' }).press('Enter');
    await roles.getByRole('checkbox', { name: 'Eva Sekreterare' }).check();
    const read = async (page: Page, label: string) => minutes(page).locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd').first().textContent();
    await expect.poll(() => read(editor, 'Ordförande')).toBe('Fia Ledare');
    await expect.poll(() => read(editor, 'Justerare')).toBe('Eva Sekreterare');
    expect(await read(editor, 'Sekreterare')).toBe('Eva Sekreterare');
    expect(await minutes(editor).getByText('Ledningsgruppen beslutar att införa COSMIC i hela förvaltningen').count()).toBe(1);
    expect(await seriousViolations(facilitator)).toEqual([]);

    // Eva approves in her own account; then both pages say the minutes are locked, and the editing is gone.
    await minutes(editor).getByRole('button', { name: 'Justera protokollet' }).click();
    for (const page of [facilitator, editor]) await minutes(page).getByText('Protokollet är justerat och låst. Ändringar görs som rättelser.').waitFor();
    expect(await minutes(editor).getByText('Du har justerat protokollet.').count()).toBe(1);
    expect(await facilitator.getByRole('button', { name: 'Nytt beslut' }).count()).toBe(0);
    expect(await facilitator.getByRole('button', { name: `Redigera beslutet ${MATTER}` }).count()).toBe(0);
    expect(await minutes(facilitator).getByRole('button', { name: `Rättelse till ${mark} ${MATTER}` }).count()).toBe(1);
    expect(await seriousViolations(editor)).toEqual([]);
    await reflowsAt320(editor);

    // The print view: the minutes alone; the bar and the links not printed; A4 pages.
    await facilitator.getByRole('link', { name: 'Utskriftsvy' }).click();
    await facilitator.waitForURL(`${e2e.server.url}/m/${APRIL}/protokoll`);
    await facilitator.getByRole('heading', { level: 1, name: 'Protokoll' }).waitFor();
    await paragraphHeading(facilitator).waitFor();
    expect(await facilitator.getByRole('link', { name: `Protokollsutdrag till Ekonomienheten, ${mark} (Word)` }).getAttribute('href')).toBe(
      `/api/meetings/${APRIL}/minutes/${await facilitator.locator('.minutes-decision').first().getAttribute('data-decision-id')}/extract.docx?to=Ekonomienheten`,
    );
    expect(await seriousViolations(facilitator)).toEqual([]);
    await facilitator.emulateMedia({ media: 'print' });
    expect(await facilitator.locator('.minutes-toolbar').isVisible()).toBe(false);
    expect(await facilitator.locator('.minutes-extracts').first().isVisible()).toBe(false);
    expect(await paragraphHeading(facilitator).isVisible()).toBe(true);
    expect(await facilitator.locator('.minutes-decision').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    const pdf = await facilitator.pdf({ preferCSSPageSize: true });
    expect(pdf.toString('latin1').startsWith('%PDF')).toBe(true);
    // Every page is A4, 210 × 297 mm = 595.3 × 841.9 points.
    const pages = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((box) => [Number(box[1]), Number(box[2])]);
    expect(pages.length).toBeGreaterThan(0);
    for (const [width, height] of pages) {
      expect(Math.abs(width! - 595.3)).toBeLessThan(1.5);
      expect(Math.abs(height! - 841.9)).toBeLessThan(1.5);
    }
    // The printed text, as poppler reads it (scripts/ensure-debian-package.sh, run by npm test): "Sida x av y" at the foot of every page, the paragraphs, no links.
    const pdfFile = join(mkdtempSync(join(tmpdir(), 'minutes-pdf-')), 'minutes.pdf');
    writeFileSync(pdfFile, pdf);
    const printedPages = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
    expect(printedPages.length).toBe(pages.length);
    printedPages.forEach((page, index) => expect(page).toContain(`Sida ${index + 1} av ${pages.length}`));
    const printed = printedPages.join('\n').replace(/\s+/g, ' ');
    for (const text of [`${mark} ${MATTER}`, 'Ledningsgruppen beslutar att införa COSMIC i hela förvaltningen', next, 'Fia Ledare', 'Eva Sekreterare']) expect(printed).toContain(text);
    expect(printed).not.toContain('Protokollsutdrag');
    await facilitator.emulateMedia({ media: 'screen' });
    await reflowsAt320(facilitator);
  }, 120_000);
});
