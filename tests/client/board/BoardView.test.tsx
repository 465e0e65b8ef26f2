// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen, within } from '@testing-library/react';

// Keep no-break spaces as they are: sv-SE grouping and the unit must not wrap on a projector.
const exact = { normalizer: (text: string) => text };
import { afterEach, describe, expect, it } from 'vitest';
import { createCard } from '../../../shared/ops/cards.ts';
import { setWipLimit } from '../../../shared/ops/columns.ts';
import { makeBoard } from './boardFixture.ts';
import { renderBoardView } from './renderBoardView.tsx';

afterEach(cleanup);

describe('BoardView', () => {
  it('shows columns, both decision-level lanes, cards and sv-SE totals against the target', () => {
    const { doc, columns } = makeBoard({ title: 'Åtgärder', kind: 'measures', target: 200_000 });
    createCard(doc, { column: columns[0]!, title: 'Minska hyrpersonal', fields: { effect: 157_000, decisionLevel: 'political', status: 'yellow', unit: 'Kirurgi' } });
    createCard(doc, { column: columns[1]!, title: 'Samordna inköp', fields: { decisionLevel: 'official' } });
    renderBoardView(doc);

    expect(screen.getByRole('heading', { name: 'Beredning och riskbedömning' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Kräver politiskt beslut/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Beslutas på tjänstemannanivå/ })).toBeTruthy();
    const card = screen.getByRole('article', { name: 'Minska hyrpersonal' });
    expect(within(card).getByText('157\u00a0000\u00a0tkr', exact)).toBeTruthy();
    // The status badge says its status in words, not only by colour.
    expect(within(card).getByText('Gul')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Samordna inköp' })).getByText('Effekt okänd')).toBeTruthy();
    expect(screen.getByTestId('board-total').textContent).toBe('157\u00a0000\u00a0tkr av målet 200\u00a0000\u00a0tkr');
    // The bar is what is decided (LED2): no card is in the last column yet.
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByTestId('progress-proposed').textContent).toBe(' Föreslaget 157\u00a0000\u00a0tkr (79 %)');
  });

  it('warns with text when a column holds more cards than its WIP limit', () => {
    const { doc, columns } = makeBoard();
    setWipLimit(doc, columns[0]!, 1);
    createCard(doc, { column: columns[0]!, title: 'A', fields: { decisionLevel: 'political' } });
    createCard(doc, { column: columns[0]!, title: 'B', fields: { decisionLevel: 'official' } });
    renderBoardView(doc);
    expect(screen.getByText(/Över WIP-gränsen \(2 av 1\)/)).toBeTruthy();
  });

  it('speaks English when the UI language is English', () => {
    const { doc, columns } = makeBoard({ title: 'M', kind: 'measures', target: 1000 });
    createCard(doc, { column: columns[0]!, title: 'A', fields: { effect: 1500, decisionLevel: 'political' } });
    renderBoardView(doc, { lng: 'en' });
    expect(screen.getByText('1,500\u00a0kSEK', exact)).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Needs a political decision/ })).toBeTruthy();
  });
});
