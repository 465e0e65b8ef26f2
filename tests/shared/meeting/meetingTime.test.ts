import { describe, expect, it } from 'vitest';
import { meetingTime, swedishDate, swedishTime } from '../../../shared/meeting/meetingTime.ts';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';

const at = (iso: string) => Date.parse(iso);
const snapshot = (startTime: string | undefined, run: MeetingSnapshot['run']): Pick<MeetingSnapshot, 'meta' | 'run'> => ({
  meta: { schemaVersion: 2, kind: 'meeting', title: 'HSN', date: '2025-06-18', ...(startTime === undefined ? {} : { startTime }) },
  run,
});

describe('the minutes keep Swedish time (MTG31)', () => {
  it('[MTG31] the planned start and the end in Swedish summer and winter time, whatever the zone of the machine', () => {
    expect(meetingTime(snapshot('09:00', { status: 'ended', startedAt: at('2025-06-18T07:03:00Z'), endedAt: at('2025-06-18T09:42:00Z') }))).toBe('09:00–11:42');
    expect(swedishTime(at('2025-01-15T08:30:00Z'))).toBe('09:30');
  });

  it('[MTG31] without a planned start, the actual one; never a bare end; nothing known is undefined', () => {
    expect(meetingTime(snapshot(undefined, { status: 'ended', startedAt: at('2025-06-18T07:03:00Z'), endedAt: at('2025-06-18T09:42:00Z') }))).toBe('09:03–11:42');
    expect(meetingTime(snapshot(undefined, { status: 'planned' }))).toBeUndefined();
    expect(meetingTime(snapshot('13:00', { status: 'planned' }))).toBe('13:00');
  });

  it('[MTG31] an approval at 00:30 Swedish time is that day’s, not the day before in UTC', () => {
    expect(swedishDate('2025-06-19T22:30:00Z')).toBe('2025-06-20');
    expect(swedishDate('not a time')).toBe('not a time');
  });
});
