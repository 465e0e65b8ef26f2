import type { MeetingSnapshot } from './readMeeting.ts';

/**
 * The meeting's region keeps Swedish time (MTG31): a protokoll read or printed on a laptop set to
 * another zone still says when the meeting sat in Sweden.
 */
const SWEDISH_ZONE = 'Europe/Stockholm';

/** An ISO time as the calendar date in Sweden (`YYYY-MM-DD`): an approval at 00:30 Swedish time is that day's, not the day before in UTC. */
export function swedishDate(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: SWEDISH_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(time);
}

/** Epoch ms as the time of day in Sweden (`HH:MM`). */
export function swedishTime(ms: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: SWEDISH_ZONE, hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
}

/**
 * "09:00–11:42", the minutes' time (MTG31): the planned start, else the actual one, and the end
 * once the meeting has ended, in Swedish time; undefined when neither is known. Never a bare end.
 */
export function meetingTime({ meta, run }: Pick<MeetingSnapshot, 'meta' | 'run'>): string | undefined {
  const start = meta.startTime ?? (run.startedAt === undefined ? undefined : swedishTime(run.startedAt));
  const end = run.endedAt === undefined ? undefined : swedishTime(run.endedAt);
  return [start, end].filter((t) => t !== undefined).join('–') || undefined;
}
