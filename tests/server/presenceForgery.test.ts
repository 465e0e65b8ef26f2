import { describe, expect, it } from 'vitest';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { authHeaders, setMember } from '../helpers/serverAuth.ts';
import { useInProcessServer } from '../helpers/serverInProcess.ts';
import { synced, type ProviderClient } from '../helpers/serverProvider.ts';
import { settle, waitFor } from '../helpers/serverWait.ts';
import { PresenceAttacker, type ForgedEntry } from '../helpers/presenceAttacker.ts';

const fx = useInProcessServer({ maxMessageBytes: 512 * 1024 });

/** The colour that once went into a card's box-shadow and blacked out the board. */
const EVIL_COLOR = 'red, 0 0 0 100vmax rgba(0,0,0,.92)';
const FORGED = (cardId: string) => ({ user: { name: 'Administratör', color: EVIL_COLOR }, editing: cardId });
/** Nothing of the attack may show in a state anyone receives. */
const carriesAttack = (state: unknown): boolean => /Administratör|vmax/.test(JSON.stringify(state));

let accounts = 0;

/** A new account (usernames are unique per server, names need not be), member of the board with a role; its session token. */
async function member(boardId: string, name: string, displayName: string, role: 'viewer' | 'editor'): Promise<string> {
  const username = `${name}${++accounts}`;
  const token = await fx.user(username, displayName);
  await setMember(fx.url, fx.token, boardId, username, role);
  return token;
}

async function shareToken(boardId: string): Promise<string> {
  const made = await fetch(`${fx.url}/api/boards/${boardId}/share`, { method: 'POST', headers: authHeaders(fx.token) });
  return ((await made.json()) as { token: string }).token;
}

const stateOf = (client: ProviderClient, of: ProviderClient) => client.provider.awareness.getStates().get(of.doc.clientID);

/** Anna (editing a card) and Bo on one board through the unmodified y-websocket client, each seeing the other. */
async function annaAndBo(boardId: string) {
  const [anna, bo] = [fx.provider(boardId, await member(boardId, 'anna', 'Anna Berg', 'editor')), fx.provider(boardId, await member(boardId, 'bo', 'Bo Ek', 'editor'))];
  await Promise.all([synced(anna), synced(bo)]);
  const cardId = createCard(anna.doc, { column: readColumns(anna.doc)[0]!.id, title: 'Kort A' });
  const annaState = { user: { name: 'Anna Berg', color: '#b91c1c' }, editing: cardId };
  anna.provider.awareness.setLocalState(annaState);
  bo.provider.awareness.setLocalState({ user: { name: 'Bo Ek', color: '#047857' }, editing: null });
  await waitFor(() => stateOf(bo, anna)?.editing === cardId && stateOf(anna, bo) !== undefined, 'Anna and Bo to see each other');
  return { anna, bo, cardId, annaState };
}

describe('presence cannot be forged (PRS)', () => {
  it('[PRS1][PRS2][PRS3][PRS4][PRS5] a viewer and a share link forge Anna’s presence, announce “Administratör”, a box-shadow colour and 22 000 entries: no one sees any of it', async () => {
    const id = await fx.createBoard();
    const { anna, bo, cardId, annaState } = await annaAndBo(id);
    // Cia wrote once and left: her client id is hers in the document (CID1) while she is away.
    const cia = fx.provider(id, await member(id, 'cia', 'Cia Ek', 'editor'));
    await synced(cia);
    createCard(cia.doc, { column: readColumns(cia.doc)[0]!.id, title: 'Kort C' });
    await waitFor(() => bo.doc.getMap('cards').size === 2, 'Cia’s card to reach Bo');
    const ciaId = cia.doc.clientID;
    cia.destroy();

    const vera = await PresenceAttacker.open(fx.wsUrl, id, await member(id, 'vera', 'Vera Vy', 'viewer'));
    const share = await PresenceAttacker.open(fx.wsUrl, id, await shareToken(id));
    const annaId = anna.doc.clientID;
    await waitFor(() => vera.seen.has(annaId) && share.seen.has(annaId), 'the attackers to learn Anna’s client id');
    const annaClock = vera.seen.get(annaId)!.clock;

    for (const attacker of [vera, share]) {
      attacker.send([{ client: annaId, clock: annaClock + 100, state: FORGED(cardId) }]);
      attacker.send([{ client: annaId, clock: annaClock + 200, state: null }]);
      attacker.send([{ client: bo.doc.clientID, clock: 1000, state: FORGED(cardId) }]);
      attacker.send([{ client: ciaId, clock: 1000, state: FORGED(cardId) }]);
    }
    vera.send([{ client: 4242, clock: 1, state: FORGED(cardId) }]);
    share.send([{ client: 4343, clock: 1, state: FORGED(cardId) }]);
    for (let batch = 0; batch < 11; batch++) {
      vera.send(Array.from({ length: 2000 }, (_, i): ForgedEntry => ({ client: 100_000 + batch * 2000 + i, clock: 1, state: {} })));
    }
    const onServer = await vera.everyone();
    await share.everyone();
    await settle(100);

    // Anna's own state is untouched, on her client and on Bo's, and it still says she edits her card.
    expect(anna.provider.awareness.getLocalState()).toEqual(annaState);
    expect(stateOf(bo, anna)).toEqual({ user: { name: 'Anna Berg', role: 'editor', color: '#b91c1c' }, editing: cardId });
    for (const client of [anna, bo]) {
      for (const state of client.provider.awareness.getStates().values()) expect(carriesAttack(state), JSON.stringify(state)).toBe(false);
      expect(client.provider.awareness.getStates().has(ciaId)).toBe(false);
    }
    // What the attackers could set is their own few ids, under their own name and role, with no colour and no card.
    expect([...onServer.keys()].sort()).toEqual([annaId, bo.doc.clientID, 4242, 4343, 100_000, 100_001, 100_002].sort());
    expect(onServer.get(4242)!.state).toEqual({ user: { name: 'Vera Vy', role: 'viewer' }, editing: null });
    expect(onServer.get(4343)!.state).toEqual({ user: { name: '', role: 'viewer' }, editing: null });
    expect(bo.provider.awareness.getStates().size).toBeLessThanOrEqual(onServer.size);
    // The refusals are logged with the account, and neither attacker is closed for them.
    const refused = fx.logs.lines.filter((line) => line.event === 'presence_refused' && line.user === 'Vera Vy');
    expect(refused.length).toBeGreaterThanOrEqual(4);
    expect([vera.closed, share.closed]).toEqual([undefined, undefined]);
    vera.close();
    share.close();
  });

  it('[PRS3] honest presence of two real clients still flows: name, colour and the card each edits', async () => {
    const id = await fx.createBoard();
    const { anna, bo, cardId } = await annaAndBo(id);
    bo.provider.awareness.setLocalStateField('editing', cardId);
    await waitFor(() => stateOf(anna, bo)?.editing === cardId, 'Bo’s editing to reach Anna');
    expect(stateOf(anna, bo)).toEqual({ user: { name: 'Bo Ek', role: 'editor', color: '#047857' }, editing: cardId });
    // A name the client makes up is not the one the others see.
    bo.provider.awareness.setLocalStateField('user', { name: 'Administratör', color: '#047857' });
    await settle(100);
    expect(stateOf(anna, bo)?.user).toEqual({ name: 'Bo Ek', role: 'editor', color: '#047857' });
  });

  it('[PRS2] a client that reconnects is seen again at once, though it announces the clock the room removed it with', async () => {
    const id = await fx.createBoard();
    const { anna, bo, cardId } = await annaAndBo(id);
    (anna.provider.ws as unknown as { terminate(): void }).terminate();
    await waitFor(() => stateOf(bo, anna) === undefined, 'Anna’s removal to reach Bo');
    // Well before her client renews its state (15 s).
    await waitFor(() => stateOf(bo, anna)?.editing === cardId, 'Anna to be back after her reconnect', 3000);
  });

  it('[PRS2] a second tab of the same account may send the first tab’s state (BroadcastChannel relays it), and its leaving keeps it', async () => {
    const id = await fx.createBoard();
    const { anna, bo } = await annaAndBo(id);
    const secondTab = await PresenceAttacker.open(fx.wsUrl, id, anna.provider.url.split('token=')[1]!);
    await waitFor(() => secondTab.seen.has(anna.doc.clientID), 'the second tab to hear Anna');
    const { clock } = secondTab.seen.get(anna.doc.clientID)!;
    secondTab.send([{ client: anna.doc.clientID, clock: clock + 1, state: { user: { name: 'Anna Berg', color: '#b91c1c' }, editing: null } }]);
    await waitFor(() => stateOf(bo, anna)?.editing === null, 'the second tab’s state to reach Bo');
    secondTab.close();
    await settle(100);
    expect(stateOf(bo, anna)?.user).toEqual({ name: 'Anna Berg', role: 'editor', color: '#b91c1c' });
  });

  it('[PRS6] awareness messages faster than 30 at once and then ten a second are dropped unread, the connection kept', async () => {
    const id = await fx.createBoard();
    const attacker = await PresenceAttacker.open(fx.wsUrl, id, await shareToken(id));
    for (let clock = 1; clock <= 200; clock++) attacker.send([{ client: 4242, clock, state: {} }]);
    const kept = (await attacker.everyone()).get(4242)!.clock;
    expect(kept).toBeGreaterThanOrEqual(30);
    expect(kept).toBeLessThan(100);
    expect(attacker.closed).toBeUndefined();
    attacker.close();
  });

  it('[PRS5] an awareness message over 32 KB closes its connection with message_too_large; the room keeps nothing of it', async () => {
    const id = await fx.createBoard();
    const attacker = await PresenceAttacker.open(fx.wsUrl, id, await shareToken(id));
    attacker.send(Array.from({ length: 22_000 }, (_, i): ForgedEntry => ({ client: 100_000 + i, clock: 1, state: {} })));
    await waitFor(() => attacker.closed !== undefined, 'the flooder to be closed');
    expect(attacker.closed).toEqual({ code: 1009, reason: 'message_too_large' });
    const watcher = await PresenceAttacker.open(fx.wsUrl, id, fx.token);
    expect((await watcher.everyone()).size).toBe(0);
    watcher.close();
  });
});
