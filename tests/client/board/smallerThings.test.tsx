// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveCard, createCard, moveCard } from '../../../shared/ops/cards.ts';
import { setWipLimit } from '../../../shared/ops/columns.ts';
import { makeBoard } from './boardFixture.ts';
import { renderBoardView } from './renderBoardView.tsx';

afterEach(cleanup);

describe('the smaller things on the board', () => {
  it('A11Y20: filtered totals say what they sum, not "Hela tavlan"', async () => {
    const { doc, columns } = makeBoard({ title: 'Åtgärder', kind: 'measures', target: 10_000 });
    createCard(doc, { column: columns[0]!, title: 'Hyrpersonal', fields: { unit: 'Kirurgi', effect: 3000 } });
    createCard(doc, { column: columns[0]!, title: 'Inköp', fields: { unit: 'Medicin', effect: 1000 } });
    createCard(doc, { column: columns[1]!, title: 'Lokaler', fields: { unit: 'Medicin' } });
    const user = userEvent.setup();
    renderBoardView(doc);
    const line = () => document.querySelector('.totals-line')!.textContent;
    expect(line()).toMatch(/^Hela tavlan: 3 kort/);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Verksamhet' }), 'Medicin');
    expect(line()).toMatch(/^Filtrerat: 2 av 3 kort/);
    expect(line()).not.toContain('Hela tavlan');
  });

  it('A11Y22: 249 700 of 250 000 decided reads 99,9 %, not 100 %', () => {
    const { doc, columns } = makeBoard({ title: 'Åtgärder', kind: 'measures', target: 250_000 });
    createCard(doc, { column: columns.at(-1)!, title: 'Hyrpersonal', fields: { effect: 249_700 } });
    renderBoardView(doc);
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('99.9');
    expect(screen.getByTestId('progress-decided').textContent!.replace(/\s/g, ' ').trim()).toBe('Beslutat 249 700 tkr (99,9 %)');
  });

  it('A11Y21: a column emptied of its cards loses its WIP warning', () => {
    const { doc, columns } = makeBoard({ title: 'Åtgärder', kind: 'measures' });
    setWipLimit(doc, columns[0]!, 1);
    const a = createCard(doc, { column: columns[0]!, title: 'Hyrpersonal' });
    const b = createCard(doc, { column: columns[0]!, title: 'Inköp' });
    renderBoardView(doc);
    expect(screen.getByText('Över WIP-gränsen (2 av 1)')).toBeTruthy();

    act(() => moveCard(doc, a, columns[1]!));
    act(() => archiveCard(doc, b));
    expect(screen.queryByText(/Över WIP-gränsen/)).toBeNull();
    expect(document.querySelector('.is-over-wip')).toBeNull();
    expect(screen.getByText('WIP-gräns: 0 av 1')).toBeTruthy();
  });
});
