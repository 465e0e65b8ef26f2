import type { AgendaItem, MeetingSnapshot } from '../../shared/meeting/readMeeting.ts';
import { actualMinutes } from '../../shared/meeting/timer.ts';

/** The agenda's time plan as the page shows it: when each item is planned to start, the sum and the planned end. */
export interface AgendaPlan {
  /** Per item id, its planned start as `HH:MM` when the meeting has a start time. */
  startsAt: ReadonlyMap<string, string>;
  /** The sum of every item's planned minutes. */
  totalMinutes: number;
  /** The start time plus the sum, as `HH:MM` (past midnight it reads on: 24:30), when the meeting has a start time. */
  endsAt?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** Minutes since midnight of `HH:MM`, or undefined for anything else. */
function minutesOf(time: string | undefined): number | undefined {
  const match = time === undefined ? null : /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** The planned time boxes back to back from the meeting's start time, in agenda order. */
export function agendaPlan(agenda: readonly AgendaItem[], startTime: string | undefined): AgendaPlan {
  const start = minutesOf(startTime);
  const startsAt = new Map<string, string>();
  let total = 0;
  for (const item of agenda) {
    if (start !== undefined) startsAt.set(item.id, clock(start + total));
    total += item.minutes;
  }
  return { startsAt, totalMinutes: total, ...(start !== undefined && { endsAt: clock(start + total) }) };
}

/** Planned against actual minutes of one item, once its timer has run; undefined before. */
export interface PlannedActual {
  planned: number;
  actual: number;
}

/** An item's planned and actual minutes (MTG19), read at `now` (a running timer still counts). */
export function plannedActual(meeting: MeetingSnapshot, item: AgendaItem, now: number): PlannedActual | undefined {
  const progress = meeting.progress[item.id];
  if (!progress || (progress.elapsedMs === 0 && progress.runningSince === undefined)) return undefined;
  return { planned: item.minutes, actual: actualMinutes(progress, now) };
}
