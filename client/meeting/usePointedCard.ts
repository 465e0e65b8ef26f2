import { useEffect, useReducer, type RefObject } from 'react';
import { isValidId } from '../../shared/ids.ts';
import { NOTHING_POINTED, nextPointed, pointedCard } from './pointedCard.ts';

/** How long the pointer rests on a card before it counts as pointed at: sweeping across the board does not flash every card on the projector. */
export const HOVER_DWELL_MS = 400;

/** The card an element is part of, inside the stage: its `[data-card-id]` (CardItem), when that is a valid id. */
function cardOf(stage: HTMLElement | null, target: EventTarget | null): string | undefined {
  if (!stage || !(target instanceof Element) || !stage.contains(target)) return undefined;
  const id = target.closest<HTMLElement>('[data-card-id]')?.dataset.cardId;
  return id !== undefined && isValidId(id) ? id : undefined;
}

const inStageDialog = (stage: HTMLElement | null, target: EventTarget | null): boolean =>
  stage !== null && target instanceof Element && stage.contains(target) && target.closest('dialog') !== null;

/**
 * The card the user points at inside the stage (FOL3): the one whose editor is open, else
 * the one focused or hovered last (pointedCard.ts). Listens on the document, so a stage that
 * mounts after the hook (a board still loading) is covered too.
 */
export function usePointedCard(stageRef: RefObject<HTMLElement | null>): string | undefined {
  const [state, dispatch] = useReducer(nextPointed, NOTHING_POINTED);
  useEffect(() => {
    let dwell: ReturnType<typeof setTimeout> | undefined;
    const onFocusIn = (event: FocusEvent): void => {
      const stage = stageRef.current;
      dispatch({ type: 'focus', card: cardOf(stage, event.target), inDialog: inStageDialog(stage, event.target) });
    };
    const onFocusOut = (event: FocusEvent): void => {
      // Focus leaving for nowhere (a closed dialog, a click on the page's background) points at nothing.
      if (event.relatedTarget === null) dispatch({ type: 'focus', card: undefined, inDialog: false });
    };
    const onPointerOver = (event: PointerEvent): void => {
      const card = cardOf(stageRef.current, event.target);
      clearTimeout(dwell);
      dwell = setTimeout(() => dispatch({ type: 'hover', card }), HOVER_DWELL_MS);
    };
    const onPointerLeavePage = (): void => {
      clearTimeout(dwell);
      dispatch({ type: 'hover', card: undefined });
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerover', onPointerOver);
    document.documentElement.addEventListener('pointerleave', onPointerLeavePage);
    return () => {
      clearTimeout(dwell);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerover', onPointerOver);
      document.documentElement.removeEventListener('pointerleave', onPointerLeavePage);
    };
  }, [stageRef]);
  return pointedCard(state);
}
