import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { addAgendaItem } from '../../../shared/meeting/agendaOps.ts';
import { addDecision } from '../../../shared/meeting/decisionOps.ts';
import { endMeeting, startMeeting } from '../../../shared/meeting/runOps.ts';
import { childServerOfTest, type ChildServer } from '../../helpers/serverChild.ts';
import { connectProvider, synced, type ProviderClient } from '../../helpers/serverProvider.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { createMeetingAs } from './meetingFixture.ts';
import { numberNow, paragraphsByMatter } from './numberingFixture.ts';

/** A meeting of the group on `date` with one item and a decision per matter, run and ended by the admin's client; resolves once the client holds the numbers. */
async function endedMeeting(server: ChildServer, date: string, matters: readonly string[]): Promise<{ id: string; client: ProviderClient }> {
  const id = await createMeetingAs(server.url, server.token, { title: `Ledningsgrupp ${date}`, date, group: 'HSF ledningsgrupp' });
  const client = connectProvider(server.url, id, server.token);
  onTestFinished(() => client.destroy());
  await synced(client);
  addAgendaItem(client.doc, { id: 'i1', title: 'Beslut', minutes: 10, kind: 'decision' });
  for (const matter of matters) addDecision(client.doc, 'i1', { matter });
  const now = ((await (await fetch(`${server.url}/api/time`)).json()) as { now: number }).now;
  startMeeting(client.doc, now);
  endMeeting(client.doc, now + 1000);
  await waitFor(() => Object.values(paragraphsByMatter(client.doc)).every((p) => p !== undefined), 'the numbers to reach the client');
  return { id, client };
}

describe('the series survives the server (MTS16, MTS11)', () => {
  it('[MTS16][MTS18][SRV12] numbers given, the server killed with -9 and restarted: the next meeting of the group goes on from them, nothing numbered twice', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-numbering-kill-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const server = await childServerOfTest(dataDir);
    const april = await endedMeeting(server, '2025-04-15', ['COSMIC', 'Budget']);
    const given = paragraphsByMatter(april.client.doc);
    expect(given).toEqual({ COSMIC: 1, Budget: 2 });
    server.process.kill('SIGKILL');
    await server.exited;
    april.client.destroy();

    const restarted = await childServerOfTest(dataDir);
    expect((await numberNow(restarted.url, restarted.token, april.id)).body).toEqual({ numbered: [] });
    const june = await endedMeeting(restarted, '2025-06-18', ['Beredskap']);
    expect(paragraphsByMatter(june.client.doc)).toEqual({ Beredskap: 3 });
    const reread = connectProvider(restarted.url, april.id, restarted.token);
    onTestFinished(() => reread.destroy());
    await synced(reread);
    expect(paragraphsByMatter(reread.doc)).toEqual(given);
  });
});
