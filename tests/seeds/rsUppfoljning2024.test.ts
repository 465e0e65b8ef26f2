import { describe, expect, it } from 'vitest';
import { rsUppfoljning2024 } from '../../seeds/data/rsUppfoljning2024.ts';
import { laneOf } from '../../shared/read/laneOf.ts';
import { built } from './seedBoard.ts';

const COUNCIL = 'Uppdrag från fullmäktige till nämnd';
const TO_ADMINISTRATION = 'Uppdrag från nämnd till förvaltning';
const TO_PUBLIC_HEALTH = 'Uppdrag från nämnd till beredning folkhälsa';
const HSN_RS = 'hälso- och sjukvårdsnämnden och regionstyrelsen';

// 004, "Uppföljning av fullmäktiges uppdrag": the start of each Uppdrag, status, group (table heading), riktas till, slutdatum.
type Row = [string, 'done' | 'doneWithDeviation', string, string, string];
const ROWS: Row[] = [
  ['Formalisera arbetet med att minska hyrberoendet', 'done', COUNCIL, HSN_RS, '2024-12-31'],
  ['Identifiera och ta fram förslag på samordnade funktionella aktiviteter', 'done', COUNCIL, 'hälso- och sjukvårdsnämnden, regionstyrelsen och regionala utvecklingsnämnden', '2024-01-22'],
  ['Identifiera och initiera ett fokusarbete för att förbättra tillgängligheten vid valda enheter', 'doneWithDeviation', COUNCIL, HSN_RS, '2025-12-31'],
  ['Minska tjänsteresandet för Region Västerbotten med 15 procent i jämförelse med år 2023', 'doneWithDeviation', COUNCIL, 'alla nämnder och styrelser', '2024-12-31'],
  ['Stärka vår ledning och styrning genom att tydliggöra och förankra verksamhetsstyrningens innehåll', 'done', COUNCIL, HSN_RS, '2024-12-31'],
  ['Utveckla samspelet mellan sjukhusvården och primärvården i syfte att stödja omställningen till nära vård.', 'done', COUNCIL, HSN_RS, '2024-12-31'],
  ['Utreda och föreslå ett system för att tillhandahålla arbetsskor till regionens vårdpersonal', 'done', TO_ADMINISTRATION, 'regionstyrelsens förvaltning', '2024-08-31'],
  ['Mäta hur stor andel mat vi köper in som är närproducerad', 'done', TO_ADMINISTRATION, 'regionstyrelsens förvaltning', '2024-12-31'],
  ['Bereda strategi för folkhälsa och funktionsrätt', 'done', TO_PUBLIC_HEALTH, 'beredning för folkhälsa', '2024-08-31'],
];

const COLUMN_OF_STATUS = { done: 'Klar', doneWithDeviation: 'Klar med avvikelse' };

describe('seed board rs-uppfoljning-2024 (004: uppföljning av fullmäktiges uppdrag)', () => {
  const { board, columnTitle } = built(rsUppfoljning2024);
  const startingWith = (start: string) => {
    const found = board.cards.filter((c) => c.title.startsWith(start));
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('is an assignments board laned by who gave the assignment', () => {
    expect(board.meta).toMatchObject({ title: 'Uppföljning av fullmäktiges uppdrag 2024 (RS)', kind: 'assignments', laneField: 'givenBy' });
    expect(board.cards).toHaveLength(ROWS.length);
  });

  it.each(ROWS)('%s: status, group, riktas till, periodicitet and slutdatum', (start, status, group, directedTo, deadline) => {
    const card = startingWith(start);
    expect(card.status).toBe(status);
    expect(columnTitle(card)).toBe(COLUMN_OF_STATUS[status]);
    expect(laneOf(card, board.meta.laneField)).toBe(group);
    expect(card.source).toBe(group === COUNCIL ? 'council' : 'committee');
    expect(card.directedTo).toBe(directedTo);
    expect(card.periodicity).toBe('Tertial: aug, dec');
    expect(card.deadline).toBe(deadline);
    expect(card.analysis!.length).toBeGreaterThan(50);
  });

  it('keeps the analysis figures as written', () => {
    expect(startingWith('Formalisera').analysis).toContain('kostnadsminskning på 6 procent (17 miljoner SEK)');
    expect(startingWith('Minska tjänsteresandet').analysis).toContain('en minskning på ungefär 13 procent');
    expect(startingWith('Identifiera och initiera').analysis).toContain('Endast två vårdplatser har skapats hittills');
  });
});
