// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createCard } from '../../../shared/ops/cards.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { makeBoard } from './boardFixture.ts';
import { renderBoardView } from './renderBoardView.tsx';

afterEach(cleanup);

const liveRegion = () => document.querySelector('[id^="DndLiveRegion"]')!;

describe('columns', () => {
  it('move among themselves with the keyboard, announced by column position', async () => {
    const { doc } = makeBoard({ title: 'Allmän', kind: 'general' });
    const user = userEvent.setup();
    renderBoardView(doc);
    screen.getByRole('button', { name: 'Flytta kolumnen Att göra' }).focus();
    await user.keyboard('[Space]');
    await user.keyboard('[ArrowRight]');
    expect(liveRegion().textContent).toBe('Att göra är över kolumnposition 2 av 3.');
    await user.keyboard('[Space]');
    expect(readColumns(doc).map((c) => c.title)).toEqual(['Pågår', 'Att göra', 'Klart']);
  });

  it('are renamed, limited and removed in their settings, moving their cards', async () => {
    const { doc, columns } = makeBoard({ title: 'Allmän', kind: 'general' });
    const card = createCard(doc, { column: columns[0]!, title: 'Kort' });
    const user = userEvent.setup();
    renderBoardView(doc);

    await user.click(screen.getByRole('button', { name: 'Inställningar för Att göra' }));
    let dialog = screen.getByRole('dialog');
    await user.clear(within(dialog).getByLabelText('Kolumnens namn'));
    await user.type(within(dialog).getByLabelText('Kolumnens namn'), 'Inkorg');
    await user.type(within(dialog).getByLabelText('WIP-gräns (antal kort)'), 'noll');
    expect(within(dialog).getByText('Ange ett heltal från 1, eller lämna tomt.')).toBeTruthy();
    await user.clear(within(dialog).getByLabelText('WIP-gräns (antal kort)'));
    await user.type(within(dialog).getByLabelText('WIP-gräns (antal kort)'), '3');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(readColumns(doc)[0]).toMatchObject({ title: 'Inkorg', wipLimit: 3 });
    expect(screen.getByText('WIP-gräns: 1 av 3')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Inställningar för Inkorg' }));
    dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText('Flytta korten till'), columns[2]!);
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort kolumnen' }));
    expect(readColumns(doc).map((c) => c.title)).toEqual(['Pågår', 'Klart']);
    expect(readBoard(doc).cards.find((c) => c.id === card)?.column).toBe(columns[2]);
  });

  it('get new cards and new columns from their buttons', async () => {
    const { doc } = makeBoard({ title: 'Allmän', kind: 'general' });
    const user = userEvent.setup();
    renderBoardView(doc);
    await user.click(screen.getByRole('button', { name: 'Lägg till kort i Pågår' }));
    await user.type(screen.getByPlaceholderText('Kortets titel'), 'Nytt kort{Enter}');
    expect(screen.getByRole('article', { name: 'Nytt kort' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Lägg till kolumn' }));
    expect(readColumns(doc).map((c) => c.title)).toEqual(['Att göra', 'Pågår', 'Klart', 'Ny kolumn']);
  });

  it('give focus back to "Lägg till kort" when Escape closes its form', async () => {
    const { doc } = makeBoard({ title: 'Allmän', kind: 'general' });
    const user = userEvent.setup();
    renderBoardView(doc);
    await user.click(screen.getByRole('button', { name: 'Lägg till kort i Pågår' }));
    expect(document.activeElement).toBe(screen.getByPlaceholderText('Kortets titel'));
    await user.keyboard('Halv{Escape}');
    expect(screen.queryByPlaceholderText('Kortets titel')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Lägg till kort i Pågår' }));
    expect(readBoard(doc).cards).toEqual([]);
  });
});
