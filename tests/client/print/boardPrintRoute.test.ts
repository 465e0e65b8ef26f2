import { describe, expect, it } from 'vitest';
import { boardPrintPath, parseRoute } from '../../../client/components/app/router.ts';
import { filterQuery, NO_FILTER } from '../../../shared/export/cardFilter.ts';

describe('the board print route (PRT1)', () => {
  it('[PRT1] maps /b/:id/utskrift to the board\'s print view and builds the path it parses', () => {
    expect(parseRoute('/b/hsf-atgarder/utskrift')).toEqual({ page: 'boardPrint', boardId: 'hsf-atgarder' });
    expect(parseRoute('/b/hsf-atgarder/utskrift/')).toEqual({ page: 'boardPrint', boardId: 'hsf-atgarder' });
    expect(parseRoute(boardPrintPath('q1w2e3'))).toEqual({ page: 'boardPrint', boardId: 'q1w2e3' });
    expect(parseRoute('/b/a%20b/utskrift')).toEqual({ page: 'notFound' });
    expect(parseRoute('/b/x/utskrift/mer')).toEqual({ page: 'notFound' });
  });

  it('[PRT4] carries a filter\'s query, and none for no filter', () => {
    expect(boardPrintPath('q1w2e3', filterQuery({ ...NO_FILTER, decisionLevel: 'official', text: 'jour' }))).toBe('/b/q1w2e3/utskrift?text=jour&decisionLevel=official');
    expect(boardPrintPath('q1w2e3', filterQuery(NO_FILTER))).toBe('/b/q1w2e3/utskrift');
  });
});
