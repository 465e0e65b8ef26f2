// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editCardText, updateCardField } from '../../../shared/ops/cards.ts';
import { connectPeer, makeBoardOfCards } from './boardFixture.ts';
import { renderedSince, renders } from './cardRenderCounts.ts';
import { renderBoardView } from './renderBoardView.tsx';

vi.mock('../../../client/state/useCard.ts', async (importOriginal) => (await import('./cardRenderCounts.ts')).countingUseCard(importOriginal));

afterEach(cleanup);

describe('a board re-renders only the cards a change touches', () => {
  it('a remote edit of card A re-renders A and not card B', () => {
    const { doc, ids } = makeBoardOfCards(30);
    const a = ids[0]!;
    const remote = connectPeer(doc);
    renderBoardView(doc);
    const before = new Map(renders);

    act(() => editCardText(remote, a, 'title', 6, 0, ' (nytt)'));
    act(() => updateCardField(remote, a, 'effect', 900));

    expect(screen.getByRole('article', { name: 'Kort 0 (nytt)' })).toBeTruthy();
    expect(renders.get(a)).toBe(before.get(a)! + 2);
    // B and the 28 others kept their faces.
    expect(renderedSince(before)).toEqual([a]);
  });
});
