// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCard, editCardText, updateCardField } from '../../../shared/ops/cards.ts';
import { connectPeer, makeBoard } from './boardFixture.ts';
import { renderBoardView } from './renderBoardView.tsx';

// Counts the renders of every CardItem (the one component that reads useCard on the board) by
// card id; the real hook still does the work.
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

describe('a board re-renders only the cards a change touches', () => {
  it('a remote edit of card A re-renders A and not card B', () => {
    const { doc, columns } = makeBoard();
    const ids = Array.from({ length: 30 }, (_, i) =>
      createCard(doc, { column: columns[i % 4]!, title: `Kort ${i}`, fields: { decisionLevel: i % 2 ? 'official' : 'political', effect: i } }),
    );
    const [a, b] = [ids[0]!, ids[1]!];
    const remote = connectPeer(doc);
    renderBoardView(doc);
    const before = new Map(renders);

    act(() => editCardText(remote, a, 'title', 6, 0, ' (nytt)'));
    act(() => updateCardField(remote, a, 'effect', 900));

    expect(screen.getByRole('article', { name: 'Kort 0 (nytt)' })).toBeTruthy();
    expect(renders.get(a)).toBe(before.get(a)! + 2);
    expect(renders.get(b)).toBe(before.get(b));
    const others = ids.filter((id) => id !== a && renders.get(id) !== before.get(id));
    expect(others).toEqual([]);
  });
});
