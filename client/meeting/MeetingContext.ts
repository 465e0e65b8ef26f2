import { createContext, useContext } from 'react';
import type { BoardSession } from '../sync/boardSession.ts';
import type { DecisionActions } from './useDecisionActions.ts';
import type { MeetingActions } from './useMeetingActions.ts';
import type { ServerTime } from './useServerClock.ts';

/** What every part of the meeting page shares: the open meeting, its actions and what this user may do. */
export interface MeetingContextValue {
  meetingId: string;
  session: BoardSession;
  actions: MeetingActions;
  /** Decisions and the minutes (MTG22-MTG29). */
  decisions: DecisionActions;
  /** This user's account id (a justerare approves in their own, MTS15); undefined for a share link. */
  userId: string | undefined;
  /** Facts, attendees, agenda and notes (an editor's or facilitator's, MTG13). */
  canEdit: boolean;
  /** The running state: current item, timer, start and end (a facilitator's only, MTG13). */
  canRun: boolean;
  /** The server's clock the timers read and the running state is stamped with (MTG17). */
  clock: ServerTime;
}

export const MeetingContext = createContext<MeetingContextValue | null>(null);

/** The meeting the component is rendered in; throws outside the meeting page. */
export function useMeetingContext(): MeetingContextValue {
  const value = useContext(MeetingContext);
  if (!value) throw new Error('useMeetingContext: no MeetingContext above this component');
  return value;
}
