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
  it('[LED2] [LED3] fills the bar with what is decided, marks what is proposed behind it, and names each with amount and share', () => {
    renderBoardView(buildSeedBoard(hsfAtgarder));
    expect(nbsp(screen.getByTestId('board-total').textContent)).toBe('237 000 tkr av målet 213 000 tkr');
    const bar = within(totals()).getByRole('progressbar', { name: 'Beslutat av målet' });
    // 36 000 of 213 000 is decided (the seed's two cards in "Verkställa beslut"): 17 %, not the 111 % proposed.
    expect([bar.getAttribute('aria-valuenow'), nbsp(bar.getAttribute('aria-valuetext'))]).toEqual(['17', 'Beslutat 17 % av målet, föreslaget 111 %']);
    expect(nbsp(screen.getByTestId('progress-decided').textContent).trim()).toBe('Beslutat 36 000 tkr (17 %)');
    expect(nbsp(screen.getByTestId('progress-proposed').textContent).trim()).toBe('Föreslaget 237 000 tkr (111 %)');
    const [proposed, decided] = [...bar.children] as HTMLElement[];
    expect([proposed!.className, proposed!.style.width]).toEqual(['progress-proposed', '100%']);
    expect(decided!.className).toBe('progress-fill');
    expect(Number.parseFloat(decided!.style.width)).toBeCloseTo((36_000 / 213_000) * 100, 5);
    // Proposals past the target are not the target reached.
    expect(within(totals()).queryByText(/Beslutat överskrider/)).toBeNull();
    expect(nbsp(within(totals()).getByText(/Förslagen överskrider/).textContent).trim()).toBe(
      'Förslagen överskrider målet med 24 000 tkr; målet är nått först när de är beslutade',
    );
  });

  it('[LED2] says the target is exceeded only once what is decided exceeds it, and follows the filter', async () => {
    const { doc, columns } = makeBoard({ title: 'Åtgärder', kind: 'measures', target: 10_000 });
    createCard(doc, { column: columns.at(-1)!, title: 'Beslutad', fields: { decisionLevel: 'official', effect: 12_000, unit: 'Kirurgi' } });
    createCard(doc, { column: columns[0]!, title: 'Förslag', fields: { decisionLevel: 'political', effect: 2500, unit: 'Medicin' } });
    renderBoardView(doc);
    expect(within(totals()).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(nbsp(screen.getByTestId('progress-decided').textContent).trim()).toBe('Beslutat 12 000 tkr (120 %)');
    expect(nbsp(screen.getByTestId('progress-proposed').textContent).trim()).toBe('Föreslaget 14 500 tkr (145 %)');
    expect(nbsp(within(totals()).getByText(/överskrider/).textContent).trim()).toBe('Beslutat överskrider målet med 2 000 tkr');

    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Verksamhet' }), 'Medicin');
    expect(within(totals()).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    expect(nbsp(screen.getByTestId('progress-proposed').textContent).trim()).toBe('Föreslaget 2 500 tkr (25 %)');
    expect(within(totals()).queryByText(/överskrider/)).toBeNull();
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
