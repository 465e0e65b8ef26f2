import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hsfAtgarder } from '../../seeds/data/hsfAtgarder.ts';
import { hsfFmUppdrag2025 } from '../../seeds/data/hsfFmUppdrag2025.ts';
import { rsDelmal2024 } from '../../seeds/data/rsDelmal2024.ts';
import { openMonth } from '../../shared/ops/reportCycle.ts';
import { setReportReady } from '../../shared/ops/reports.ts';
import { readReports } from '../../shared/read/readReports.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { openBoard, waitForStatus } from './helpers/openBoard.ts';
import { adminHeaders } from './helpers/startTestServer.ts';

const e2e = e2eFixture({ seed: true });

// A4 landscape: 297 × 210 mm = 841.9 × 595.3 points.
const A4_LANDSCAPE = [841.9, 595.3] as const;

/** The print view as Chromium's "Spara som PDF" makes it: its pages' sizes and, per page, the text poppler reads (scripts/ensure-debian-package.sh). */
async function printed(page: Page): Promise<{ sizes: number[][]; pages: string[] }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((box) => [Number(box[1]), Number(box[2])]);
  const file = join(mkdtempSync(join(tmpdir(), 'board-pdf-')), 'board.pdf');
  writeFileSync(file, pdf);
  // -raw keeps the order the page was drawn in, so a cell's wrapped lines stay together.
  const pages = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).split('\f').filter((text) => text.trim() !== '');
  return { sizes, pages: pages.map(spaced) };
}

/** Text with its no-break spaces (157 000 tkr) and line breaks as plain spaces. */
const spaced = (text: string): string => text.replace(/\s+/g, ' ');

function expectA4Landscape(sizes: number[][]): void {
  expect(sizes.length).toBeGreaterThan(0);
  for (const [width, height] of sizes) {
    expect(Math.abs(width! - A4_LANDSCAPE[0])).toBeLessThan(1.5);
    expect(Math.abs(height! - A4_LANDSCAPE[1])).toBeLessThan(1.5);
  }
}

/** Every printed page has the board's title and the day at its head and "Sida x av y" at its foot (PRT3). */
function expectRunningHeads(pages: string[], title: string): void {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  pages.forEach((text, index) => {
    expect(text).toContain(title);
    expect(text).toContain(`Utskriven ${today}`);
    expect(text).toContain(`Sida ${index + 1} av ${pages.length}`);
  });
}

describe('the board print view in Chromium against the real server, with the seeds', () => {
  it('[PRT1] [PRT2] [PRT3] the measures board, reached from the board by keyboard, prints as the deck\'s tables per lane with their sums on A4 landscape, with title, day and "Sida x av y" on every page', async () => {
    const page = await openBoard(await e2e.userContext('Fia Ledare'), e2e.server.url, hsfAtgarder.id);
    const link = page.getByRole('link', { name: 'Skriv ut / Spara som PDF' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${e2e.server.url}/b/${hsfAtgarder.id}/utskrift`);
    await page.getByRole('heading', { level: 1, name: hsfAtgarder.title }).waitFor();
    const political = page.getByRole('region', { name: 'Kräver politiskt beslut' });
    const official = page.getByRole('region', { name: 'Beslutas på tjänstemannanivå' });
    expect(await political.getByRole('columnheader').allInnerTexts()).toEqual(['Verksamhet', 'Personal kat', 'Åtgärd', 'Ekonomisk effekt tkr/år', 'Kommentar', 'Beredningsansvarig']);
    expect(spaced(await political.getByText(/^Summa:/).innerText())).toBe('Summa: 157 000 tkr/år');
    expect(spaced(await official.getByText(/^Summa:/).innerText())).toBe('Summa: 80 000 tkr/år (1 okänd)');
    expect(await official.getByRole('row', { name: /Se över möjlighet till centrumbildningar/ }).getByRole('cell').nth(3).innerText()).toBe('okänd');
    expect(await page.getByRole('button', { name: 'Skriv ut / Spara som PDF' }).isEnabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Utskriftsvy' }).isVisible()).toBe(false);
    expect(await political.getByRole('row').nth(1).evaluate((row) => getComputedStyle(row).breakInside)).toBe('avoid');
    const { sizes, pages } = await printed(page);
    expectA4Landscape(sizes);
    expect(pages.length).toBe(sizes.length);
    expectRunningHeads(pages, hsfAtgarder.title);
    const text = pages.join(' ');
    for (const card of hsfAtgarder.cards) expect(text).toContain(card.title);
    for (const sum of ['Summa: 157 000 tkr/år', 'Summa: 80 000 tkr/år (1 okänd)', 'Summa för tavlan: 237 000 tkr/år (1 okänd)']) expect(text).toContain(sum);
    expect(text).not.toContain('Tillbaka till tavlan');

    await page.getByRole('link', { name: 'Tillbaka till tavlan' }).click();
    await page.waitForURL(`${e2e.server.url}/b/${hsfAtgarder.id}`);
  }, 120_000);

  it('[PRT2] [PRT3] the assignments board prints as the follow-up table and the current month\'s reports in their four boxes', async () => {
    const context = await e2e.userContext('Fia Ledare');
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/b/${hsfFmUppdrag2025.id}/utskrift`);
    await page.getByRole('heading', { level: 1, name: hsfFmUppdrag2025.title }).waitFor();
    expect(await page.getByRole('table').first().getByRole('columnheader').allInnerTexts()).toEqual(['Status', 'Uppdrag', 'Riktas till', 'Analys', 'Periodicitet och slutdatum']);
    const reports = page.getByRole('region', { name: 'Månadsrapporter, maj 2025' });
    await reports.waitFor();
    const inMay = hsfFmUppdrag2025.cards.filter((card) => card.reports?.some((report) => report.month === '2025-05'));
    expect(inMay.length).toBeGreaterThan(0);
    expect(await reports.getByRole('article').count()).toBe(inMay.length);
    const first = reports.getByRole('article', { name: inMay[0]!.title });
    expect(await first.locator('dt').allInnerTexts()).toEqual(['Kommande månad', 'Senaste månaden', 'Kommentarer', 'Uppkomna risker och eventuellt behov av stöd']);
    expect(await seriousViolations(page)).toEqual([]);

    const { sizes, pages } = await printed(page);
    expectA4Landscape(sizes);
    expectRunningHeads(pages, hsfFmUppdrag2025.title);
    const text = pages.join(' ');
    for (const card of hsfFmUppdrag2025.cards) expect(text).toContain(card.title);
    const may = inMay[0]!.reports!.find((report) => report.month === '2025-05')!;
    expect(text).toContain(spaced(may.nextMonth).trim().slice(0, 60));
  }, 120_000);

  it('[PRT4] given a filter\'s query, it prints only what the filter shows, with the filtered sums, and says so, naming the filter', async () => {
    const context = await e2e.userContext('Fia Ledare');
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/b/${hsfAtgarder.id}/utskrift?decisionLevel=official`);
    await page.getByRole('heading', { level: 1, name: hsfAtgarder.title }).waitFor();
    const official = hsfAtgarder.cards.filter((card) => card.decisionLevel === 'official');
    await page.getByText(`Utskrift av det filtrerade: ${official.length} av ${hsfAtgarder.cards.length} kort (Beslutsnivå: Beslutas på tjänstemannanivå).`).waitFor();
    expect(await page.getByRole('region', { name: 'Kräver politiskt beslut' }).count()).toBe(0);

    const { pages } = await printed(page);
    const text = pages.join(' ');
    for (const card of hsfAtgarder.cards) expect(text.includes(card.title)).toBe(card.decisionLevel === 'official');
    expect(text).toContain('Summa: 80 000 tkr/år (1 okänd)');
    expect(text).toContain(`Utskrift av det filtrerade: ${official.length} av ${hsfAtgarder.cards.length} kort (Beslutsnivå: Beslutas på tjänstemannanivå).`);
    expect(text).not.toContain('157 000');
    expect(text).not.toContain('Summa för tavlan');
  }, 120_000);

  it('[PRT1] a share link, with no account, reaches the print view from the board it reads and prints it', async () => {
    const response = await fetch(`${e2e.server.url}/api/boards/${hsfAtgarder.id}/share`, { method: 'POST', headers: adminHeaders() });
    expect(response.status).toBe(201);
    const { url } = (await response.json()) as { url: string };
    const projector = await (await e2e.loggedOutContext()).newPage();
    await projector.goto(url);
    await waitForStatus(projector, 'Synkad');
    await projector.getByRole('link', { name: 'Skriv ut / Spara som PDF' }).click();
    await projector.waitForURL(`${e2e.server.url}/b/${hsfAtgarder.id}/utskrift`);
    await projector.getByRole('heading', { level: 1, name: hsfAtgarder.title }).waitFor();
    const text = (await printed(projector)).pages.join(' ');
    for (const card of hsfAtgarder.cards) expect(text).toContain(card.title);
    expect(text).toContain('Summa för tavlan: 237 000 tkr/år (1 okänd)');
  }, 120_000);

  it('[PRT2] [PRT3] in English the headers, the sums and the page line are English', async () => {
    const context = await e2e.userContext('Fia Ledare');
    await context.addInitScript(() => localStorage.setItem('tavla.language', 'en'));
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/b/${hsfAtgarder.id}/utskrift`);
    await page.getByRole('heading', { level: 1, name: hsfAtgarder.title }).waitFor();
    const political = page.getByRole('region', { name: 'Needs a political decision' });
    expect(await political.getByRole('columnheader').allInnerTexts()).toEqual(['Unit', 'Staff category', 'Measure', 'Financial effect kSEK/yr', 'Comment', 'Responsible for preparation']);
    expect(await seriousViolations(page)).toEqual([]);
    const { pages } = await printed(page);
    pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pages.length}`));
    const text = pages.join(' ');
    for (const sum of ['Total: 157,000 kSEK/yr', 'Total: 80,000 kSEK/yr (1 unknown)', 'Total for the board: 237,000 kSEK/yr (1 unknown)']) expect(text).toContain(sum);
  }, 120_000);

  it('[PRT2] a general board prints a table of its cards per lane, in the columns its cards fill, every card on paper', async () => {
    const context = await e2e.userContext('Fia Ledare');
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/b/${rsDelmal2024.id}/utskrift`);
    await page.getByRole('heading', { level: 1, name: rsDelmal2024.title }).waitFor();
    expect(await page.getByRole('table').first().getByRole('columnheader').allInnerTexts()).toEqual(['Kort', 'Kolumn', 'Status', 'Kommentar']);
    expect(await seriousViolations(page)).toEqual([]);
    const { sizes, pages } = await printed(page);
    expectA4Landscape(sizes);
    expectRunningHeads(pages, rsDelmal2024.title);
    const text = pages.join(' ');
    for (const card of rsDelmal2024.cards) expect(text).toContain(spaced(card.title));
  }, 120_000);

  it('[PRT4] "Skriv ut det filtrerade" in the Exportera menu, while a filter is set, opens the print view of what the filter shows', async () => {
    const page = await openBoard(await e2e.userContext('Fia Ledare'), e2e.server.url, hsfAtgarder.id);
    const menu = page.getByRole('button', { name: 'Exportera' });
    await menu.click();
    expect(await page.getByRole('link', { name: 'Skriv ut det filtrerade' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Beslutsnivå' }).selectOption('official');
    await menu.click();
    const link = page.getByRole('link', { name: 'Skriv ut det filtrerade' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${e2e.server.url}/b/${hsfAtgarder.id}/utskrift?decisionLevel=official`);
    const official = hsfAtgarder.cards.filter((card) => card.decisionLevel === 'official');
    await page.getByText(`Utskrift av det filtrerade: ${official.length} av ${hsfAtgarder.cards.length} kort (Beslutsnivå: Beslutas på tjänstemannanivå).`).waitFor();
    expect(await page.getByRole('region', { name: 'Kräver politiskt beslut' }).count()).toBe(0);
  }, 120_000);

  // Last in the file: it opens June on the seeded assignments board, which the tests above print as of May.
  it('[PRT5] a report not marked ready prints "Ingen rapport klar för <månad>" and none of its text, though openMonth copied the month before into it; marked ready by a peer, its boxes print', async () => {
    const peer = connectProvider(e2e.server.url, hsfFmUppdrag2025.id, e2e.server.token);
    await synced(peer);
    const { created } = openMonth(peer.doc, '2025-06');
    expect(created.length).toBeGreaterThan(1);
    const page = await (await e2e.userContext('Fia Ledare')).newPage();
    await page.goto(`${e2e.server.url}/b/${hsfFmUppdrag2025.id}/utskrift`);
    const reports = page.getByRole('region', { name: 'Månadsrapporter, juni 2025' });
    await reports.waitFor();
    expect(await reports.getByText('Ingen rapport klar för juni 2025.').count()).toBe(created.length);
    expect(await reports.locator('dt').count()).toBe(0);
    const [ready, ...drafts] = created.map((id) => readReports(peer.doc, id).find((report) => report.month === '2025-06')!);
    setReportReady(peer.doc, created[0]!, '2025-06', true);
    await page.waitForFunction((n) => document.querySelectorAll('.print-report-draft').length === n, created.length - 1);
    expect(await seriousViolations(page)).toEqual([]);

    const text = (await printed(page)).pages.join(' ');
    expect(text.split('Ingen rapport klar för juni 2025.').length - 1).toBe(created.length - 1);
    expect(text).toContain(spaced(ready!.nextMonth).trim().slice(0, 60));
    // RC3's copies of the month before: what a draft holds is never printed as its report.
    const copied = drafts.map((draft) => spaced(draft.nextMonth).trim().slice(0, 60)).filter(Boolean);
    expect(copied.length).toBeGreaterThan(0);
    for (const box of copied) expect(text).not.toContain(box);
    peer.destroy();
  }, 120_000);
});
