import { describe, expect, it } from 'vitest';
import { leavesFollow, nextFollowStatus, type FollowEvent, type FollowStatus } from '../../../client/meeting/followState.ts';
import { NOTHING_POINTED, nextPointed, pointedCard, type PointedEvent } from '../../../client/meeting/pointedCard.ts';

const run = (events: FollowEvent[], from: FollowStatus = 'idle'): FollowStatus => events.reduce(nextFollowStatus, from);

describe('the follow mode (followState)', () => {
  it('[FOL4] starts not following; following and then leaving shows "Följ igen" (left); following again follows', () => {
    expect(run([])).toBe('idle');
    expect(run(['follow'])).toBe('following');
    expect(run(['follow', 'leave'])).toBe('left');
    expect(run(['follow', 'leave', 'follow'])).toBe('following');
  });

  it('[FOL4] leaving without following changes nothing: "Följ igen" only after a real break-out', () => {
    expect(run(['leave'])).toBe('idle');
    expect(run(['follow', 'leave', 'leave'])).toBe('left');
  });

  it('[FOL4] the user’s own scrolling, clicking and editing leave; focus moves and scroll events do not', () => {
    for (const type of ['wheel', 'touchmove', 'pointerdown', 'click', 'beforeinput']) expect(leavesFollow({ type }), type).toBe(true);
    for (const key of ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'PageDown', 'PageUp', 'Home', 'End', ' ']) expect(leavesFollow({ type: 'keydown', key }), key).toBe(true);
    for (const key of ['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'Escape']) expect(leavesFollow({ type: 'keydown', key }), key).toBe(false);
    // A programmatic scrollIntoView fires scroll events only: they never leave.
    for (const type of ['scroll', 'scrollend', 'focusin', 'pointermove', 'keyup']) expect(leavesFollow({ type }), type).toBe(false);
  });
});

const point = (events: PointedEvent[]): string | undefined => pointedCard(events.reduce(nextPointed, NOTHING_POINTED));

describe('the card pointed at (pointedCard)', () => {
  it('[FOL3] the card focused or hovered last; nothing when neither', () => {
    expect(point([])).toBeUndefined();
    expect(point([{ type: 'focus', card: 'a', inDialog: false }])).toBe('a');
    expect(point([{ type: 'focus', card: 'a', inDialog: false }, { type: 'hover', card: 'b' }])).toBe('b');
    expect(point([{ type: 'hover', card: 'b' }, { type: 'focus', card: 'a', inDialog: false }])).toBe('a');
    // The pointer leaving for no card falls back on the focused one, and the other way round.
    expect(point([{ type: 'focus', card: 'a', inDialog: false }, { type: 'hover', card: 'b' }, { type: 'hover', card: undefined }])).toBe('a');
    expect(point([{ type: 'hover', card: 'b' }, { type: 'focus', card: 'a', inDialog: false }, { type: 'focus', card: undefined, inDialog: false }])).toBe('b');
  });

  it('[FOL3] the card whose editor is open wins, whatever the pointer does, until the focus leaves the dialog', () => {
    const opened: PointedEvent[] = [
      { type: 'focus', card: 'a', inDialog: false },
      { type: 'focus', card: undefined, inDialog: true },
      { type: 'focus', card: undefined, inDialog: true },
      { type: 'hover', card: 'b' },
    ];
    expect(point(opened)).toBe('a');
    // Closed: the focus goes back to the card's button, then elsewhere.
    expect(point([...opened, { type: 'focus', card: 'a', inDialog: false }, { type: 'hover', card: undefined }])).toBe('a');
    expect(point([...opened, { type: 'focus', card: undefined, inDialog: false }])).toBe('b');
  });

  it('[FOL3] a dialog opened from no card (column settings) points at nothing', () => {
    expect(point([{ type: 'focus', card: undefined, inDialog: false }, { type: 'focus', card: undefined, inDialog: true }])).toBeUndefined();
  });
});
