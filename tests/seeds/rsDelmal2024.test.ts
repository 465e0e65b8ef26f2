import { describe, expect, it } from 'vitest';
import { rsDelmal2024 } from '../../seeds/data/rsDelmal2024.ts';
import { built } from './seedBoard.ts';

const HELT = 'green';
const DELVIS = 'yellow';
const INTE = 'red';

// 004, "Sammanfattning" (Regionmål, Delmål, Prognos), row by row: regionmål number, the start of the delmål, prognos.
const ROWS: [number, string, string][] = [
  [1, 'Utveckla strukturerade arbetssätt för att arbeta utifrån ett barnrättsperspektiv', HELT],
  [2, 'Regionstyrelsen förstärker den egna verksamhetens förmåga till civil beredskap', DELVIS],
  [2, 'Tillsammans med övriga förvaltningar öka effektivitet och framdrift', HELT],
  [2, 'Verka för att öka kommunernas kompetens kring VHU inom LSS', HELT],
  [3, 'Stärka kommunikationen om arbetsgivarerbjudandet', INTE],
  [4, 'Utveckla och förankra arbetssätt för att göra digitala kallelser', HELT],
  [4, 'Öka användningen av klarspråk', HELT],
  [4, 'Gemensam verksamhetsstyrning är tydliggjord, förankrad och implementering pågår', HELT],
  [4, 'Regionstyrelsen stödjer omställningen till nära vård', HELT],
  [4, 'Förbättrad tillgänglighet och delaktighet genom användarvänliga digitala tjänster', HELT],
  [4, 'Ökad effekthemtagning på beslutade initiativ i Utvecklingsportföljen', DELVIS],
  [5, 'Våra chefers förutsättningar att leda är stärkta', DELVIS],
  [5, 'Fokusområden är identifierade för att stärka vår önskade kultur', HELT],
  [5, 'Utifrån ett hälsofrämjande perspektiv bedrivs ett aktivt systematiskt arbetsmiljöarbete', HELT],
  [6, 'Vår verksamhet minskar energianvändning och klimatpåverkan', DELVIS],
  [6, 'Tydliggjorda och visualiserade kopplingar till Agenda 2030', HELT],
  [7, 'Vi är ledande inom vår forskning om medicinsk teknik och strålningsfysik', HELT],
];

const GOALS = [
  'Mål 1. Trygga uppväxtvillkor',
  'Mål 2. Goda levnadsvillkor',
  'Mål 3. Ett attraktivt och hållbart Västerbotten',
  'Mål 4. Tillgänglig vård med god kvalitet och kontinuitet',
  'Mål 5. Goda arbetsplatser och attraktiva arbetsgivare',
  'Mål 6. En hållbar miljö- och klimatregion',
  'Mål 7. Stärkt forskning, utbildning och innovation',
];

const COLUMN_OF_RAG: Record<string, string> = {
  green: 'Mål kommer helt uppfyllas',
  yellow: 'Mål kommer delvis uppfyllas',
  red: 'Mål kommer inte uppfyllas',
};

describe('seed board rs-delmal-2024 (004: regionstyrelsens delmål)', () => {
  const { board, columnTitle } = built(rsDelmal2024);

  it('is a general board laned by regionmål, its columns the three forecasts', () => {
    expect(board.meta).toMatchObject({ title: 'Regionstyrelsens delmål 2024', kind: 'general', laneField: 'group' });
    expect(board.columns.map((c) => c.title)).toEqual(Object.values(COLUMN_OF_RAG));
  });

  const startingWith = (start: string) => {
    const found = board.cards.filter((c) => c.title.startsWith(start));
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('holds the 17 delmål and nothing else', () => {
    expect(board.cards).toHaveLength(17);
    for (const [, start] of ROWS) startingWith(start);
  });

  it.each(ROWS)('Mål %i: %s: %s', (goal, start, rag) => {
    const card = startingWith(start);
    expect(card.group).toBe(GOALS[goal - 1]);
    expect(card.status).toBe(rag);
    expect(columnTitle(card)).toBe(COLUMN_OF_RAG[rag]);
    expect(card.comment).toContain('Indikatorer');
  });

  it('agrees with the report: one not met, four partly, twelve met', () => {
    const count = (rag: string) => board.cards.filter((c) => c.status === rag).length;
    expect([count(INTE), count(DELVIS), count(HELT)]).toEqual([1, 4, 12]);
  });

  it('keeps the analysis text', () => {
    const varumarke = board.cards.find((c) => c.status === INTE)!;
    expect(varumarke.comment).toContain('Varumärkesmätning: Anseendeindex');
    expect(startingWith('Regionstyrelsen förstärker').comment).toContain('förstärkt förmåga år 2027 inte sker i önskat takt');
  });
});
