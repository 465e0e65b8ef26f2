import { describe, expect, it } from 'vitest';
import { applyDecisionToCard } from '../../shared/decisions/applyDecision.ts';
import { addDecision } from '../../shared/meeting/decisionOps.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { openBoard, waitForStatus } from './helpers/openBoard.ts';

// The seeded measures board and April meeting: a decision of "Arbetet med åtgärder" brought onto one of its cards.
const e2e = e2eFixture({ seed: true });
const BOARD = 'hsf-atgarder';
const MEETING = 'hsf-lg-2025-04';
const CARD = 'akutvardsplatser-sjukstugor';

describe('the decision log and a card’s decision in Chromium (DEC6, DLS1)', () => {
  it('[DEC6] [DLS1] the card shows "Beslut (ej numrerat), HSF ledningsgrupp 2025-04-29"; "Beslutslogg" opens by keyboard, lists it with its meeting and links to it; axe finds nothing serious', async () => {
    const meeting = connectProvider(e2e.server.url, MEETING, e2e.server.token);
    const board = connectProvider(e2e.server.url, BOARD, e2e.server.token);
    try {
      await Promise.all([synced(meeting), synced(board)]);
      addDecision(meeting.doc, 'atgarder', { id: 'beslut-akut', matter: 'Akutvårdsplatser sjukstugor', text: 'att föreslå HSN att minska akutvårdsplatserna', cards: [{ board: BOARD, card: CARD }] });
      applyDecisionToCard(board.doc, CARD, { meetingId: MEETING, decisionId: 'beslut-akut', body: 'HSF ledningsgrupp', date: '2025-04-29' });
      await waitFor(() => readCard(board.doc, CARD)?.column === 'beslut', 'the card in Beslut');

      const page = await openBoard(await e2e.userContext('Anna Berg'), e2e.server.url, BOARD);
      await waitForStatus(page, 'Synkad');
      const card = page.locator(`[data-card-id="${CARD}"]`);
      const link = card.getByRole('link', { name: 'Beslut (ej numrerat), HSF ledningsgrupp 2025-04-29: öppna beslutet i mötet' });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(`/m/${MEETING}#decision-beslut-akut`);

      const button = page.getByRole('banner').getByRole('button', { name: 'Beslutslogg' });
      await button.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Beslutslogg' });
      const entry = dialog.getByRole('listitem');
      await entry.getByRole('heading', { name: 'Ej numrerat Akutvårdsplatser sjukstugor' }).waitFor();
      expect(await entry.textContent()).toContain('HSF ledningsgrupp, april 2025, 2025-04-29');
      expect(await entry.textContent()).toContain('Gäller: Akutvårdsplatser sjukstugor');
      expect(await seriousViolations(page)).toEqual([]);

      await entry.getByRole('link', { name: 'Öppna beslutet i mötet HSF ledningsgrupp, april 2025' }).click();
      await page.waitForURL(`${e2e.server.url}/m/${MEETING}#decision-beslut-akut`);
      await page.getByRole('heading', { level: 1, name: 'HSF ledningsgrupp, april 2025' }).waitFor();
    } finally {
      meeting.destroy();
      board.destroy();
    }
  }, 60_000);
});
