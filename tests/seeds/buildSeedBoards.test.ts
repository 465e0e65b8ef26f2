import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SEED_ORIGIN, buildSeedBoard, buildSeedBoards } from '../../seeds/buildSeedBoards.ts';
import { hsfAtgarder } from '../../seeds/data/hsfAtgarder.ts';
import { getCardsMap, getColumnsMap, getMeta, getMilestonesMap } from '../../shared/doc.ts';
import { isValidId } from '../../shared/ids.ts';
import { checkInvariants } from '../../shared/invariants.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readMilestones } from '../../shared/read/readMilestones.ts';
import { validateMilestones } from '../../shared/schema/milestone.ts';
import { validateDoc } from '../../shared/schema/validateDoc.ts';

/** The whole content of a board document, every top-level type asked for by type first. */
function contentOf(doc: Y.Doc): unknown {
  getMeta(doc);
  getColumnsMap(doc);
  getCardsMap(doc);
  getMilestonesMap(doc);
  return doc.toJSON();
}

describe('buildSeedBoards', () => {
  const boards = buildSeedBoards();

  it('builds the four boards (the tidsplan rides on the first; the Aktuellt agendas are meetings) under stable, readable ids', () => {
    expect(boards.map((b) => b.id)).toEqual(['hsf-atgarder', 'hsf-fm-uppdrag-2025', 'rs-uppfoljning-2024', 'rs-delmal-2024']);
    for (const { id } of boards) expect(isValidId(id)).toBe(true);
  });

  it.each(boards.map((b) => [b.id, b.doc] as const))('%s passes validateDoc and the board invariants; no card is archived or without a column', (_id, doc) => {
    expect(validateDoc(doc)).toEqual([]);
    expect(validateMilestones(doc)).toEqual([]);
    expect(checkInvariants(doc)).toEqual([]);
    const board = readBoard(doc);
    expect(board.cards.length).toBeGreaterThan(0);
    for (const card of board.cards) {
      expect(card.archived).toBe(false);
      expect(getCardsMap(doc).get(card.id)!.get('column')).toBe(card.column);
    }
  });

  it('gives the same documents when built twice', () => {
    const again = buildSeedBoards();
    boards.forEach(({ doc }, i) => {
      expect(contentOf(again[i]!.doc)).toEqual(contentOf(doc));
      expect(readBoard(again[i]!.doc)).toEqual(readBoard(doc));
    });
  });

  it('survives the trip through an encoded update, as storage would keep it', () => {
    for (const { doc } of boards) {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      expect(contentOf(copy)).toEqual(contentOf(doc));
      expect(readMilestones(copy)).toEqual(readMilestones(doc));
    }
  });

  it("writes every transaction with the origin 'seed'", () => {
    const doc = new Y.Doc();
    const origins = new Set<unknown>();
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.add(tr.origin));
    buildSeedBoard(hsfAtgarder, doc);
    expect([...origins]).toEqual([SEED_ORIGIN]);
  });
});
