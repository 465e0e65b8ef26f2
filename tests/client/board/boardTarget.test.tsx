// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createCard } from '../../../shared/ops/cards.ts';
import { readMeta } from '../../../shared/read/readMeta.ts';
import { editAccessFor } from '../../../client/auth/editAccess.ts';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { makeBoard } from './boardFixture.ts';
import { renderBoardView } from './renderBoardView.tsx';

afterEach(cleanup);

const totals = () => screen.getByRole('region', { name: 'Summor' });
const nbsp = (text: string | null | undefined): string => (text ?? '').replace(/\u00a0/g, ' ');

describe('the board target in the totals header', () => {
  it('prints the true share when the board is over target, fills the bar only to the end, and says the target is exceeded', () => {
    renderBoardView(buildSeedBoard(hsfAtgarder));
    expect(nbsp(screen.getByTestId('board-total').textContent)).toBe('237 000 tkr av målet 213 000 tkr');
    expect(nbsp(totals().querySelector('.progress-value')?.textContent)).toBe('111 %');
    const bar = within(totals()).getByRole('progressbar', { name: 'Andel av målet' });
    expect([bar.getAttribute('aria-valuenow'), nbsp(bar.getAttribute('aria-valuetext'))]).toEqual(['100', '111 %']);
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('100%');
    expect(nbsp(within(totals()).getByText(/Målet är överskridet/).textContent).trim()).toBe('Målet är överskridet med 24 000 tkr');
  });

  it('says nothing of exceeding while the board is under target', () => {
    const { doc, columns } = makeBoard({ title: 'Åtgärder', kind: 'measures', target: 10_000 });
    createCard(doc, { column: columns[0]!, title: 'A', fields: { decisionLevel: 'political', effect: 2500 } });
    renderBoardView(doc);
    expect(nbsp(totals().querySelector('.progress-value')?.textContent)).toBe('25 %');
    expect(within(totals()).queryByText(/överskridet/)).toBeNull();
  });

  it('sets, changes and clears the target from the board, typed as the UI language writes numbers', async () => {
    const { doc } = makeBoard({ title: 'Åtgärder', kind: 'measures' });
    const user = userEvent.setup();
    renderBoardView(doc);
    expect(within(totals()).queryByRole('progressbar')).toBeNull();

    await user.click(within(totals()).getByRole('button', { name: 'Sätt mål' }));
    let dialog = screen.getByRole('dialog', { name: 'Tavlans mål' });
    await user.type(within(dialog).getByLabelText('Mål (tkr/år)'), '1.500{Enter}');
    expect(readMeta(doc).target).toBe(1500);
    await user.click(within(dialog).getAllByRole('button', { name: 'Stäng' }).at(-1)!);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(within(totals()).getByRole('button', { name: 'Ändra mål' }));
    expect(within(totals()).getByRole('progressbar')).toBeTruthy();

    await user.click(within(totals()).getByRole('button', { name: 'Ändra mål' }));
    dialog = screen.getByRole('dialog', { name: 'Tavlans mål' });
    const field = within(dialog).getByLabelText('Mål (tkr/år)') as HTMLInputElement;
    expect(field.value).toBe('1\u00a0500');
    await user.clear(field);
    await user.type(field, '1,500');
    await user.tab();
    expect(within(dialog).getByText(/Talet kan läsas på två sätt/)).toBeTruthy();
    expect(readMeta(doc).target).toBe(1500);
    await user.clear(field);
    await user.tab();
    expect(readMeta(doc).target).toBeUndefined();
  });

  it('[ROLE4] [ROLE5] offers the target to editors and facilitators only: read-only roles see it disabled', () => {
    for (const [role, disabled] of [['viewer', true], ['unitChief', true], ['editor', false], ['facilitator', false]] as const) {
      renderBoardView(buildSeedBoard(hsfAtgarder), { access: editAccessFor({ role, scope: ['Kirurgi'] }, 'Bo') });
      expect((within(totals()).getByRole('button', { name: 'Ändra mål' }) as HTMLButtonElement).disabled, role).toBe(disabled);
      cleanup();
    }
  });

  it('is not offered on boards that do not sum effects', () => {
    renderBoardView(makeBoard({ title: 'Uppdrag', kind: 'assignments' }).doc);
    expect(within(totals()).queryByRole('button', { name: /mål/ })).toBeNull();
  });
});
