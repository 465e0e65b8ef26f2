// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCard } from '../../../shared/read/readCard.ts';
import { makeBoardOfCards } from './boardFixture.ts';
import { renderedSince, renders } from './cardRenderCounts.ts';
import { renderBoardView } from './renderBoardView.tsx';

vi.mock('../../../client/state/useCard.ts', async (importOriginal) => (await import('./cardRenderCounts.ts')).countingUseCard(importOriginal));

afterEach(cleanup);

describe('dragging a card re-renders the faces it concerns, not the board', () => {
  it('on a board of 200 cards, picking up, moving across and dropping re-renders only the dragged card\'s face', async () => {
    const { doc, columns, ids } = makeBoardOfCards(200);
    const dragged = ids[0]!;
    const user = userEvent.setup();
    renderBoardView(doc);
    const before = new Map(renders);

    screen.getByRole('button', { name: 'Dra kortet Kort 0' }).focus();
    await user.keyboard('[Space]');
    expect(renderedSince(before)).toEqual([dragged]);
    await user.keyboard('[ArrowRight]');
    expect(renderedSince(before)).toEqual([dragged]);
    await user.keyboard('[Space]');

    expect(readCard(doc, dragged)?.column).toBe(columns[1]);
    // The moved card shows its new place; every other face stayed as it was.
    expect(renderedSince(before)).toEqual([dragged]);
  });
});
