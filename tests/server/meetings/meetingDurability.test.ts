import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { addAgendaItem } from '../../../shared/meeting/agendaOps.ts';
import { getItemNotes } from '../../../shared/meeting/meetingDoc.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { goToItem, startMeeting } from '../../../shared/meeting/runOps.ts';
import { authHeaders } from '../../helpers/serverAuth.ts';
import { childServerOfTest, type ChildServer } from '../../helpers/serverChild.ts';
import { connectProvider, synced, type ProviderClient } from '../../helpers/serverProvider.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { createMeetingAs } from './meetingFixture.ts';

/** The admin's y-websocket client of `id` on `server`, destroyed when the test ends. */
function connect(server: ChildServer, id: string): ProviderClient {
  const client = connectProvider(server.url, id, server.token);
  onTestFinished(() => client.destroy());
  return client;
}

describe('a meeting survives the server (MTS11)', () => {
  it('[MTS11][SRV12] kill -9 in the middle of a running meeting loses nothing a second client had received: agenda, running state, notes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-meeting-kill-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const server = await childServerOfTest(dataDir);
    const id = await createMeetingAs(server.url, server.token, { title: 'Möte före kill -9', date: '2025-04-15' });
    const facilitator = connect(server, id);
    const watcher = connect(server, id);
    await Promise.all([synced(facilitator), synced(watcher)]);
    addAgendaItem(facilitator.doc, { id: 'i1', title: 'COSMIC', minutes: 10, kind: 'information' });
    addAgendaItem(facilitator.doc, { id: 'i2', title: 'Arbetet med åtgärder', minutes: 20, kind: 'discussion' });
    const now = ((await (await fetch(`${server.url}/api/time`)).json()) as { now: number }).now;
    startMeeting(facilitator.doc, now);
    goToItem(facilitator.doc, 'i2', now + 1000);
    let typed = 0;
    const notes = getItemNotes(facilitator.doc, 'i2')!;
    const stream = setInterval(() => notes.insert(notes.length, `${typed++} `), 2);
    await waitFor(() => (getItemNotes(watcher.doc, 'i2')?.length ?? 0) > 60, 'the watcher to receive part of the notes');
    server.process.kill('SIGKILL');
    await server.exited;
    clearInterval(stream);
    facilitator.destroy();
    watcher.destroy();
    const seen = readMeeting(watcher.doc);
    expect(typed).toBeGreaterThan(0);

    const restarted = await childServerOfTest(dataDir);
    const reader = connect(restarted, id);
    await synced(reader);
    const recovered = readMeeting(reader.doc);
    expect(recovered.run).toEqual(seen.run);
    expect(recovered.agenda.map((item) => item.id)).toEqual(['i1', 'i2']);
    expect(recovered.agenda[1]!.notes.startsWith(seen.agenda[1]!.notes)).toBe(true);
    const listed = (await (await fetch(`${restarted.url}/api/meetings`, { headers: authHeaders(restarted.token) })).json()) as { id: string; status: string }[];
    expect(listed.find((meeting) => meeting.id === id)?.status).toBe('running');
    expect(restarted.stderr()).not.toMatch(/board_unreadable/);
  });
});
