// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCard } from '../../../shared/ops/cards.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { makeBoard } from './boardFixture.ts';
import { renderBoardView } from './renderBoardView.tsx';

// Counts the renders of every card face (the component that reads useCard) by card id; the real hook still does the work.
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../../client/state/useCard.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../client/state/useCard.ts')>();
  return {
    useCard: (id: string) => {
      renders.set(id, (renders.get(id) ?? 0) + 1);
      return real.useCard(id);
    },
  };
});

afterEach(cleanup);

/** The ids whose face rendered since `before`. */
const renderedSince = (before: Map<string, number>): string[] => [...renders].filter(([id, n]) => n !== before.get(id)).map(([id]) => id);

describe('dragging a card re-renders the faces it concerns, not the board', () => {
  it('on a board of 200 cards, picking up, moving across and dropping re-renders only the dragged card\'s face', async () => {
    const { doc, columns } = makeBoard();
    const ids = Array.from({ length: 200 }, (_, i) =>
      createCard(doc, { column: columns[i % 4]!, title: `Kort ${i}`, fields: { decisionLevel: i % 2 ? 'official' : 'political', effect: i } }),
    );
    const dragged = ids[0]!;
    const user = userEvent.setup();
    renderBoardView(doc);
    const before = new Map(renders);

    screen.getByRole('button', { name: 'Dra kortet Kort 0' }).focus();
    await user.keyboard('[Space]');
    expect(renderedSince(before)).toEqual([dragged]);
    await user.keyboard('[ArrowRight]');
    expect(renderedSince(before)).toEqual([dragged]);
    await act(() => user.keyboard('[Space]'));

    expect(readCard(doc, dragged)?.column).toBe(columns[1]);
    // The moved card shows its new place; every other face stayed as it was.
    expect(renderedSince(before)).toEqual([dragged]);
  });
});
