/**
 * Which card the facilitator points at in the stage (FOL3 in shared/SPEC.md), from the focus
 * and the pointer: the card whose editor is open first (its dialog holds the focus), else the card
 * that was focused or hovered last. Pure, so the order of events can be tested without a browser.
 */
export interface PointedState {
  focused?: string;
  hovered?: string;
  /** The card whose editor (a dialog in the stage) has the focus: the card focused when it opened. */
  opened?: string;
  /** Which of focus and hover came last. */
  recent: 'focus' | 'hover';
}

export type PointedEvent =
  /** Focus moved to `card` (undefined: to something that is no card, or out of the stage), or into a dialog in the stage. */
  | { type: 'focus'; card: string | undefined; inDialog: boolean }
  /** The pointer rested on `card` (undefined: on no card, or outside the stage). */
  | { type: 'hover'; card: string | undefined };

export const NOTHING_POINTED: PointedState = Object.freeze({ recent: 'focus' });

const withOptional = (state: PointedState, key: 'focused' | 'hovered' | 'opened', value: string | undefined): PointedState => {
  const next = { ...state };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
};

/** The state after one event. */
export function nextPointed(state: PointedState, event: PointedEvent): PointedState {
  if (event.type === 'hover') return { ...withOptional(state, 'hovered', event.card), recent: 'hover' };
  // Focus entering a dialog keeps the card focused before it: the editor opened from that card.
  if (event.inDialog) return withOptional(state, 'opened', state.opened ?? state.focused);
  return { ...withOptional(withOptional(state, 'opened', undefined), 'focused', event.card), recent: 'focus' };
}

/** The card pointed at, or undefined. */
export function pointedCard(state: PointedState): string | undefined {
  if (state.opened) return state.opened;
  return state.recent === 'hover' ? (state.hovered ?? state.focused) : (state.focused ?? state.hovered);
}
