import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { printedLanes } from '../../../client/components/print/printedLanes.ts';
import { initBoard } from '../../../shared/ops/board.ts';
import { archiveCard, createCard } from '../../../shared/ops/cards.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';

/** A measures board whose cards were made out of column order, one archived, one in no lane. */
function measuresBoard() {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Åtgärder', kind: 'measures' });
  const [first, second] = readColumns(doc);
  const card = (title: string, column: string, fields: Record<string, unknown>) => createCard(doc, { column, title, fields });
  card('Andra kolumnen', second!.id, { decisionLevel: 'political', unit: 'Primärvård' });
  card('Första kolumnen', first!.id, { decisionLevel: 'political', unit: 'Närsjukvård' });
  archiveCard(doc, card('Arkiverad', first!.id, { decisionLevel: 'official' }));
  card('Tjänsteman', second!.id, { decisionLevel: 'official', unit: 'Primärvård' });
  card('Utan nivå', first!.id, { unit: 'Primärvård' });
  return readBoard(doc);
}

const titles = (lanes: ReturnType<typeof printedLanes>) => lanes.map(({ lane, cards }) => [lane, cards.map((card) => card.title)]);

describe('the cards a printed board lists (PRT2, PRT4)', () => {
  it('[PRT2] lists the live cards lane by lane in the board\'s lane order, column by column within a lane, without archived cards', () => {
    expect(titles(printedLanes(measuresBoard()))).toEqual([
      ['political', ['Första kolumnen', 'Andra kolumnen']],
      ['official', ['Tjänsteman']],
      ['', ['Utan nivå']],
    ]);
  });

  it('[PRT4] lists only what the filter lets through and leaves out the lanes it empties', () => {
    expect(titles(printedLanes(measuresBoard(), (card) => card.unit === 'Primärvård'))).toEqual([
      ['political', ['Andra kolumnen']],
      ['official', ['Tjänsteman']],
      ['', ['Utan nivå']],
    ]);
    expect(titles(printedLanes(measuresBoard(), (card) => card.unit === 'Närsjukvård'))).toEqual([['political', ['Första kolumnen']]]);
  });
});
