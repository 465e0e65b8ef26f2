import { readFile } from 'node:fs/promises';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pptxSlides } from '../server/export/pptxText.ts';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { openBoard, waitForStatus } from './helpers/openBoard.ts';
import { tabTo } from './helpers/tabTo.ts';

const e2e = e2eFixture({ seed: true });

const runsOf = async (download: Download): Promise<string[]> =>
  pptxSlides(new Uint8Array(await readFile((await download.path())!))).slides.flatMap((s) => s.runs.map((run) => run.replace(/\u00a0/g, ' ')));

describe('the board’s slides from its export menu in Chromium (PPT1)', () => {
  it('[PPT1] [PPT3] "Hela tavlan som PowerPoint" by keyboard downloads the deck with 000’s sums, "Det filtrerade" only the filter’s lane; axe finds nothing serious', async () => {
    const page = await openBoard(await e2e.userContext('Anna Berg'), e2e.server.url, 'hsf-atgarder');
    await waitForStatus(page, 'Synkad');
    const open = page.getByRole('button', { name: 'Exportera' });
    await open.focus();
    await page.keyboard.press('Enter');
    await tabTo(page, 'Hela tavlan som PowerPoint (.pptx)');
    const [whole] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(whole.suggestedFilename()).toMatch(/^Åtgärder för minskade personalkostnader \(HSF\) \d{4}-\d{2}-\d{2}\.pptx$/);
    const runs = await runsOf(whole);
    expect(runs).toContain('Åtgärder som kräver politisk beredning');
    expect(runs).toContain('Summa: 157 000 tkr/år');
    expect(runs).toContain('Summa: 80 000 tkr/år (1 okänd)');
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Beslutsnivå' }).selectOption('official');
    await open.click();
    const [filtered] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Det filtrerade som PowerPoint (.pptx)' }).click()]);
    const shown = await runsOf(filtered);
    expect(shown).toContain('Exportera det filtrerade: bara de kort filtret visar, 10 av 17 kort (Beslutsnivå: Beslutas på tjänstemannanivå)');
    expect(shown).not.toContain('Akutvårdsplatser sjukstugor');
    expect(shown).toContain('Summa: 80 000 tkr/år (1 okänd)');
    expect(await seriousViolations(page)).toEqual([]);
  }, 90_000);
});
