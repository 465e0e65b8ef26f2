import { useEffect, type RefObject } from 'react';
import { isValidId } from '../../shared/ids.ts';

/** The attribute a followed card carries while it is the facilitator's (present.css outlines it). */
export const FOLLOWED_CARD_ATTRIBUTE = 'data-followed';

const reducedMotion = (): boolean => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** The card element of `cardId` in the stage, if it is rendered; an id is letters, digits, `_` and `-` only, so it is safe in the selector. */
const findCard = (stage: HTMLElement, cardId: string): HTMLElement | null =>
  isValidId(cardId) ? stage.querySelector<HTMLElement>(`[data-card-id="${cardId}"]`) : null;

/**
 * Brings the card into view inside the stage and marks it (FOLLOWED_CARD_ATTRIBUTE), once it is
 * rendered: the board of a new view may still be loading when the view arrives, so the stage is
 * watched until the card is there. Smooth unless the user asks for reduced motion.
 */
export function useRevealCard(stageRef: RefObject<HTMLElement | null>, cardId: string | undefined): void {
  useEffect(() => {
    if (cardId === undefined) return;
    let marked: HTMLElement | null = null;
    const reveal = (): boolean => {
      const stage = stageRef.current;
      const element = stage && findCard(stage, cardId);
      if (!element) return false;
      if (element === marked) return true;
      marked?.removeAttribute(FOLLOWED_CARD_ATTRIBUTE);
      marked = element;
      element.setAttribute(FOLLOWED_CARD_ATTRIBUTE, '');
      element.scrollIntoView({ block: 'center', inline: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
      return true;
    };
    reveal();
    // The card can (re)mount later: its board opens, or a move renders it in another cell.
    const observer = new MutationObserver(() => void reveal());
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      marked?.removeAttribute(FOLLOWED_CARD_ATTRIBUTE);
    };
  }, [stageRef, cardId]);
}
