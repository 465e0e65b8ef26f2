/**
 * Follow mode of a participant (FOL4 in shared/SPEC.md), as a value: never followed yet,
 * following the facilitator, or left by the participant's own hand, when "Följ igen" shows.
 */
export type FollowStatus = 'idle' | 'following' | 'left';

/** What changes the follow mode: the participant chooses to follow, or leaves (an input in the stage or "Sluta följa"). */
export type FollowEvent = 'follow' | 'leave';

/** The next follow mode: leaving is possible only while following, so "Följ igen" means the participant did leave. */
export function nextFollowStatus(status: FollowStatus, event: FollowEvent): FollowStatus {
  if (event === 'follow') return 'following';
  return status === 'following' ? 'left' : status;
}

/** The DOM events in the stage that may take a participant out of follow mode (see leavesFollow). */
export const STAGE_INPUT_EVENTS = ['wheel', 'touchmove', 'pointerdown', 'click', 'keydown', 'beforeinput'] as const;

/** The part of a DOM event leavesFollow reads. */
export interface StageInput {
  type: string;
  key?: string;
}

// Keys that scroll a page or a scroll container; Tab and the modifiers only move focus or do nothing.
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', ' ', 'Spacebar']);

/**
 * Whether an input in the stage leaves follow mode: the participant's own scrolling (wheel, touch,
 * scroll keys), clicking (a pointer, or Enter on a button) or editing (typing, pasting). Scroll
 * events are not among them: the follower's own programmatic scroll to the facilitator's card
 * fires them too, and must not end the mode it serves.
 */
export function leavesFollow(input: StageInput): boolean {
  switch (input.type) {
    case 'wheel':
    case 'touchmove':
    case 'pointerdown':
    case 'click':
    case 'beforeinput':
      return true;
    case 'keydown':
      return input.key !== undefined && SCROLL_KEYS.has(input.key);
    default:
      return false;
  }
}
