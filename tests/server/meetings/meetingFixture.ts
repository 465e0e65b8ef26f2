import type * as Y from 'yjs';
import { addAgendaItem } from '../../../shared/meeting/agendaOps.ts';
import { authHeaders, setMember } from '../../helpers/serverAuth.ts';
import { appendEdit, handMadeUpdate, type Attacker } from '../../helpers/serverAttacker.ts';
import { loadStoredDoc } from '../../helpers/serverBoards.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import type { Storage } from '../../../server/storage/Storage.ts';
import type { useInProcessServer } from '../../helpers/serverInProcess.ts';

type Fixture = ReturnType<typeof useInProcessServer>;

/** Creates a meeting through POST /api/meetings as the owner of `token` (the admin by default); its id. */
export async function createMeetingAs(url: string, token: string, body: Record<string, unknown> = { title: 'HSF ledningsgrupp, april 2025', date: '2025-04-15' }): Promise<string> {
  const response = await fetch(`${url}/api/meetings`, { method: 'POST', headers: authHeaders(token), body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`meeting not created: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Adds agenda items `i1`, `i2`, `i3` straight into a stored meeting whose room is not open, as the seeds would. */
export async function appendAgenda(storage: Storage, id: string, boards: readonly string[] = []): Promise<void> {
  await appendEdit(storage, id, (doc: Y.Doc) => {
    addAgendaItem(doc, { id: 'i1', title: 'COSMIC', minutes: 10, kind: 'information', presenter: 'Anna Berg', boards: [...boards] });
    addAgendaItem(doc, { id: 'i2', title: 'Arbetet med åtgärder', minutes: 20, kind: 'discussion' });
    addAgendaItem(doc, { id: 'i3', title: 'Civil beredskap', minutes: 15, kind: 'decision' });
  });
}

let accounts = 0;

/** A new account with `role` on the meeting (or board) `id`: its session token. Usernames are unique per server. */
export async function memberOf(fx: Fixture, id: string, role: 'facilitator' | 'editor' | 'unitChief' | 'viewer', displayName: string = role): Promise<string> {
  const username = `${role.toLowerCase()}${++accounts}`;
  const token = await fx.user(username, displayName);
  await setMember(fx.url, fx.token, id, username, role, role === 'unitChief' ? ['Kirurgi'] : undefined);
  return token;
}

/** A read-only share link of `id` as the admin makes it (POST /api/boards/:id/share): its token, url and id. */
export async function shareOf(fx: Fixture, id: string): Promise<{ id: string; token: string; url: string }> {
  const made = await fetch(`${fx.url}/api/boards/${id}/share`, { method: 'POST', headers: authHeaders(fx.token) });
  if (made.status !== 201) throw new Error(`no share link: ${made.status} ${await made.text()}`);
  return (await made.json()) as { id: string; token: string; url: string };
}

/** Sends what `edit` changes on the stored meeting, hand-made as an attacker would; resolves once taken or refused. */
export async function sendEdit(storage: Storage, attacker: Attacker, id: string, edit: (doc: Y.Doc) => void): Promise<void> {
  await attacker.send(await handMadeUpdate(storage, id, edit));
}

/** The stored meeting `id`, read as plain data. */
export async function storedMeeting(storage: Storage, id: string): Promise<ReturnType<typeof readMeeting>> {
  const doc = await loadStoredDoc(storage, id);
  const snapshot = readMeeting(doc);
  doc.destroy();
  return snapshot;
}
