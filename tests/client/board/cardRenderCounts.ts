import type * as UseCardModule from '../../../client/state/useCard.ts';

/** How often each card's face has rendered in this test file, by card id (counted through useCard). */
export const renders = new Map<string, number>();

/**
 * The useCard module with every call counted in `renders`; the real hook still does the work.
 * It is vi.mock's factory for client/state/useCard.ts: CardItem is the one component on the
 * board that reads useCard, so a call is one render of a card face.
 */
export async function countingUseCard(importOriginal: () => Promise<typeof UseCardModule>): Promise<typeof UseCardModule> {
  const real = await importOriginal();
  return {
    ...real,
    useCard: (id: string) => {
      renders.set(id, (renders.get(id) ?? 0) + 1);
      return real.useCard(id);
    },
  };
}

/** The ids whose face rendered since `before` (a copy of `renders` taken then). */
export const renderedSince = (before: Map<string, number>): string[] => [...renders].filter(([id, n]) => n !== before.get(id)).map(([id]) => id);
