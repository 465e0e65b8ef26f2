import { describe, expect, it } from 'vitest';
import { previousMeeting } from '../../../shared/changes/boardMeetings.ts';
import { endMeeting, startMeeting } from '../../../shared/meeting/runOps.ts';
import { appendEdit } from '../../helpers/serverAttacker.ts';
import { authHeaders } from '../../helpers/serverAuth.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { appendAgenda, createMeetingAs, memberOf } from '../meetings/meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

describe('GET /api/meetings names what a board’s changes count from (MTS7, CHG7)', () => {
  it('[MTS7][CHG7] each meeting lists its group, start time, end time and the boards its agenda links; the previous meeting of a board follows from the list', async () => {
    const board = await fx.createBoard('Åtgärder', 'measures');
    const ended = await createMeetingAs(fx.url, fx.token, { title: 'April', date: '2025-04-29', startTime: '09:00', group: 'HSF ledningsgrupp' });
    const planned = await createMeetingAs(fx.url, fx.token, { title: 'Juni', date: '2099-06-17', group: 'HSF ledningsgrupp' });
    await appendAgenda(fx.storage, ended, [board]);
    const endedAt = Date.now();
    await appendEdit(fx.storage, ended, (doc) => {
      startMeeting(doc, endedAt - 60_000);
      endMeeting(doc, endedAt);
    });

    const reader = await memberOf(fx, ended, 'viewer', 'Vera Visare');
    const response = await fetch(`${fx.url}/api/meetings`, { headers: authHeaders(fx.token) });
    const meetings = (await response.json()) as Record<string, unknown>[];
    expect(meetings.find((m) => m.id === ended)).toEqual({
      id: ended,
      title: 'April',
      date: '2025-04-29',
      status: 'ended',
      group: 'HSF ledningsgrupp',
      startTime: '09:00',
      endedAt: new Date(endedAt).toISOString(),
      boards: [board],
      updatedAt: expect.any(String),
    });
    expect(meetings.find((m) => m.id === planned)).toMatchObject({ status: 'planned', boards: [] });
    expect(meetings.find((m) => m.id === planned)).not.toHaveProperty('endedAt');
    expect(previousMeeting(meetings as never, board)?.id).toBe(ended);

    // A reader lists only the meetings it has a role on (ROLE6), with the same facts.
    const own = (await (await fetch(`${fx.url}/api/meetings`, { headers: authHeaders(reader) })).json()) as { id: string; boards: string[] }[];
    expect(own.map((m) => [m.id, m.boards])).toEqual([[ended, [board]]]);
  });
});
