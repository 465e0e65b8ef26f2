import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eFixture } from './helpers/e2eFixture.ts';

const e2e = e2eFixture({ seed: true });
const BOARD = 'hsf-fm-uppdrag-2025';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const cycleOf = (page: Page): Locator => page.getByRole('region', { name: 'Månadsrapportering' });
/** What holds focus: the focused element's tag and text, and the title of the report row it is in. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return {
      tag: active?.tagName.toLowerCase(),
      text: active?.textContent?.trim(),
      row: active?.closest('li')?.querySelector('.report-cycle-title')?.textContent ?? null,
    };
  });

/** axe's label-content-name-mismatch (experimental, so off by default): a name that does not start with the visible label. */
async function labelInNameViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(context, {
      runOnly: { type: 'rule', values: ['label-content-name-mismatch'] },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
  }, selector);
}

describe('the report cycle by keyboard in Chromium, against the real server with the seeds', () => {
  it('[A11Y1] [A11Y2] each action leaves focus on what replaced the pressed button, says what it did, and every button\'s name starts with its visible label', async () => {
    const page = await e2e.openAs('Anna Berg', BOARD);
    const cycle = cycleOf(page);
    const status = cycle.getByRole('status');
    await cycle.getByRole('heading', { name: /Har inte rapporterat maj 2025/ }).waitFor();
    const missingTitles = await cycle.locator('li', { hasText: 'Ingen rapport' }).locator('.report-cycle-title').allTextContents();
    expect(missingTitles.length).toBeGreaterThan(0);

    // Skapa saknade rapporter: the button goes once none is missing; focus goes to the first new report.
    await cycle.getByRole('button', { name: 'Skapa saknade rapporter' }).focus();
    await page.keyboard.press('Enter');
    await status.filter({ hasText: /maj 2025 är öppnad: \d+ rapporter? skapades\./ }).waitFor();
    expect(await focused(page)).toEqual({ tag: 'button', text: 'Markera klar', row: missingTitles[0] });
    expect(await labelInNameViolations(page, '.report-cycle')).toEqual([]);

    // Markera klar, row by row: each row leaves the list, its neighbour's button takes focus.
    for (let left = await cycle.locator('li').count(); left > 0; left--) {
      const { row } = await focused(page);
      await page.keyboard.press('Enter');
      await status.filter({ hasText: `Rapporten för ${row} är markerad som klar.` }).waitFor();
      if (left > 1) {
        const now = await focused(page);
        expect(now).toMatchObject({ tag: 'button', text: 'Markera klar' });
        expect(now.row).not.toBe(row);
      }
    }
    expect(await focused(page)).toMatchObject({ tag: 'p', text: 'Alla uppdrag har rapporterat maj 2025.' });

    // Föregående månad until the first: the disabled button hands focus to the month's heading.
    const history = cycle.getByRole('region', { name: 'Rapporthistorik' });
    await history.getByRole('combobox', { name: 'Uppdrag' }).selectOption({ label: 'Minska hyrberoendet med till 3,7% av egna personalkostnaden' });
    const previous = history.getByRole('button', { name: 'Föregående månad' });
    await previous.focus();
    while (await previous.isEnabled()) await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'p', text: expect.stringMatching(/^Rapport för .+ \(Månad 1 av \d+\)$/) });
  }, 120_000);
});
