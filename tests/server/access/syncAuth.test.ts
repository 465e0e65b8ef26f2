import { describe, expect, it } from 'vitest';
import { createCard, editCardText, updateCardField } from '../../../shared/ops/cards.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { authHeaders, setMember } from '../../helpers/serverAuth.ts';
import { cardIds, loadStoredDoc } from '../../helpers/serverBoards.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { settle, waitFor } from '../../helpers/serverWait.ts';
import { upgradeStatus, watchAuth } from './syncClients.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
let usernames = 0;
/** A fresh account per call (the server lives for the whole file). */
const newUser = async (displayName: string) => {
  const username = `user${++usernames}`;
  return { username, token: await fx.user(username, displayName) };
};

/** A measures board with a Kirurgi card `kir` and an Ortopedi card `ort`, made by the admin. */
async function boardWithCards(): Promise<string> {
  const id = await fx.createBoard('Åtgärder', 'measures');
  const admin = fx.provider(id);
  await synced(admin);
  const column = readColumns(admin.doc)[0]!.id;
  createCard(admin.doc, { id: 'kir', column, title: 'Kirurgins kort', fields: { unit: 'Kirurgi', effect: 20_000 } });
  createCard(admin.doc, { id: 'ort', column, title: 'Ortopedins kort', fields: { unit: 'Ortopedi', effect: 5_000 } });
  await waitFor(async () => cardIds(await loadStoredDoc(fx.storage, id)).length === 2, 'the cards to be stored');
  return id;
}

const storedCard = async (id: string, cardId: string) => readCard(await loadStoredDoc(fx.storage, id), cardId);

describe('/sync upgrades (AUTH9, AUTH10)', () => {
  it('[AUTH9] no token or a bad one is 401, a user without access to the board 403, an unknown board 404, before any websocket', async () => {
    const id = await fx.createBoard();
    const stranger = await newUser('Främling');
    expect(await upgradeStatus(`${fx.wsUrl}/sync/${id}`)).toBe(401);
    expect(await upgradeStatus(`${fx.wsUrl}/sync/${id}?token=nonsense`)).toBe(401);
    expect(await upgradeStatus(`${fx.wsUrl}/sync/${id}?token=${stranger.token}`)).toBe(403);
    expect(await upgradeStatus(`${fx.wsUrl}/sync/nosuchboard?token=${stranger.token}`)).toBe(404);
    expect(await upgradeStatus(`${fx.wsUrl}/sync/${id}?token=${fx.token}`)).toBe(101);
    expect(await upgradeStatus(`${fx.wsUrl}/sync/${id}`, { cookie: `tavla_session=${fx.token}` })).toBe(101);
    expect(await upgradeStatus(`${fx.wsUrl}/sync/${id}`, { authorization: `Bearer ${fx.token}` })).toBe(101);
  });

  it('[AUTH10] a browser upgrade from another site is 403 even with the victim’s cookie; the server’s own origin is let in', async () => {
    const id = await fx.createBoard();
    const cookie = `tavla_session=${fx.token}`;
    expect(await upgradeStatus(`${fx.wsUrl}/sync/${id}`, { cookie, origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(`${fx.wsUrl}/sync/${id}`, { cookie, origin: fx.url })).toBe(101);
  });
});

describe('a viewer (UPD3, ROLE5)', () => {
  it('[UPD3] a viewer’s edit is never applied, stored or relayed; it is told so and reads on', async () => {
    const id = await boardWithCards();
    const viewer = await newUser('Vera Visare');
    await setMember(fx.url, fx.token, id, viewer.username, 'viewer');
    const editor = fx.provider(id);
    const reader = fx.provider(id, viewer.token);
    const watch = watchAuth(reader);
    await Promise.all([synced(editor), synced(reader)]);

    updateCardField(reader.doc, 'kir', 'effect', 1);
    await waitFor(() => watch.denied.length > 0, 'the permission-denied message');
    expect(watch.denied).toEqual(['read_only']);
    await settle();
    expect(readCard(editor.doc, 'kir')?.effect).toBe(20_000);
    expect((await storedCard(id, 'kir'))?.effect).toBe(20_000);
    expect(fx.logs.lines.filter((line) => line.event === 'update_refused' && line.docId === id)).toHaveLength(1);

    // Still connected: the viewer sees what others change.
    expect(watch.closed).toBeUndefined();
    updateCardField(editor.doc, 'ort', 'effect', 7_000);
    await waitFor(() => readCard(reader.doc, 'ort')?.effect === 7_000, 'the viewer to see the editor’s change');
  });
});

describe('a unit chief (ROLE4, UPD4)', () => {
  it('[ROLE4] an edit of a card of their unit is accepted, stored and relayed', async () => {
    const id = await boardWithCards();
    const chief = await newUser('Anna Sundén');
    await setMember(fx.url, fx.token, id, chief.username, 'unitChief', ['Kirurgi']);
    const editor = fx.provider(id);
    const anna = fx.provider(id, chief.token);
    await Promise.all([synced(editor), synced(anna)]);
    updateCardField(anna.doc, 'kir', 'effect', 15_000);
    editCardText(anna.doc, 'kir', 'comment', 0, 0, 'Uppdaterat');
    await waitFor(() => readCard(editor.doc, 'kir')?.comment === 'Uppdaterat', 'the editor to see the unit chief’s edit');
    expect(readCard(editor.doc, 'kir')?.effect).toBe(15_000);
    await expect.poll(async () => (await storedCard(id, 'kir'))?.effect).toBe(15_000);
  });

  it('[UPD4] an edit reaching a neighbour’s card is refused whole: nothing stored or relayed, the client told and closed, and a reload gets the server’s state', async () => {
    const id = await boardWithCards();
    const chief = await newUser('Anna Sundén');
    await setMember(fx.url, fx.token, id, chief.username, 'unitChief', ['Kirurgi']);
    const editor = fx.provider(id);
    const anna = fx.provider(id, chief.token);
    const watch = watchAuth(anna);
    await Promise.all([synced(editor), synced(anna)]);

    anna.doc.transact(() => {
      updateCardField(anna.doc, 'kir', 'effect', 1);
      updateCardField(anna.doc, 'ort', 'effect', 1);
    });
    await waitFor(() => watch.closed !== undefined, 'the refused connection to close');
    expect(watch.denied).toEqual(['out_of_scope']);
    expect(watch.closed).toEqual({ code: 4403, reason: 'update_refused' });
    await settle();
    expect([readCard(editor.doc, 'kir')?.effect, readCard(editor.doc, 'ort')?.effect]).toEqual([20_000, 5_000]);
    const stored = await loadStoredDoc(fx.storage, id);
    expect([readCard(stored, 'kir')?.effect, readCard(stored, 'ort')?.effect]).toEqual([20_000, 5_000]);
    expect(fx.logs.lines.filter((line) => line.event === 'connection_closed' && line.reason === 'update_refused')).not.toHaveLength(0);

    // What the client does on that close (client/auth): drop its copy and load the board afresh.
    anna.destroy();
    const reloaded = fx.provider(id, chief.token);
    await synced(reloaded);
    expect(readBoard(reloaded.doc)).toEqual(readBoard(editor.doc));
    updateCardField(reloaded.doc, 'kir', 'effect', 18_000);
    await waitFor(() => readCard(editor.doc, 'kir')?.effect === 18_000, 'the reloaded unit chief’s next edit to be accepted');
  });
});

describe('revocation closes connections (AUTH11)', () => {
  it('[AUTH11] logging out closes that session’s connections with 4401; its token is refused from then on', async () => {
    const id = await fx.createBoard();
    const user = await newUser('Utloggad');
    await setMember(fx.url, fx.token, id, user.username, 'editor');
    const client = fx.provider(id, user.token);
    const watch = watchAuth(client);
    await synced(client);
    const out = await fetch(`${fx.url}/api/auth/logout`, { method: 'POST', headers: authHeaders(user.token) });
    expect(out.status).toBe(200);
    await waitFor(() => watch.closed !== undefined, 'the connection to close');
    expect(watch.closed).toEqual({ code: 4401, reason: 'unauthorized' });
    expect(await upgradeStatus(`${fx.wsUrl}/sync/${id}?token=${user.token}`)).toBe(401);
  });

  it('[AUTH11] a removed member is closed with 4403; a changed role reconnects (4001) with the new role', async () => {
    const id = await boardWithCards();
    const user = await newUser('Rolf Roll');
    await setMember(fx.url, fx.token, id, user.username, 'viewer');
    const editor = fx.provider(id);
    const client = fx.provider(id, user.token);
    const watch = watchAuth(client);
    await Promise.all([synced(editor), synced(client)]);

    await setMember(fx.url, fx.token, id, user.username, 'editor');
    await waitFor(() => fx.logs.lines.some((line) => line.reason === 'access_changed' && line.docId === id), 'the role-change close');
    await synced(client);
    await waitFor(() => client.provider.wsconnected && client.provider.synced, 'the reconnect');
    updateCardField(client.doc, 'ort', 'effect', 9);
    await waitFor(() => readCard(editor.doc, 'ort')?.effect === 9, 'the new editor’s change to arrive');

    const removed = await fetch(`${fx.url}/api/boards/${id}/members/${user.username}`, { method: 'DELETE', headers: authHeaders(fx.token) });
    expect(removed.status).toBe(204);
    await waitFor(() => watch.closed !== undefined, 'the removed member’s connection to close');
    expect(watch.closed).toEqual({ code: 4403, reason: 'forbidden' });
  });

  it('[AUTH8] a share link opens its board read-only; revoking it closes the connection and refuses the next upgrade', async () => {
    const id = await boardWithCards();
    const made = await fetch(`${fx.url}/api/boards/${id}/share`, { method: 'POST', headers: authHeaders(fx.token) });
    const { id: shareId, token } = (await made.json()) as { id: string; token: string };
    const projector = fx.provider(id, token);
    const watch = watchAuth(projector);
    await synced(projector);
    expect(cardIds(projector.doc)).toEqual(['kir', 'ort']);
    updateCardField(projector.doc, 'kir', 'effect', 0);
    await waitFor(() => watch.denied.length > 0, 'the projector’s edit to be refused');
    expect((await storedCard(id, 'kir'))?.effect).toBe(20_000);

    const revoked = await fetch(`${fx.url}/api/boards/${id}/share/${shareId}`, { method: 'DELETE', headers: authHeaders(fx.token) });
    expect(revoked.status).toBe(204);
    await waitFor(() => watch.closed !== undefined, 'the projector to be closed');
    expect(watch.closed).toEqual({ code: 4403, reason: 'forbidden' });
    expect(await upgradeStatus(`${fx.wsUrl}/sync/${id}?token=${token}`)).toBe(401);
  });
});

describe('history (HIST1-HIST5)', () => {
  it('[HIST1] edits by two users are recorded field by field with who and when; a refused edit leaves nothing', async () => {
    const id = await boardWithCards();
    const anna = await newUser('Anna Sundén');
    const bo = await newUser('Bo Ek');
    const viewer = await newUser('Vera Visare');
    await setMember(fx.url, fx.token, id, anna.username, 'editor');
    await setMember(fx.url, fx.token, id, bo.username, 'editor');
    await setMember(fx.url, fx.token, id, viewer.username, 'viewer');
    const a = fx.provider(id, anna.token);
    const b = fx.provider(id, bo.token);
    const v = fx.provider(id, viewer.token);
    const watch = watchAuth(v);
    await Promise.all([synced(a), synced(b), synced(v)]);

    updateCardField(a.doc, 'kir', 'effect', 15_000);
    await waitFor(() => readCard(b.doc, 'kir')?.effect === 15_000, 'Anna’s change to reach Bo');
    editCardText(b.doc, 'ort', 'comment', 0, 0, 'Bos kommentar');
    updateCardField(v.doc, 'ort', 'effect', 0);
    await waitFor(() => readCard(a.doc, 'ort')?.comment === 'Bos kommentar' && watch.denied.length > 0, 'Bo’s change and the viewer’s refusal');

    const feed = await fetch(`${fx.url}/api/boards/${id}/history`, { headers: authHeaders(anna.token) });
    const { entries } = (await feed.json()) as { entries: Record<string, unknown>[] };
    const mine = entries.filter((entry) => entry.actor === 'Anna Sundén' || entry.actor === 'Bo Ek' || entry.actor === 'Vera Visare');
    expect(mine.map(({ id: _id, at: _at, userId: _user, ...rest }) => rest)).toEqual([
      { actor: 'Bo Ek', cardId: 'ort', field: 'comment', change: 'text' },
      { actor: 'Anna Sundén', cardId: 'kir', field: 'effect', change: 'set', from: 20_000, to: 15_000 },
    ]);
    expect(Date.parse(mine[1]!.at as string)).not.toBeNaN();
    const card = await fetch(`${fx.url}/api/boards/${id}/history?cardId=kir`, { headers: authHeaders(viewer.token) });
    expect(((await card.json()) as { entries: { cardId: string }[] }).entries.every((entry) => entry.cardId === 'kir')).toBe(true);
  });
});
