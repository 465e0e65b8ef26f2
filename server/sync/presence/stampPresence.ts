import { isValidId } from '../../../shared/ids.ts';
import { leaderPlaceOf, sameLeaderPlace, type LeaderPlace } from '../../../shared/meeting/leaderViewShape.ts';
import type { BoardRole } from '../../storage/roleNames.ts';
import type { SyncAccess } from '../UpdateGate.ts';

/** A presence colour as the client's card and avatar styles take it (PRS4); anything else could be CSS. */
export const PRESENCE_COLOR = /^#[0-9a-f]{6}$/i;

/** What the server writes on every state a connection announces (PRS3): who it is, never what it says it is. */
export interface PresenceStamp {
  /** The account's display name; empty for a share link, which has none (the client names it). */
  name: string;
  role: BoardRole;
}

/** The stamp of a connection's account or share link. */
export const presenceStampOf = (access: SyncAccess): PresenceStamp => ({
  name: access.principal.kind === 'user' ? access.displayName : '',
  role: access.role,
});

/** Where a meeting's participant takes part from (PRS4): a presence never says 'absent', it is there. */
export const PRESENCE_ATTENDANCE = ['room', 'remote'] as const;
export type PresenceAttendance = (typeof PRESENCE_ATTENDANCE)[number];

/** What the facilitator shows (PRS4): the agenda item, and the board and card on screen, `at` the server's clock when that place was chosen. */
export interface PresenceView extends LeaderPlace {
  at: number;
}

/** What the server writes a view's `at` from (PRS4): its clock now, and the view it holds from that client id before. */
export interface ViewClock {
  now: number;
  previous: PresenceView | undefined;
}

/** A state as the server stores and relays it (PRS3, PRS4): these fields and no others. */
export interface StampedState {
  user: { name: string; role: BoardRole; color?: string };
  editing: string | null;
  attendance?: PresenceAttendance;
  view?: PresenceView;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isId = (value: unknown): value is string => typeof value === 'string' && isValidId(value);

const isAttendance = (value: unknown): value is PresenceAttendance => (PRESENCE_ATTENDANCE as readonly unknown[]).includes(value);

/**
 * PRS4: a view as the projector may follow it, or undefined. Only a facilitator's: anyone else's
 * would let a participant steer the room's screen. Its place is checked as every client checks it
 * (leaderPlaceOf); its `at` is the server's, never the sender's, or a facilitator whose clock runs
 * ahead would win over every other for as long as it does: the clock's now when the place differs
 * from the one held before, else the `at` it was first chosen at.
 */
function viewOf(sent: unknown, role: BoardRole, clock: ViewClock): PresenceView | undefined {
  if (role !== 'facilitator') return undefined;
  const place = leaderPlaceOf(sent);
  if (!place) return undefined;
  return { ...place, at: clock.previous && sameLeaderPlace(clock.previous, place) ? clock.previous.at : clock.now };
}

/**
 * Builds the state the server keeps from one a client sent (PRS3, PRS4): the stamp's
 * name and role, the client's colour when it is `#rrggbb`, the card it edits when that is a valid
 * id and the role may change cards (a viewer edits nothing), where it takes part from when that is
 * 'room' or 'remote', and the view it shows when it is a facilitator's, at the server's time (`clock`).
 * Null when the sent state is not an object.
 */
export function stampState(sent: unknown, stamp: PresenceStamp, clock: ViewClock): StampedState | null {
  if (!isRecord(sent)) return null;
  const color = isRecord(sent.user) ? sent.user.color : undefined;
  const { editing, attendance } = sent;
  const view = viewOf(sent.view, stamp.role, clock);
  return {
    user: { name: stamp.name, role: stamp.role, ...(typeof color === 'string' && PRESENCE_COLOR.test(color) && { color }) },
    editing: isId(editing) && stamp.role !== 'viewer' ? editing : null,
    ...(isAttendance(attendance) && { attendance }),
    ...(view && { view }),
  };
}
