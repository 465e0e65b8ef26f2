// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { updateCardField } from '../../../shared/ops/cards.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { renderBoardView } from './renderBoardView.tsx';

afterEach(cleanup);

const nbsp = (text: string | null | undefined): string => (text ?? '').replace(/\u00a0/g, ' ');
const columnTotals = (title: string): string =>
  nbsp(screen.getByRole('heading', { level: 2, name: title }).closest('.column-header')?.querySelector('.column-totals')?.textContent);
const laneTotals = (label: string): string => nbsp(screen.getByRole('heading', { level: 2, name: new RegExp(`^${label}`) }).querySelector('.lane-totals')?.textContent);

const PREP = 'Beredning och riskbedömning';
const DONE = 'Verkställa beslut';
const OFFICIAL = 'Beslutas på tjänstemannanivå';
const POLITICAL = 'Kräver politiskt beslut';

describe('column and lane sums say how many cards they leave out (SUM2)', () => {
  it('[SUM2] notes the seed board’s one card of unknown effect in its column and its lane, and nowhere else', () => {
    renderBoardView(buildSeedBoard(hsfAtgarder));
    expect(columnTotals(PREP)).toBe('14 kort196 000 tkr/år (1 okänd)');
    expect(columnTotals(DONE)).toBe('2 kort36 000 tkr/år');
    expect(laneTotals(OFFICIAL)).toBe('10 kort · 80 000 tkr/år (1 okänd)');
    expect(laneTotals(POLITICAL)).toBe('7 kort · 157 000 tkr/år');
  });

  it('[SUM2] counts in the plural when a second effect becomes unknown, and drops the note when the effect is known again', () => {
    const doc = buildSeedBoard(hsfAtgarder);
    renderBoardView(doc);
    const known = screen.getByRole('region', { name: `${PREP}, ${OFFICIAL}` }).querySelectorAll('[data-card-id]');
    const other = [...known].map((el) => el.getAttribute('data-card-id')!).find((id) => id !== 'centrumbildningar')!;
    const effect = readCard(doc, other)!.effect;
    act(() => updateCardField(doc, other, 'effect', undefined));
    expect(columnTotals(PREP)).toMatch(/tkr\/år \(2 okända\)$/);
    expect(laneTotals(OFFICIAL)).toMatch(/tkr\/år \(2 okända\)$/);
    act(() => updateCardField(doc, 'centrumbildningar', 'effect', 1000));
    act(() => updateCardField(doc, other, 'effect', effect));
    expect(columnTotals(PREP)).toBe('14 kort197 000 tkr/år');
    expect(laneTotals(OFFICIAL)).toBe('10 kort · 81 000 tkr/år');
  });

  it('says it in English too', () => {
    renderBoardView(buildSeedBoard(hsfAtgarder), { lng: 'en' });
    expect(columnTotals(PREP)).toMatch(/kSEK\/yr \(1 unknown\)$/);
  });
});
