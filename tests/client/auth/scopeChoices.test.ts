import { describe, expect, it } from 'vitest';
import { scopeSuggestions, unmatchedUnits } from '../../../client/components/members/scopeChoices.ts';
import { archiveCard, createCard } from '../../../shared/ops/cards.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { makeBoard } from '../board/boardFixture.ts';

describe('what a unit chief’s scope is offered and warned of (ROLE4)', () => {
  it('[ROLE4] a measures board offers its live cards’ units once each, in Swedish order; an archived card’s unit is neither offered nor matched', () => {
    const { doc, columns } = makeBoard();
    for (const unit of ['Ortopedi', ' Kirurgi ', 'KIRURGI', 'Ätstörning']) createCard(doc, { column: columns[0]!, title: unit, fields: { unit } });
    archiveCard(doc, createCard(doc, { column: columns[0]!, title: 'Gammalt', fields: { unit: 'Röntgen' } }));
    const { cards } = readBoard(doc);
    expect(scopeSuggestions(cards)).toEqual(['Kirurgi', 'Ortopedi', 'Ätstörning']);
    expect(unmatchedUnits(['kirurgi ', 'Röntgen', 'Kirugi'], cards)).toEqual(['Röntgen', 'Kirugi']);
  });

  it('[ROLE4] an assignments board offers the bodies its cards are directed to, and one body of a list matches', () => {
    const { doc, columns } = makeBoard({ title: 'Uppdrag', kind: 'assignments' });
    createCard(doc, { column: columns[0]!, title: 'Uppdrag 1', fields: { directedTo: 'Regionstyrelsen' } });
    createCard(doc, { column: columns[0]!, title: 'Uppdrag 2', fields: { directedTo: 'hälso- och sjukvårdsnämnden, tandvårdsnämnden' } });
    const { cards } = readBoard(doc);
    expect(scopeSuggestions(cards)).toEqual(['hälso- och sjukvårdsnämnden, tandvårdsnämnden', 'Regionstyrelsen']);
    expect(unmatchedUnits(['Tandvårdsnämnden', 'regionstyrelsen', 'Kulturnämnden'], cards)).toEqual(['Kulturnämnden']);
  });
});
