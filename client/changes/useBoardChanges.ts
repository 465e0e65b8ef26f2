import { useCallback, useEffect, useMemo, useState } from 'react';
import { nextMeeting, type MeetingListing } from '../../shared/changes/boardMeetings.ts';
import type { CardChanges } from '../../shared/changes/collapseChanges.ts';
import { formatDate } from '../i18n/format.ts';
import type { ChangesApi, ChangesSince, PreviousMeeting } from './changesApi.ts';
import { lastVisit, rememberVisit } from './lastVisit.ts';

/** What "Ändrat sedan…" counts from: the previous meeting's end (CHG7), this user's last visit here, or a chosen day. */
export type SinceMode = 'meeting' | 'visit' | 'date';

/** The user's choice; `mode` undefined is the default: the previous meeting, else the last visit, else a date. */
export interface ChangesChoice {
  mode?: SinceMode;
  /** `YYYY-MM-DD`, counted from this browser's midnight. */
  date: string;
  excludeMine: boolean;
}

export type ChangesStatus = 'loading' | 'idle' | 'ready' | 'failed';

/** The board's change view: the meetings it counts from and reports to, the choice, and the changes. */
export interface BoardChanges {
  /** The board's previous meeting as the server chose it (CHS3); undefined until it has answered, or when there is none. */
  previous: PreviousMeeting | undefined;
  next: MeetingListing | undefined;
  /** When this user last left the board here (ISO), read as the board opened. */
  visit: string | null;
  mode: SinceMode;
  choice: ChangesChoice;
  /** What the changes are asked since; undefined while there is nothing to ask (no date chosen). */
  since: ChangesSince | undefined;
  /** `idle`: nothing to ask; `loading`: asking (the last answer's cards stay meanwhile). */
  status: ChangesStatus;
  cards: readonly CardChanges[];
  choose(patch: Partial<ChangesChoice>): void;
}

const NONE: readonly CardChanges[] = Object.freeze([]);

/** Midnight of a `YYYY-MM-DD` day in this browser's time zone, as an ISO time; undefined for no day. */
function dayStart(date: string): string | undefined {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return undefined;
  return new Date(year, month - 1, day).toISOString();
}

function sinceOf(mode: SinceMode, visit: string | null, date: string): ChangesSince | undefined {
  if (mode === 'meeting') return { kind: 'previous' };
  const time = mode === 'visit' ? (visit ?? undefined) : dayStart(date);
  return time === undefined ? undefined : { kind: 'time', since: time };
}

/** Names one question to the server, so an answer is shown only for the question it answers. */
const askedKey = (since: ChangesSince, excludeMine: boolean): string => `${since.kind === 'previous' ? 'previous' : since.since}|${excludeMine}`;

/** Remembers, for "since my last visit", when this user leaves the board: on closing the page and on leaving its route. */
function useRememberVisit(userKey: string | null, boardId: string): string | null {
  const [visit] = useState(() => (userKey === null ? null : lastVisit(userKey, boardId)));
  useEffect(() => {
    if (userKey === null) return;
    const leave = (): void => rememberVisit(userKey, boardId);
    globalThis.addEventListener?.('pagehide', leave);
    return () => {
      globalThis.removeEventListener?.('pagehide', leave);
      leave();
    };
  }, [userKey, boardId]);
  return visit;
}

/**
 * The change view's state for one board (CHG7, CHG8, CHS1, CHS3): the previous meeting as the
 * server chooses it (so a reader on no meeting, a share link too, counts from it), the next among
 * the meetings this user may read, the choice, and the collapsed changes since, asked again
 * whenever the choice or `version` (a spell of board changes) changes. Until the server has said
 * there is no previous meeting, the default asks since it.
 */
export function useBoardChanges(boardId: string, api: ChangesApi, userKey: string | null, version: number): BoardChanges {
  const visit = useRememberVisit(userKey, boardId);
  const [meetings, setMeetings] = useState<MeetingListing[] | undefined>(undefined);
  // undefined: not yet answered; null: the server found none (CHS3).
  const [previous, setPrevious] = useState<PreviousMeeting | null | undefined>(undefined);
  const [choice, setChoice] = useState<ChangesChoice>({ date: '', excludeMine: false });
  const [answer, setAnswer] = useState<{ key: string; status: 'ready' | 'failed'; cards: readonly CardChanges[] } | undefined>(undefined);

  useEffect(() => {
    let current = true;
    api.meetings().then(
      (found) => current && setMeetings(found),
      () => current && setMeetings([]),
    );
    return () => void (current = false);
  }, [api, boardId]);

  const next = useMemo(() => (meetings ? nextMeeting(meetings, boardId, formatDate(new Date())) : undefined), [meetings, boardId]);
  const mode = choice.mode ?? (previous === null ? (visit ? 'visit' : 'date') : 'meeting');
  const since = useMemo(() => sinceOf(mode, visit, choice.date), [mode, visit, choice.date]);
  const { excludeMine } = choice;
  const key = since === undefined ? '' : askedKey(since, excludeMine);

  useEffect(() => {
    if (since === undefined) return;
    let current = true;
    const asked = askedKey(since, excludeMine);
    api.changes(boardId, since, excludeMine).then(
      (answered) => {
        if (!current) return;
        if (since.kind === 'previous') setPrevious(answered.previous ?? null);
        setAnswer({ key: asked, status: 'ready', cards: answered.cards });
      },
      () => current && setAnswer((before) => ({ key: asked, status: 'failed', cards: before?.key === asked ? before.cards : NONE })),
    );
    return () => void (current = false);
  }, [api, boardId, since, excludeMine, version]);

  const choose = useCallback((patch: Partial<ChangesChoice>) => setChoice((before) => ({ ...before, ...patch })), []);
  const status: ChangesStatus = since === undefined ? 'idle' : answer?.key === key ? answer.status : 'loading';
  const cards = since === undefined ? NONE : (answer?.cards ?? NONE);
  return { previous: previous ?? undefined, next, visit, mode, choice, since, status, cards, choose };
}
