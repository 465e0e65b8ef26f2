// Measures a board of 1,000 cards in headless Chromium against the real server:
//   1. navigation → interactive: from navigation start until every card element is in the DOM
//      (the MutationObserver sees the Nth `[data-card-id]`), and the first frame painted after;
//   2. frame time while dragging: requestAnimationFrame deltas while page.mouse drags a card
//      from the first column across to the last, one small move per frame. The median sits at the
//      display's 16.7 ms whenever most frames make it, so each phase reports p95, max and dropped
//      frames (the vsync intervals a slow frame swallowed) as well.
// It prints the machine (CPU, cores, memory, Node, Chromium) and the load average before and after:
// on a shared machine the figures mean something only when the load was low (`uptime`).
// The server starts with a test admin (as the e2e tests do): the cards are uploaded with its token and
// the browser carries its session cookie. Compare two versions by running both back to back on one
// machine: the figures move with the machine's load.
// Usage: node scripts/bench-board.mjs [--cards 1000] [--runs 3]. Needs Chromium (scripts/ensure-chromium.sh).
// Not part of `npm test`: it prints figures, it asserts nothing.
import { register } from 'tsx/esm/api';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

register();
const { values: args } = parseArgs({ options: { cards: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } } });
const CARDS = Number(args.cards);
const RUNS = Number(args.runs);

const Y = await import('yjs');
const { WebsocketProvider } = await import('y-websocket');
const { loadConfig } = await import('../server/config.ts');
const { startServer } = await import('../server/startServer.ts');
const { createCard } = await import('../shared/ops/cards.ts');
const { getCardsMap } = await import('../shared/doc.ts');
const { readColumns } = await import('../shared/read/readColumns.ts');
const { ensureClientBuilt } = await import('../tests/e2e/helpers/ensureClientBuilt.ts');
const { launchChromium } = await import('../tests/e2e/helpers/launchChromium.ts');
const { TEST_ADMIN_PASSWORD, TEST_PASSWORD_COST, authHeaders, authedWebSocket } = await import('../tests/helpers/serverAuth.ts');

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const round = (n) => Math.round(n * 10) / 10;
const median = (values) => quantile([...values].sort((a, b) => a - b), 0.5);

/** Opens a Node y-websocket client on the board's room (as the admin) and resolves once it has synced. */
function connect(syncUrl, boardId, token) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl, boardId, doc, { WebSocketPolyfill: authedWebSocket(token), disableBc: true });
  return new Promise((resolve) => provider.once('sync', () => resolve({ doc, provider })));
}

/** Fills the board with `count` measure cards spread over its columns and both decision levels, in one transaction; returns the column titles. */
async function uploadCards(syncUrl, boardId, count, token) {
  const { doc, provider } = await connect(syncUrl, boardId, token);
  const columns = readColumns(doc);
  doc.transact(() => {
    for (let i = 0; i < count; i++) {
      createCard(doc, {
        column: columns[i % columns.length].id,
        title: `Åtgärd ${i + 1}: bemanning och schemaläggning`,
        fields: {
          unit: `Verksamhet ${(i % 12) + 1}`,
          effect: 50 + ((i * 37) % 900),
          responsible: [`Chef ${(i % 30) + 1}`],
          decisionLevel: i % 3 === 0 ? 'political' : 'official',
          status: ['green', 'yellow', 'red'][i % 3],
        },
      });
    }
  });
  // y-websocket has no acknowledgement: a second client that sees every card proves the server stored them.
  const check = await connect(syncUrl, boardId, token);
  const seen = getCardsMap(check.doc).size;
  check.provider.destroy();
  provider.destroy();
  if (seen !== count) throw new Error(`the server holds ${seen} cards, expected ${count}`);
  return columns.map((column) => column.title);
}

/** One cold navigation (fresh context: no IndexedDB copy), logged in by the admin's session cookie: ms to all cards in the DOM and to the next frame. */
async function measureLoad(browser, url, count, token) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addCookies([{ name: 'tavla_session', value: token, domain: '127.0.0.1', path: '/' }]);
  await context.addInitScript((n) => {
    localStorage.setItem('tavla.user', JSON.stringify({ name: 'Mätning', color: '#1d4ed8' }));
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('[data-card-id]').length < n) return;
      observer.disconnect();
      window.__cardsInDom = performance.now();
      requestAnimationFrame(() => (window.__firstFrame = performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true });
  }, count);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__firstFrame !== undefined, null, { timeout: 120_000 });
  const timing = await page.evaluate(() => ({ cardsInDom: window.__cardsInDom, firstFrame: window.__firstFrame }));
  return { context, page, timing };
}

/**
 * Drags the first card of the first column to the last column (same lane), one mouse move per
 * frame. Returns the rAF deltas (ms) in three phases: pick-up (press and the first moves, where
 * the drag activates and measures the droppables), moving, and drop (release until two frames
 * after), and whether the card ended up in the last column.
 */
async function measureDrag(page, columns) {
  const lane = 'Kräver politiskt beslut';
  const cell = (column) => page.getByRole('region', { name: `${column}, ${lane}`, exact: true });
  const dragged = cell(columns[0]).locator('[data-card-id]').first();
  const cardId = await dragged.getAttribute('data-card-id');
  const from = await dragged.boundingBox();
  const to = await cell(columns.at(-1)).boundingBox();
  if (!from || !to) throw new Error('no card or cell to drag between');
  const start = { x: from.x + from.width / 2, y: from.y + 12 };
  const end = { x: to.x + to.width / 2, y: to.y + 40 };
  const mark = () => page.evaluate(() => window.__deltas.length);
  const nextFrame = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  await page.evaluate(() => {
    window.__deltas = [];
    let last = performance.now();
    const tick = (now) => {
      window.__deltas.push(now - last);
      last = now;
      if (!window.__stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(start.x, start.y);
  await nextFrame();
  const pressed = await mark();
  await page.mouse.down();
  const STEPS = 90;
  const PICKUP_STEPS = 5;
  let moving = 0;
  for (let i = 1; i <= STEPS; i++) {
    await page.mouse.move(start.x + ((end.x - start.x) * i) / STEPS, start.y + ((end.y - start.y) * i) / STEPS);
    await nextFrame();
    if (i === PICKUP_STEPS) moving = await mark();
  }
  const released = await mark();
  await page.mouse.up();
  await nextFrame();
  await nextFrame();
  const deltas = await page.evaluate(() => {
    window.__stopFrames = true;
    return window.__deltas;
  });
  const moved = (await cell(columns.at(-1)).locator(`[data-card-id="${cardId}"]`).count()) === 1;
  return { pickup: deltas.slice(pressed, moving), moving: deltas.slice(moving, released), drop: deltas.slice(released), moved };
}

/** One display refresh at 60 Hz, headless Chromium's frame rate. */
const VSYNC_MS = 1000 / 60;

/** Refreshes a list of frame deltas missed: a delta of n intervals drew one frame and dropped n - 1. */
const droppedFrames = (deltas) => deltas.reduce((sum, delta) => sum + Math.max(0, Math.round(delta / VSYNC_MS) - 1), 0);

/** "median m ms, p95 p ms, max x ms, d dropped of n frames" of a list of frame deltas. */
function describeFrames(deltas) {
  if (deltas.length === 0) return 'no frames';
  const sorted = [...deltas].sort((a, b) => a - b);
  return `median ${round(quantile(sorted, 0.5))} ms, p95 ${round(quantile(sorted, 0.95))} ms, max ${round(sorted.at(-1))} ms, ${droppedFrames(sorted)} dropped of ${sorted.length} frames`;
}

const loadAverage = () => loadavg().map((n) => n.toFixed(2)).join(' ');

const dataDir = mkdtempSync(join(tmpdir(), 'tavla-bench-'));
await ensureClientBuilt();
const server = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, PASSWORD_COST: String(TEST_PASSWORD_COST) }), {
  clientDir: new URL('../dist/client', import.meta.url).pathname,
});
const { token } = await server.auth.login('admin', TEST_ADMIN_PASSWORD);
const browser = await launchChromium();
const [cpu] = cpus();
console.log(`Machine: ${cpu?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; Chromium ${browser.version()}`);
console.log(`Load average (1, 5, 15 min) before: ${loadAverage()}`);
try {
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: authHeaders(token),
    body: JSON.stringify({ title: `Mätning ${CARDS} kort`, kind: 'measures' }),
  });
  const { id: boardId } = await response.json();
  const syncUrl = `${server.url.replace(/^http/, 'ws')}/sync`;
  const uploadStart = performance.now();
  const columnTitles = await uploadCards(syncUrl, boardId, CARDS, token);
  console.log(`Board ${boardId}: ${CARDS} cards uploaded through y-websocket in ${round(performance.now() - uploadStart)} ms`);

  const loads = [];
  const drags = { pickup: [], moving: [], drop: [] };
  for (let run = 1; run <= RUNS; run++) {
    const { context, page, timing } = await measureLoad(browser, `${server.url}/b/${boardId}`, CARDS, token);
    loads.push(timing);
    const drag = await measureDrag(page, columnTitles);
    for (const phase of Object.keys(drags)) drags[phase].push(...drag[phase]);
    console.log(`run ${run}: all ${CARDS} cards in DOM ${round(timing.cardsInDom)} ms, first frame after ${round(timing.firstFrame)} ms`);
    console.log(`  drag pick-up: ${describeFrames(drag.pickup)}`);
    console.log(`  drag moving:  ${describeFrames(drag.moving)}`);
    console.log(`  drag drop:    ${describeFrames(drag.drop)}; card landed in the last column: ${drag.moved ? 'yes' : 'NO'}`);
    await context.close();
  }
  console.log(`\nSummary over ${RUNS} cold loads (median) and all drag frames pooled:`);
  console.log(`  navigation → all ${CARDS} cards in DOM:  ${round(median(loads.map((l) => l.cardsInDom)))} ms`);
  console.log(`  navigation → first frame painted after:  ${round(median(loads.map((l) => l.firstFrame)))} ms`);
  console.log(`  drag frame time, pick-up: ${describeFrames(drags.pickup)}`);
  console.log(`  drag frame time, moving:  ${describeFrames(drags.moving)}`);
  console.log(`  drag frame time, drop:    ${describeFrames(drags.drop)}`);
  console.log(`Load average (1, 5, 15 min) after: ${loadAverage()}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
// y-websocket's timers and the tsx loader can keep the event loop alive after cleanup.
process.exit(0);
