import { useCallback } from 'react';

/** The smallest text on a card, in `u` (the details, PresentationView.css). */
const SMALLEST_EM = 0.85;
/** The legible size of the smallest text (FOL6): 1/55 of the screen's height, 19.6 px at 1080 and 13.1 px at 720. */
export const LEGIBLE_SHARE = 1 / 55;
/** How far above the layout's plan the type may grow when the cards' text is shorter than planned. */
const MAX_SCALE = 1.3;
/** Halvings of the search: the scale ends within 1/256 of the largest that fits. */
const STEPS = 8;
/** Text that ends in an ellipsis (or the header's clip) when it does not fit: what must fit whole. */
const CUT_WHEN_LONG = '.presentation-header h2, .presentation-total, .presentation-column, .presentation-lane-name, .presented-face-title, .presented-face dd';

const overflows = (element: Element): boolean => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;

/** Whether anything of the board is cut: the board scrolls, or a title, a name, a unit or a number ends in an ellipsis. */
function anythingCut(board: HTMLElement): boolean {
  return overflows(board) || [...board.querySelectorAll(CUT_WHEN_LONG)].some(overflows);
}

/** Sets `--fit-scale` on `board` now and whenever it is resized or its text changes; returns the cleanup. */
function watchFit(board: HTMLElement): () => void {
  const fits = (scale: number): boolean => {
    board.style.setProperty('--fit-scale', String(scale));
    return !anythingCut(board);
  };
  const fit = (): void => {
    if (!board.isConnected) return;
    board.style.setProperty('--fit-scale', '1');
    const planned = parseFloat(getComputedStyle(board).fontSize);
    if (!(planned > 0)) return; // not laid out (hidden, or no layout engine)
    const legible = (window.innerHeight * LEGIBLE_SHARE) / SMALLEST_EM / planned;
    let [low, high] = [legible, Math.max(MAX_SCALE, legible)];
    if (fits(high)) return;
    if (fits(low)) {
      for (let step = 0; step < STEPS; step++) {
        const middle = (low + high) / 2;
        if (fits(middle)) low = middle;
        else high = middle;
      }
    }
    board.style.setProperty('--fit-scale', String(low));
  };
  fit();
  // Its own style is not watched: setting the scale is no change to fit again for.
  const textChanged = new MutationObserver(fit);
  textChanged.observe(board, { childList: true, characterData: true, subtree: true });
  const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(fit);
  resized?.observe(board);
  // A web font that arrives late changes every line's width.
  void document.fonts?.ready.then(fit);
  return () => {
    textChanged.disconnect();
    resized?.disconnect();
  };
}

/**
 * The ref for the presentation view's board that keeps its type fitted (FOL6): `--fit-scale` is the
 * largest that leaves every word whole and the board on one screen, and no smaller than the
 * legible size. The layout (presentationLayout) plans with a typical card; this measures the real
 * ones, in the fonts this screen has. A board that cannot fit at the legible size keeps that size
 * and scrolls, its longest texts ending in an ellipsis.
 */
export function useFitType(): (board: HTMLElement | null) => (() => void) | undefined {
  return useCallback((board: HTMLElement | null) => (board ? watchFit(board) : undefined), []);
}
