import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goToItem, startMeeting } from '../../shared/meeting/runOps.ts';
import { addUserAndLogin, setMember } from '../helpers/serverAuth.ts';
import { connectProvider, synced, type ProviderClient } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { adminHeaders } from './helpers/startTestServer.ts';

const MEETING = 'hsf-lg-2025-04';
const MEASURES = 'hsf-atgarder';
/** A seed board no item of the April meeting links. */
const UNLINKED = 'rs-delmal-2024';
/** The smallest text on a card, in CSS px, that still reads from the back of the room (FOL6): 1/55 of the screen's height (19.6 px at 1080, 13.1 px at 720). */
const legiblePx = (height: number): number => height / 55;

const e2e = e2eFixture({ seed: true });
let facilitator: ProviderClient;
let shareUrl: string;

beforeAll(async () => {
  // "Visa på projektor": the meeting's read-only share link, which also reads the boards its agenda links.
  const response = await fetch(`${e2e.server.url}/api/boards/${MEETING}/share`, { method: 'POST', headers: adminHeaders() });
  expect(response.status).toBe(201);
  shareUrl = ((await response.json()) as { url: string }).url;
  expect(new URL(shareUrl).pathname).toBe(`/m/${MEETING}/present`);
  // The facilitator, as a y-websocket client of the meeting room: item 2 runs, and the view shows its measures board.
  facilitator = connectProvider(e2e.server.url, MEETING, e2e.server.token);
  await synced(facilitator);
  startMeeting(facilitator.doc, Date.now());
  goToItem(facilitator.doc, 'atgarder', Date.now());
  showOnProjector({ itemId: 'atgarder', boardId: MEASURES });
}, 60_000);

afterAll(() => facilitator?.destroy());

function showOnProjector(view: { itemId: string; boardId?: string; cardId?: string } | null): void {
  facilitator.provider.awareness.setLocalState({ user: { name: 'Mötesledare', color: '#1d4ed8' }, editing: null, view: view && { ...view, at: Date.now() } });
}

interface Fit {
  documentScrolls: boolean;
  boardScrolls: boolean;
  cards: number;
  /** Cards, or their title, unit, effect or responsible, whose box leaves the viewport or its card. */
  outside: string[];
  /** Titles, units, effects and names not shown whole: their text overflows their box (an ellipsis, a clipped line). */
  cut: string[];
  /** An effect or total cut by an ellipsis: numbers are never truncated. */
  cutNumbers: string[];
  totalInside: boolean;
  totalText: string;
  smallestPx: number;
}

/** The fields the cards of a measures board and of an assignments board show; the optional ones only where the card has a value (one measure names no one responsible). */
const MEASURE_FIELDS = { required: ['where', 'effect'], optional: ['responsible'] };
const ASSIGNMENT_FIELDS = { required: ['status', 'report'], optional: ['where', 'responsible'] };

/** Where every card, its title and its `fields` are, measured from the layout (getBoundingClientRect), with the page's scroll extent. */
function measureFit(page: Page, fields: { required: string[]; optional: string[] } = MEASURE_FIELDS): Promise<Fit> {
  return page.evaluate((details) => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const inside = (r: DOMRect, box: { left: number; top: number; right: number; bottom: number }) =>
      r.width > 0 && r.height > 0 && r.left >= box.left - 0.5 && r.top >= box.top - 0.5 && r.right <= box.right + 0.5 && r.bottom <= box.bottom + 0.5;
    const viewport = { left: 0, top: 0, right: vw, bottom: vh };
    const board = document.querySelector<HTMLElement>('.presentation-board')!;
    const outside: string[] = [];
    const cut: string[] = [];
    const cutNumbers: string[] = [];
    let smallestPx = Infinity;
    const cards = [...document.querySelectorAll<HTMLElement>('.presentation-board [data-card-id]')];
    for (const card of cards) {
      const box = card.getBoundingClientRect();
      const name = card.getAttribute('aria-label') ?? card.dataset.cardId!;
      if (!inside(box, viewport)) outside.push(`${name}: the card`);
      const fields: [string, Element | null][] = [
        ['title', card.querySelector('.presented-face-title')],
        ...[...details.required, ...details.optional].map((detail): [string, Element | null] => [detail, card.querySelector(`[data-detail="${detail}"] dd`)]),
      ];
      for (const [field, element] of fields) {
        if (!element) {
          if (!details.optional.includes(field)) outside.push(`${name}: no ${field}`);
          continue;
        }
        const r = element.getBoundingClientRect();
        if (!inside(r, viewport) || !inside(r, box)) outside.push(`${name}: ${field}`);
        if (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1) cut.push(`${name}: ${field}`);
        smallestPx = Math.min(smallestPx, parseFloat(getComputedStyle(element).fontSize));
        if (field === 'effect' && element.scrollWidth > element.clientWidth) cutNumbers.push(name);
      }
    }
    const total = document.querySelector<HTMLElement>('[data-testid="presentation-total"]')!;
    if (total.scrollWidth > total.clientWidth) cutNumbers.push('total');
    return {
      documentScrolls: document.documentElement.scrollHeight > vh || document.documentElement.scrollWidth > vw,
      boardScrolls: board.scrollHeight > board.clientHeight || board.scrollWidth > board.clientWidth,
      cards: cards.length,
      outside,
      cut,
      cutNumbers,
      totalInside: inside(total.getBoundingClientRect(), viewport),
      totalText: (total.textContent ?? '').replace(/\u00a0/g, ' '),
      smallestPx,
    };
  }, fields);
}

async function openProjector(width: number, height: number, cards = 17): Promise<Page> {
  const context = await e2e.loggedOutContext();
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(shareUrl);
  await page.locator('.presentation-board [data-card-id]').nth(cards - 1).waitFor();
  return page;
}

describe('the presentation view of the measures board on a projector', () => {
  it('[FOL6] at 1920×1080 all 17 cards (title, unit, effect, responsible, every word) and the total against the target are on one screen, nothing scrolled or cut', async () => {
    const page = await openProjector(1920, 1080);
    await expect.poll(() => page.locator('.meeting-now-title').textContent()).toBe('2. Arbetet med åtgärder');
    const fit = await measureFit(page);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/presentation-1920x1080.png' });
    expect(fit).toMatchObject({ cards: 17, outside: [], cut: [], cutNumbers: [], documentScrolls: false, boardScrolls: false, totalInside: true });
    expect(fit.totalText).toMatch(/^17 kort · 237 000 tkr av målet 213 000 tkr/);
    expect(fit.smallestPx).toBeGreaterThanOrEqual(legiblePx(1080));
    // The timer of the current item, on the server's clock, is on the projector too.
    expect(await page.getByRole('timer').isVisible()).toBe(true);
  }, 60_000);

  it('[FOL6] at 1280×720 the same board still fits whole, with type no smaller than the legible size', async () => {
    const page = await openProjector(1280, 720);
    const fit = await measureFit(page);
    await page.screenshot({ path: 'test-results/presentation-1280x720.png' });
    expect(fit).toMatchObject({ cards: 17, outside: [], cut: [], cutNumbers: [], documentScrolls: false, boardScrolls: false, totalInside: true });
    expect(fit.smallestPx).toBeGreaterThanOrEqual(legiblePx(720));
  }, 60_000);

  it('[FOL6] the assignments board is a compact grid on one screen too: every assignment with whom it is directed to, its status and its report', async () => {
    showOnProjector({ itemId: 'atgarder', boardId: 'hsf-fm-uppdrag-2025' });
    try {
      const page = await openProjector(1920, 1080, 8);
      const fit = await measureFit(page, ASSIGNMENT_FIELDS);
      await page.screenshot({ path: 'test-results/presentation-assignments-1920x1080.png' });
      expect(fit).toMatchObject({ cards: 8, outside: [], cut: [], documentScrolls: false, boardScrolls: false });
      expect(fit.smallestPx).toBeGreaterThanOrEqual(legiblePx(1080));
    } finally {
      showOnProjector({ itemId: 'atgarder', boardId: MEASURES });
    }
  }, 60_000);

  it('[FOL6] respects reduced motion and forced colours: the large card appears without animation, the board keeps its borders and still fits', async () => {
    const page = await openProjector(1920, 1080);
    await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
    expect(await measureFit(page)).toMatchObject({ cards: 17, outside: [], cut: [], documentScrolls: false, boardScrolls: false });
    showOnProjector({ itemId: 'atgarder', boardId: MEASURES, cardId: 'friskvardstimme' });
    try {
      const presented = page.getByTestId('presented-card');
      await presented.getByRole('heading', { name: 'Friskvårdstimme' }).waitFor();
      expect(await presented.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
      const face = page.locator('.presentation-board [data-card-id="friskvardstimme"]');
      expect(await face.evaluate((el) => [getComputedStyle(el).borderTopStyle, getComputedStyle(el).outlineStyle])).toEqual(['solid', 'solid']);
    } finally {
      showOnProjector({ itemId: 'atgarder', boardId: MEASURES });
    }
  }, 60_000);

  it('[FOL5] the projector has no edit control and no per-card button, and axe finds nothing serious or critical on it, with a card shown large or the agenda', async () => {
    const page = await openProjector(1920, 1080);
    expect(await page.locator('main button, main a, main input, main select, main textarea, main [contenteditable]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    showOnProjector({ itemId: 'atgarder', boardId: MEASURES, cardId: 'primarvardsjour' });
    await page.getByTestId('presented-card').getByRole('heading', { name: 'Primärvårdsjour' }).waitFor();
    await page.screenshot({ path: 'test-results/presentation-card-1920x1080.png', animations: 'disabled' });
    expect(await seriousViolations(page)).toEqual([]);

    showOnProjector(null);
    await page.getByRole('heading', { name: 'Dagordning' }).waitFor();
    await page.screenshot({ path: 'test-results/presentation-agenda-1920x1080.png' });
    expect(await page.locator('[aria-current="step"]').textContent()).toContain('Arbetet med åtgärder');
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);
  it('[FOL1] an editor who forges a facilitator’s view, newer than the facilitator’s, does not steer the projector', async () => {
    showOnProjector({ itemId: 'atgarder', boardId: MEASURES });
    const page = await openProjector(1920, 1080);
    const token = await addUserAndLogin(e2e.server.url, e2e.server.token, { username: 'eva', displayName: 'Eva Redaktör' });
    await setMember(e2e.server.url, e2e.server.token, MEETING, 'eva', 'editor');
    const eva = connectProvider(e2e.server.url, MEETING, token);
    const observer = connectProvider(e2e.server.url, MEETING, e2e.server.token);
    try {
      await Promise.all([synced(eva), synced(observer)]);
      // She claims the role and a view a day newer than anything the facilitator shows, on the assignments board.
      eva.provider.awareness.setLocalState({ user: { name: 'Mötesledare', role: 'facilitator' }, editing: null, view: { itemId: 'cosmic', boardId: 'hsf-fm-uppdrag-2025', at: Date.now() + 86_400_000 } });
      // What the room relays of her state is the server's: her own name and role, and no view (PRS3, PRS4).
      await waitFor(() => observer.provider.awareness.getStates().get(eva.doc.clientID)?.user?.role === 'editor', 'her stamped state to be relayed');
      expect(observer.provider.awareness.getStates().get(eva.doc.clientID)).toEqual({ user: { name: 'Eva Redaktör', role: 'editor' }, editing: null });
      showOnProjector({ itemId: 'atgarder', boardId: MEASURES, cardId: 'friskvardstimme' });
      await page.getByTestId('presented-card').getByRole('heading', { name: 'Friskvårdstimme' }).waitFor();
      expect(await page.locator('.presentation-board h2').textContent()).toBe('Åtgärder för minskade personalkostnader (HSF)');
    } finally {
      eva.destroy();
      observer.destroy();
      showOnProjector({ itemId: 'atgarder', boardId: MEASURES });
    }
  }, 60_000);
  it('[FOL5] a board the meeting does not link stays closed to the projector’s link, and the projector says so', async () => {
    showOnProjector({ itemId: 'atgarder', boardId: MEASURES });
    const page = await openProjector(1920, 1080);
    showOnProjector({ itemId: 'atgarder', boardId: UNLINKED });
    try {
      await page.getByText('Tavlan kan inte visas på projektorn.').waitFor();
      expect(await page.locator('.presentation-board').count()).toBe(0);
    } finally {
      showOnProjector({ itemId: 'atgarder', boardId: MEASURES });
    }
  }, 60_000);
});
