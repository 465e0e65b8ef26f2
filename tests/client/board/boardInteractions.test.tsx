// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { createCard, updateCardField } from '../../../shared/ops/cards.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { cardsInColumn } from '../../../shared/read/cardsInColumn.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { makeBoard } from './boardFixture.ts';
import { renderBoardView } from './renderBoardView.tsx';

afterEach(cleanup);

const exact = { normalizer: (text: string) => text };

function measuresBoard() {
  const { doc, columns } = makeBoard({ title: 'Åtgärder', kind: 'measures', target: 10_000 });
  const a = createCard(doc, { column: columns[0]!, title: 'Hyrpersonal', fields: { unit: 'Kirurgi', effect: 3000, decisionLevel: 'political', responsible: ['Anna'] } });
  const b = createCard(doc, { column: columns[0]!, title: 'Inköp', fields: { unit: 'Medicin', effect: 1000, decisionLevel: 'political', status: 'red' } });
  const c = createCard(doc, { column: columns[1]!, title: 'Lokaler', fields: { unit: 'Medicin', decisionLevel: 'official' } });
  return { doc, columns, a, b, c };
}

describe('filters and search', () => {
  it('narrow the cards and the totals, and the totals say they are filtered', async () => {
    const { doc } = measuresBoard();
    const user = userEvent.setup();
    renderBoardView(doc);
    expect(screen.getByTestId('board-total').textContent).toBe('4\u00a0000\u00a0tkr av målet 10\u00a0000\u00a0tkr');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Verksamhet' }), 'Medicin');
    expect(screen.queryByRole('article', { name: 'Hyrpersonal' })).toBeNull();
    expect(screen.getByRole('article', { name: 'Inköp' })).toBeTruthy();
    expect(screen.getByTestId('board-total').textContent).toBe('1\u00a0000\u00a0tkr av målet 10\u00a0000\u00a0tkr');
    expect(screen.getByText('Filtrerat: summorna gäller 2 av 3 kort')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Rensa filter' }));
    await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'anna');
    expect(screen.getAllByRole('article').map((el) => el.getAttribute('aria-label'))).toEqual(['Hyrpersonal']);

    await user.clear(screen.getByRole('searchbox', { name: 'Sök' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'red');
    expect(screen.getAllByRole('article').map((el) => el.getAttribute('aria-label'))).toEqual(['Inköp']);
  });

  it('totals follow an edit of effect made elsewhere', () => {
    const { doc, a } = measuresBoard();
    renderBoardView(doc);
    act(() => updateCardField(doc, a, 'effect', 5000));
    expect(screen.getByTestId('board-total').textContent).toBe('6\u00a0000\u00a0tkr av målet 10\u00a0000\u00a0tkr');
    const header = screen.getByRole('heading', { name: 'Beredning och riskbedömning' }).closest('.column-header')!;
    expect(within(header as HTMLElement).getByText('6\u00a0000\u00a0tkr/år', exact)).toBeTruthy();
  });
});

describe('"Flytta till…"', () => {
  it('moves a card to the chosen column, lane and position without dragging', async () => {
    const { doc, columns, a, c } = measuresBoard();
    const user = userEvent.setup();
    renderBoardView(doc);
    await user.click(screen.getByRole('button', { name: 'Flytta till… – Hyrpersonal' }));
    const dialog = screen.getByRole('dialog', { name: 'Flytta Hyrpersonal' });
    await user.selectOptions(within(dialog).getByLabelText('Kolumn'), columns[1]!);
    await user.selectOptions(within(dialog).getByLabelText('Spår'), 'official');
    const position = within(dialog).getByLabelText('Position');
    expect([...(position as HTMLSelectElement).options].map((o) => o.text)).toEqual(['Position 1 av 2', 'Position 2 av 2']);
    await user.selectOptions(position, '1');
    await user.click(within(dialog).getByRole('button', { name: 'Flytta' }));

    expect(readCard(doc, a)).toMatchObject({ column: columns[1], decisionLevel: 'official' });
    expect(cardsInColumn(readBoard(doc), columns[1]!).map((card) => card.id)).toEqual([a, c]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('live-polite').textContent).toContain('Hyrpersonal flyttades till Samverkan i FSG, Beslutas på tjänstemannanivå, position 1 av 2.');
  });

  it('names no lane on a board without lanes', async () => {
    const { doc, columns } = makeBoard({ title: 'Allmän', kind: 'general' });
    createCard(doc, { column: columns[0]!, title: 'Städning' });
    const user = userEvent.setup();
    renderBoardView(doc);
    await user.click(screen.getByRole('button', { name: 'Flytta till… – Städning' }));
    const dialog = screen.getByRole('dialog', { name: 'Flytta Städning' });
    expect(within(dialog).queryByLabelText('Spår')).toBeNull();
    await user.selectOptions(within(dialog).getByLabelText('Kolumn'), columns[1]!);
    await user.click(within(dialog).getByRole('button', { name: 'Flytta' }));
    expect(screen.getByTestId('live-polite').textContent).toContain('Städning flyttades till Pågår, position 1 av 1.');
  });
});

describe('presence on cards', () => {
  it('shows the name of someone else editing a card, and tells others which card this user opens', async () => {
    const { doc, b } = measuresBoard();
    const local = new Awareness(doc);
    const other = new Awareness(new Y.Doc());
    other.setLocalState({ user: { name: 'Eva', color: '#b91c1c' }, editing: b });
    const user = userEvent.setup();
    renderBoardView(doc, { awareness: local });
    act(() => applyAwarenessUpdate(local, encodeAwarenessUpdate(other, [other.clientID]), 'remote'));

    expect(within(screen.getByRole('article', { name: 'Inköp' })).getByText('Eva redigerar')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Hyrpersonal' })).queryByText(/redigerar/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Öppna Hyrpersonal' }));
    expect(local.getLocalState()?.editing).toBe(readBoard(doc).cards.find((card) => card.title === 'Hyrpersonal')?.id);
    local.destroy();
    other.destroy();
  });
});
