// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createCard } from '../../../shared/ops/cards.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { makeBoard } from './boardFixture.ts';
import { renderBoardView } from './renderBoardView.tsx';

afterEach(cleanup);

/** dnd-kit's own live region, where its announcements go. */
const liveRegion = () => document.querySelector('[id^="DndLiveRegion"]')!;

describe('moving a card with the keyboard alone', () => {
  it('crosses to the next column in the same lane and announces card, column, lane and position in Swedish', async () => {
    const { doc, columns } = makeBoard();
    const a = createCard(doc, { column: columns[0]!, title: 'Kort A', fields: { decisionLevel: 'political' } });
    createCard(doc, { column: columns[1]!, title: 'Kort B', fields: { decisionLevel: 'political' } });
    const user = userEvent.setup();
    renderBoardView(doc);

    screen.getByRole('button', { name: 'Dra kortet Kort A' }).focus();
    await user.keyboard('[Space]');
    expect(liveRegion().textContent).toBe('Tog upp Kort A. Beredning och riskbedömning, Kräver politiskt beslut, position 1 av 1.');
    await user.keyboard('[ArrowRight]');
    expect(liveRegion().textContent).toBe('Kort A är över Samverkan i FSG, Kräver politiskt beslut, position 1 av 2.');
    await user.keyboard('[Space]');

    expect(readCard(doc, a)?.column).toBe(columns[1]);
    expect(liveRegion().textContent).toBe('Kort A släpptes i Samverkan i FSG, Kräver politiskt beslut, position 1 av 2.');
  });

  it('moves down through the column into the next lane, changing the decision level', async () => {
    const { doc, columns } = makeBoard();
    const a = createCard(doc, { column: columns[0]!, title: 'Kort A', fields: { decisionLevel: 'political' } });
    const user = userEvent.setup();
    renderBoardView(doc);

    screen.getByRole('button', { name: 'Dra kortet Kort A' }).focus();
    await user.keyboard('[Space]');
    // Alone in its cell, Down goes straight to the (empty) official lane below; a second Down meets the bottom edge.
    await user.keyboard('[ArrowDown][ArrowDown]');
    expect(liveRegion().textContent).toBe('Kort A är över Beredning och riskbedömning, Beslutas på tjänstemannanivå, position 1 av 1.');
    await user.keyboard('[Space]');
    expect(readCard(doc, a)?.decisionLevel).toBe('official');
  });

  it('tells, in both languages, that Up and Down go on into the next lane', () => {
    const { doc, columns } = makeBoard();
    createCard(doc, { column: columns[0]!, title: 'Kort A', fields: { decisionLevel: 'political' } });
    const instructions = (name: string) => document.getElementById(screen.getByRole('button', { name }).getAttribute('aria-describedby')!)?.textContent;
    renderBoardView(doc);
    expect(instructions('Dra kortet Kort A')).toContain('upp och ned inom kolumnen, och förbi spårets första eller sista kort vidare till spåret ovanför eller under');
    cleanup();
    renderBoardView(doc, { lng: 'en' });
    expect(instructions('Drag the card Kort A')).toContain('past the lane’s first or last card on into the lane above or below');
  });

  it('Escape cancels the move and says where the card stays', async () => {
    const { doc, columns } = makeBoard();
    const a = createCard(doc, { column: columns[0]!, title: 'Kort A', fields: { decisionLevel: 'political' } });
    const user = userEvent.setup();
    renderBoardView(doc);

    screen.getByRole('button', { name: 'Dra kortet Kort A' }).focus();
    await user.keyboard('[Space][ArrowRight]');
    await user.keyboard('[Escape]');
    expect(readCard(doc, a)?.column).toBe(columns[0]);
    expect(liveRegion().textContent).toBe('Flytten avbröts. Kort A ligger kvar i Beredning och riskbedömning, Kräver politiskt beslut, position 1 av 1.');
  });
});
