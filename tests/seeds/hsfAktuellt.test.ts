import { describe, expect, it } from 'vitest';
import { hsfAktuellt } from '../../seeds/data/hsfAktuellt.ts';
import { computeTotals } from '../../shared/sums.ts';
import { built } from './seedBoard.ts';

// The "Aktuellt" agenda of each meeting, line by line, as written.
const APRIL_2025 = [
  'COSMIC',
  'Arbetet med åtgärder',
  'Civil beredskap och säkerhet',
  'Sommarplanering, status',
  'Medialt',
  'Dialogmöte i maj med SoS gällande statsbidraget ”Tillgänglighet”',
];
const NOVEMBER_2024 = [
  'Dialog med revisionen',
  'Verksamhetsplanering, budget och bemanning, åtgärder',
  'Cosmic',
  'Facklig samverkan; Aktuellt i media',
  'Produktion och tillgänglighet',
  'Satellitsystemet Nus',
  'Rekryteringar, OC LSO2; VC Läkemedelscentrum; VC Ögon',
  'Info från HSD-möte SKR 28-29/11',
];

describe('seed board hsf-aktuellt (000, 001: Aktuellt)', () => {
  const { board } = built(hsfAktuellt);
  const agenda = (group: string) => board.cards.filter((c) => c.group === group).map((c) => c.title);

  it('is a general board with one lane per meeting', () => {
    expect(board.meta).toMatchObject({ kind: 'general', laneField: 'group' });
    expect([...computeTotals(board).lanes.keys()]).toEqual(['HSF ledningsgrupp, april 2025', 'HSF ledningsgrupp, november 2024']);
  });

  it('holds each agenda in its order', () => {
    expect(agenda('HSF ledningsgrupp, april 2025')).toEqual(APRIL_2025);
    expect(agenda('HSF ledningsgrupp, november 2024')).toEqual(NOVEMBER_2024);
  });

  it("keeps the slides' figures in the comments", () => {
    const comment = (title: string) => board.cards.find((c) => c.title === title)?.comment ?? '';
    expect(comment('COSMIC')).toContain('Go Live: 23/4 kl 06.00');
    expect(comment('Verksamhetsplanering, budget och bemanning, åtgärder')).toContain('HSF 213 Mkr');
    expect(comment('Produktion och tillgänglighet')).toContain('Förstabesök: 71,2 % (+11,6 %-enheter)');
  });
});
