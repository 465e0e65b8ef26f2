import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { LeaderView } from './leaderView.ts';
import { STAGE_INPUT_EVENTS, leavesFollow, nextFollowStatus, type FollowStatus } from './followState.ts';
import { useLeaderView } from './useLeaderView.ts';
import { useRevealCard } from './useRevealCard.ts';

export interface FollowOptions {
  /** The meeting room's presence, where the facilitator's view is (undefined before the session). */
  awareness: Awareness | undefined;
  /** What follows the facilitator: the board area; inputs inside it leave follow mode. */
  stageRef: RefObject<HTMLElement | null>;
  /** False for whoever may not follow (the facilitator runs the meeting): then nothing is listened to. */
  enabled: boolean;
  /**
   * Called when the user's own input leaves follow mode, with the view followed until then, in the
   * same event: a page that keeps that view on its stage then re-renders once, with the board still
   * there, so the click or keystroke that left goes on to the card it was meant for.
   */
  onLeave?: (view: LeaderView | undefined) => void;
}

export interface Follow {
  status: FollowStatus;
  following: boolean;
  /** The facilitator's view (whether or not this user follows it); the page shows it while `following`. */
  view: LeaderView | undefined;
  follow(): void;
  leave(): void;
}

/** Marks the follow bar, whose own buttons are never an input that leaves (it may sit inside the stage). */
export const FOLLOW_BAR_ATTRIBUTE = 'data-follow-bar';

/**
 * "Följ mötesledaren" (FOL4): while following, the facilitator's card is brought into view
 * in the stage, and the user's own scrolling, clicking or editing there (followState.leavesFollow)
 * leaves follow mode, after which the page shows "Följ igen". Listens on the document, capturing,
 * so a stage that mounts later and inputs that the stage's children stop are both seen.
 */
export function useFollow({ awareness, stageRef, enabled, onLeave }: FollowOptions): Follow {
  const view = useLeaderView(enabled ? awareness : undefined);
  const [status, setStatus] = useState<FollowStatus>('idle');
  const following = enabled && status === 'following';
  const follow = useCallback(() => setStatus((s) => nextFollowStatus(s, 'follow')), []);
  const leave = useCallback(() => setStatus((s) => nextFollowStatus(s, 'leave')), []);
  // The listener below is set up once per follow; it reads the view and callback of the latest render.
  const latest = useRef({ view, onLeave });
  latest.current = { view, onLeave };

  useEffect(() => {
    if (!following) return;
    const onInput = (event: Event): void => {
      const stage = stageRef.current;
      const target = event.target;
      if (!stage || !(target instanceof Node) || !stage.contains(target)) return;
      if (target instanceof Element && target.closest(`[${FOLLOW_BAR_ATTRIBUTE}]`)) return;
      if (!leavesFollow({ type: event.type, ...(event instanceof KeyboardEvent && { key: event.key }) })) return;
      latest.current.onLeave?.(latest.current.view);
      leave();
    };
    const options = { capture: true, passive: true } as const;
    for (const type of STAGE_INPUT_EVENTS) document.addEventListener(type, onInput, options);
    return () => {
      for (const type of STAGE_INPUT_EVENTS) document.removeEventListener(type, onInput, options);
    };
  }, [following, stageRef, leave]);

  useRevealCard(stageRef, following ? view?.cardId : undefined);
  return { status: enabled ? status : 'idle', following, view, follow, leave };
}
