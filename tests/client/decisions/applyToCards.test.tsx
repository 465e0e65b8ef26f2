// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveRegionProvider } from '../../../client/components/app/LiveRegion.tsx';
import { CardDecision } from '../../../client/components/cards/CardDecision.tsx';
import { CardWordingProvider, useCardWording } from '../../../client/components/cards/CardWording.tsx';
import { ApplyToCards } from '../../../client/components/decisions/ApplyToCards.tsx';
import { DecisionLogPanel } from '../../../client/components/decisions/DecisionLogPanel.tsx';
import { DecisionLogProvider } from '../../../client/decisions/DecisionLogContext.tsx';
import { BoardProvider } from '../../../client/state/BoardContext.tsx';
import { createBoardSession } from '../../../client/sync/boardSession.ts';
import type { OpenBoard } from '../../../client/sync/useBoardCards.ts';
import { addAgendaItem } from '../../../shared/meeting/agendaOps.ts';
import { addDecision } from '../../../shared/meeting/decisionOps.ts';
import { readDecisions } from '../../../shared/meeting/readDecisions.ts';
import { createCard, updateCardField } from '../../../shared/ops/cards.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import type { DecisionRef } from '../../../shared/schema/card.ts';
import { authedWebSocket, authHeaders, setMember } from '../../helpers/serverAuth.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { waitFor as waitUntil } from '../../helpers/serverWait.ts';
import { useSqliteServer } from '../../server/access/sqliteServer.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';
import { boardSessions, nodeFetch, routePageCalls } from '../auth/serverPage.ts';
import { seriousViolations } from '../panels/axeCheck.ts';

// The component against the real server: the page's calls and its board sessions carry `reader`'s token.
const fx = useSqliteServer();
let reader = '';
routePageCalls(fx, () => reader);
const openSession = boardSessions(fx, () => reader);
afterEach(cleanup);

/** Opens a board as ApplyToCards does, each session its own (the component closes it). */
const openBoard: OpenBoard = (boardId) =>
  createBoardSession(boardId, { url: `${fx.url.replace(/^http/, 'ws')}/sync`, persist: false, WebSocketPolyfill: authedWebSocket(reader) });

/** A measures board with Kirurgi's card `kir` and Ortopedi's `ort`; a meeting (group HSN) whose decision `d` links `cards`; Kim, unit chief of Kirurgi. */
async function setup(username: string, cards: readonly string[]) {
  const board = await fx.createBoard('Åtgärder');
  const admin = fx.provider(board, fx.admin);
  await synced(admin);
  createCard(admin.doc, { id: 'kir', column: readColumns(admin.doc)[0]!.id, title: 'Kirurgins åtgärd', fields: { unit: 'Kirurgi' } });
  createCard(admin.doc, { id: 'ort', column: readColumns(admin.doc)[0]!.id, title: 'Ortopedins åtgärd', fields: { unit: 'Ortopedi' } });
  const made = await nodeFetch(`${fx.url}/api/meetings`, { method: 'POST', headers: authHeaders(fx.admin), body: JSON.stringify({ title: 'HSN juni', date: '2025-06-18', group: 'HSN' }) });
  const meeting = ((await made.json()) as { id: string }).id;
  const minutes = fx.provider(meeting, fx.admin);
  await synced(minutes);
  addAgendaItem(minutes.doc, { id: 'i1', title: 'Åtgärder', minutes: 10, kind: 'decision' });
  addDecision(minutes.doc, 'i1', { id: 'd', matter: 'Åtgärder i juni', text: 'att genomföra åtgärderna', cards: cards.map((card) => ({ board, card })) });
  reader = await fx.user(username, 'Kim Kirurg');
  await setMember(fx.url, fx.admin, board, username, 'unitChief', ['Kirurgi']);
  const decision = readDecisions(minutes.doc).byItem.i1![0]!;
  return { board, admin, meeting, decision };
}

function renderApply(meeting: string, decision: ReturnType<typeof readDecisions>['byItem'][string][number]) {
  return renderWithI18n(
    <LiveRegionProvider>
      <ApplyToCards meetingId={meeting} meeting={{ date: '2025-06-18', group: 'HSN' }} decision={decision} openBoard={openBoard} />
    </LiveRegionProvider>,
  );
}

/** A card face of `ref` and the "Beslutslogg" button over `session` of `board`, as the board page holds them (DEC6). */
function renderFace(board: string, ref: DecisionRef, session: ReturnType<typeof openSession>) {
  function Face() {
    return <CardDecision decision={ref} text={useCardWording()} />;
  }
  return renderWithI18n(
    <LiveRegionProvider>
      <DecisionLogProvider boardId={board}>
        <BoardProvider doc={session.doc} origin={session.origin} awareness={session.awareness}>
          <CardWordingProvider>
            <Face />
          </CardWordingProvider>
          <DecisionLogPanel />
        </BoardProvider>
      </DecisionLogProvider>
    </LiveRegionProvider>,
  );
}

describe('ApplyToCards: "För in beslutet på korten" (DEC2, DEC5, ROLE4)', () => {
  it('[DEC5] [ROLE4] a unit chief’s decision on his card and a neighbour’s changes neither, and says per card why', async () => {
    const user = userEvent.setup();
    const { admin, meeting, decision } = await setup('kim1', ['kir', 'ort']);
    renderApply(meeting, decision);
    const button = screen.getByRole('button', { name: 'För in beslutet på korten' });
    // The boards load and the role arrives; until then each card says the board is not loaded or not the user's.
    await waitFor(async () => {
      await user.click(button);
      expect(screen.getByRole('alert').textContent).toContain('Kirurgins åtgärd på Åtgärder: kan föras in');
    });
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Kirurgins åtgärd på Åtgärder: kan föras in',
      'Ortopedins åtgärd på Åtgärder: du får inte ändra kortet',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([readCard(admin.doc, 'kir')?.decisionRef, readCard(admin.doc, 'ort')?.decisionRef]).toEqual([undefined, undefined]);
    expect(await seriousViolations(document.body)).toEqual([]);
  });

  it('[DEC2] on his own card it is applied: the card moves to Beslut with the body and the meeting’s date, and the page says so', async () => {
    const user = userEvent.setup();
    const { admin, meeting, decision } = await setup('kim2', ['kir']);
    renderApply(meeting, decision);
    const body = screen.getByRole('textbox', { name: 'Beslutande organ' });
    expect((body as HTMLInputElement).value).toBe('HSN');
    await waitFor(async () => {
      await user.click(screen.getByRole('button', { name: 'För in beslutet på korten' }));
      expect(screen.getByRole('status').textContent).toBe('Beslutet är infört på 1 kort.');
    });
    const decided = readColumns(admin.doc).find((column) => column.title === 'Beslut')!.id;
    await waitUntil(() => readCard(admin.doc, 'kir')?.column === decided, 'the decision to reach the server and back');
    expect(readCard(admin.doc, 'kir')).toMatchObject({ decisionBody: 'HSN', decisionDate: '2025-06-18', decisionRef: { meeting, decision: 'd', body: 'HSN', date: '2025-06-18' } });
  });

  it('[DEC5] [ROLE4] while the role is on its way no card is judged the user’s or not: it waits, then can take the decision', async () => {
    const user = userEvent.setup();
    const { meeting, decision } = await setup('kim4', ['kir']);
    let release = (): void => {};
    const roleArrives = new Promise<void>((resolve) => (release = resolve));
    const serverFetch = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
      if (String(input).endsWith('/access')) await roleArrives;
      return serverFetch(input, init);
    };
    try {
      renderApply(meeting, decision);
      const button = screen.getByRole('button', { name: 'För in beslutet på korten' });
      // The board loads (the card is named by its title), the role does not.
      await waitFor(async () => {
        await user.click(button);
        expect(screen.getByRole('alert').textContent).toContain('Kirurgins åtgärd på Åtgärder:');
      });
      expect(screen.getByRole('listitem').textContent).toBe('Kirurgins åtgärd på Åtgärder: tavlan är inte inläst än');
      release();
      await waitFor(async () => {
        await user.click(button);
        expect(screen.getByRole('status').textContent).toBe('Beslutet är infört på 1 kort.');
      });
    } finally {
      globalThis.fetch = serverFetch;
    }
  });

  it('[DEC5] a refusal the catalogue has no special words for is worded in Swedish, never with the error’s English message', async () => {
    const user = userEvent.setup();
    const { meeting, decision } = await setup('kim5', []);
    reader = fx.admin;
    // A link to the meeting itself as a board: planDecision refuses it as no board ("document is not a board").
    renderApply(meeting, { ...decision, cards: [{ board: meeting, card: 'kir' }] });
    await waitFor(async () => {
      await user.click(screen.getByRole('button', { name: 'För in beslutet på korten' }));
      expect(screen.getByRole('listitem').textContent).toMatch(/: det är ingen tavla$/);
    });
    expect(screen.getByRole('alert').textContent).not.toMatch(/document|board/);
  });

  it('[DEC6] [DLS1] [DLS4] the board’s decision log lists it, keyboard reachable, and the card face says "ej numrerat" until numbered, unlinked for a reader who may not open the meeting', async () => {
    const user = userEvent.setup();
    const { board, admin, meeting } = await setup('kim3', ['kir', 'ort']);
    const ref: DecisionRef = { meeting, decision: 'd', body: 'HSN', date: '2025-06-18' };
    // Both cards name the decision, so Kim, who may not open the meeting, has it in the log (DLS4).
    updateCardField(admin.doc, 'kir', 'decisionRef', ref);
    updateCardField(admin.doc, 'ort', 'decisionRef', ref);
    const session = openSession(board);
    renderFace(board, ref, session);
    // Until the log is read the face links to the decision; the log then says Kim may not open the meeting (DLS2).
    expect(screen.getByRole('link', { name: 'Beslut (ej numrerat), HSN 2025-06-18: öppna beslutet i mötet' }).getAttribute('href')).toBe(`/m/${meeting}#decision-d`);
    await waitFor(() => expect(screen.queryByRole('link')).toBeNull());
    expect(screen.getByText('Beslut (ej numrerat), HSN 2025-06-18')).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Beslutslogg' }));
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Beslutslogg' });
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(1));
    const entry = within(dialog).getByRole('listitem');
    // A draft of a meeting Kim may not open: the § and the meeting, not its words (DLS4).
    expect(within(entry).getByRole('heading').textContent).toBe('Ej numrerat (ej justerat)');
    expect(entry.textContent).not.toContain('att genomföra');
    expect(entry.textContent).toContain('HSN juni, 2025-06-18');
    expect(entry.textContent).toContain('Gäller: Kirurgins åtgärd, Ortopedins åtgärd');
    // Kim reads the board, not the meeting (DLS2): no link to it.
    expect(within(entry).queryByRole('link')).toBeNull();
    expect(entry.textContent).toContain('Du har inte tillgång till mötet.');
    expect(await seriousViolations(document.body)).toEqual([]);
  });

  it('[DEC8] [DLS4] when a card comes to name a decision, in another browser, the log is asked again and the face follows it without a reload', async () => {
    const { board, admin, meeting } = await setup('kim6', ['kir']);
    const ref: DecisionRef = { meeting, decision: 'd', body: 'HSN', date: '2025-06-18' };
    const session = openSession(board);
    renderFace(board, ref, session);
    await waitUntil(() => readCard(session.doc, 'kir') !== undefined, 'Kim’s board to load');
    // No card names it yet, so Kim's log, who may not open the meeting, holds nothing: the face still links.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('link', { name: 'Beslut (ej numrerat), HSN 2025-06-18: öppna beslutet i mötet' })).toBeTruthy();
    updateCardField(admin.doc, 'kir', 'decisionRef', ref);
    // The ref reaches Kim's board; the log is read again and says he may not open the meeting (DLS2).
    await waitFor(() => expect(screen.queryByRole('link', { name: /öppna beslutet/ })).toBeNull());
  });
});
