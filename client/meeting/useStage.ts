import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { publishLeaderView } from './leaderView.ts';
import { useFollow, type Follow } from './useFollow.ts';
import { usePointedCard } from './usePointedCard.ts';

/** What the stage (the board area of the meeting page) shows: an agenda item, and the board and card it opens. */
export interface StageView {
  itemId: string;
  boardId?: string;
  cardId?: string;
}

export interface Stage {
  /** What the stage shows now: this user's choice, or, while following, the facilitator's view. */
  view: StageView | null;
  /** Shows a board of an item (a participant who chooses one leaves follow mode; a facilitator leads, MTP9). */
  show(view: StageView): void;
  close(): void;
  /** This facilitator moved the meeting (start, next item, go to an item): their view is published from now on (MTP9). */
  lead(): void;
  /** A participant's follow mode (FOL4); none for the facilitator, who is followed. */
  follow: Follow | undefined;
  /** The card pointed at or opened in the stage (FOL3). */
  pointedCard: string | undefined;
}

export interface StageOptions {
  /** The meeting room's presence, where the facilitator's view goes. */
  awareness: Awareness;
  stageRef: RefObject<HTMLElement | null>;
  /** Whether this user runs the meeting: their view is published, never followed. */
  leader: boolean;
  /** The meeting's current item: the facilitator's view names it while no board is on the stage. */
  currentItem: string | undefined;
  /** The server's clock: a view's `at` (FOL1), so the newest of two facilitators' views wins. */
  now: () => number;
}

/** The stage's part of a leader's view: the item, board and card, without the moment it was chosen. */
const stageViewOf = ({ itemId, boardId, cardId }: StageView): StageView => ({ itemId, ...(boardId !== undefined && { boardId }), ...(cardId !== undefined && { cardId }) });

/**
 * The stage's state. The facilitator's stage is their own choice, cleared when the meeting moves
 * to another item (the old item's board is no longer the subject), and published as the leader's
 * view (FOL1, FOL2) with the card they point at (FOL3), but only once they have acted on the
 * meeting themselves (MTP9): an admin or second facilitator who opens the page to read would
 * otherwise take the projector over. A participant's stage is their own choice until they follow
 * the facilitator (FOL4), and then the facilitator's view.
 */
export function useStage({ awareness, stageRef, leader, currentItem, now }: StageOptions): Stage {
  const [local, setLocal] = useState<StageView | null>(null);
  // Opening the page is no action: only the facilitator's own start, move or board makes them lead.
  const [leading, setLeading] = useState(false);
  const publishing = leader && leading;
  const pointedCard = usePointedCard(stageRef);
  // Leaving follow mode keeps the followed board on the stage, so the click that left lands on it; the
  // facilitator's card is no longer marked as theirs (FOL4).
  const follow = useFollow({ awareness, stageRef, enabled: !leader, onLeave: (left) => left && setLocal({ itemId: left.itemId, ...(left.boardId !== undefined && { boardId: left.boardId }) }) });

  const previousItem = useRef(currentItem);
  useEffect(() => {
    if (previousItem.current === currentItem) return;
    previousItem.current = currentItem;
    if (leader) setLocal(null);
  }, [leader, currentItem]);

  useEffect(() => {
    if (!publishing) return;
    const itemId = local?.itemId ?? currentItem;
    if (itemId === undefined) return publishLeaderView(awareness, null);
    const cardId = local?.boardId === undefined ? undefined : (pointedCard ?? local.cardId);
    publishLeaderView(awareness, { itemId, ...(local?.boardId !== undefined && { boardId: local.boardId }), ...(cardId !== undefined && { cardId }), at: now() });
  }, [publishing, awareness, local, currentItem, pointedCard, now]);
  // A facilitator who leaves the page shows nothing any more.
  useEffect(() => (publishing ? () => publishLeaderView(awareness, null) : undefined), [publishing, awareness]);

  const { leave } = follow;
  const show = useCallback(
    (view: StageView) => {
      leave();
      setLocal(view);
      setLeading(true);
    },
    [leave],
  );
  const lead = useCallback(() => setLeading(true), []);
  const close = useCallback(() => {
    leave();
    setLocal(null);
  }, [leave]);

  const followed = follow.following ? follow.view : undefined;
  const view: StageView | null = follow.following ? (followed ? stageViewOf(followed) : null) : local;
  return { view, show, close, lead, follow: leader ? undefined : follow, pointedCard };
}
