// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { moveCard, updateCardField } from '../../../shared/ops/cards.ts';
import { SavingsLedger } from '../../../client/components/ledger/SavingsLedger.tsx';
import { renderInBoard } from './renderInBoard.tsx';
import { connectPeer } from '../board/boardFixture.ts';
import { seriousViolations } from './axeCheck.ts';

afterEach(cleanup);

/** Text as a reader hears it: no-break spaces (sv-SE grouping, number + unit) read as spaces. */
const spoken = (el: Element) => el.textContent!.replace(/\u00a0/g, ' ');

const summary = () => screen.getByText((_, el) => el?.tagName === 'SUMMARY');

describe('SavingsLedger', () => {
  it('[LED1][LED3] sums the seed board: 237 000 proposed, 36 000 decided, target 213 000, in sv-SE', () => {
    renderInBoard(<SavingsLedger />, buildSeedBoard(hsfAtgarder));
    expect(summary().textContent!.trim()).toBe('Besparingar: Föreslaget 237\u00a0000\u00a0tkr · beslutat 36\u00a0000\u00a0tkr · mål 213\u00a0000\u00a0tkr');
  });

  it('[LED2][LED5] opens to tables of lanes and stages, and charts with a text alternative', async () => {
    const user = userEvent.setup();
    renderInBoard(<SavingsLedger />, buildSeedBoard(hsfAtgarder));
    // A native <summary>: reached by Tab, opened by Enter or Space in the browser (jsdom only knows the click).
    await user.tab();
    expect(document.activeElement).toBe(summary());
    await user.click(summary());
    expect(summary().closest('details')!.open).toBe(true);

    const lanes = screen.getByRole('table', { name: 'Föreslaget och beslutat per spår' });
    const political = within(lanes).getByRole('row', { name: /Kräver politiskt beslut/ });
    expect(within(political).getAllByRole('cell').map(spoken)).toEqual(['157 000 tkr', '0 tkr', '157 000 tkr']);
    const official = within(lanes).getByRole('row', { name: /Beslutas på tjänstemannanivå/ });
    expect(within(official).getAllByRole('cell').map(spoken)).toEqual(['80 000 tkr', '36 000 tkr', '44 000 tkr']);

    const stages = screen.getByRole('table', { name: 'Effekt per steg' });
    expect(within(stages).getByRole('rowheader', { name: /Verkställa beslut \(beslutat\)/ })).toBeTruthy();
    expect(screen.getByText(/Beslutat = åtgärder i sista steget, Verkställa beslut\./)).toBeTruthy();
    expect(screen.getByRole('img', { name: /föreslaget 237\s000\stkr och beslutat 36\s000\stkr mot målet 213\s000\stkr/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /effekt per steg/ })).toBeTruthy();
    const bars = screen.getByRole('img', { name: /mot målet/ });
    expect([...bars.querySelectorAll('text')].map(spoken)).toEqual(['Föreslaget', '237 000 tkr (111 %)', 'Beslutat', '36 000 tkr (17 %)', 'Mål 213 000 tkr']);
  });

  it('[LED4] names the measure whose effect is unknown', async () => {
    renderInBoard(<SavingsLedger />, buildSeedBoard(hsfAtgarder));
    await userEvent.click(summary());
    expect(screen.getByText('1 åtgärd har okänd effekt. Den räknas men summeras inte:')).toBeTruthy();
    expect(screen.getByText('Se över möjlighet till centrumbildningar (Beredning och riskbedömning, Beslutas på tjänstemannanivå)')).toBeTruthy();
  });

  it('[LED1] follows a remote peer: a decision and an effect edit change the figures', () => {
    const doc = buildSeedBoard(hsfAtgarder);
    const peer = connectPeer(doc);
    renderInBoard(<SavingsLedger />, doc);
    act(() => {
      moveCard(peer, 'friskvardstimme', 'verkstalla');
      updateCardField(peer, 'centrumbildningar', 'effect', 1_000);
    });
    expect(summary().textContent!.trim()).toBe('Besparingar: Föreslaget 238\u00a0000\u00a0tkr · beslutat 41\u00a0000\u00a0tkr · mål 213\u00a0000\u00a0tkr');
  });

  it('speaks English when chosen', () => {
    renderInBoard(<SavingsLedger />, buildSeedBoard(hsfAtgarder), { lng: 'en' });
    expect(summary().textContent!.trim()).toBe('Savings: Proposed 237,000\u00a0kSEK · decided 36,000\u00a0kSEK · target 213,000\u00a0kSEK');
  });

  it('has no serious or critical axe violations when open', async () => {
    const { container } = renderInBoard(<SavingsLedger />, buildSeedBoard(hsfAtgarder));
    await userEvent.click(summary());
    expect(await seriousViolations(container)).toEqual([]);
  });
});
