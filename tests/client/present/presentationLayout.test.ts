import { describe, expect, it } from 'vitest';
import { BOX, MAX_TRACKS, presentationLayout } from '../../../client/components/present/presentationLayout.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { lanesOf, layoutCells } from '../../../client/state/boardLayout.ts';
import { cellKey } from '../../../shared/sums.ts';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { hsfFmUppdrag2025 } from '../../../seeds/data/hsfFmUppdrag2025.ts';

/** The counts per column and lane of a seed board, as PresentationView gives them to the layout. */
function countsOf(seed: Parameters<typeof buildSeedBoard>[0]): number[][] {
  const board = readBoard(buildSeedBoard(seed));
  const lanes = lanesOf(board);
  const cells = layoutCells(board);
  return board.columns.map((column) => lanes.map((lane) => cells.get(cellKey(column.id, lane))?.length ?? 0));
}

/** The type unit a layout gives on a screen of `width` × `height` px, as PresentationView.css computes it (stage = the screen less a 110 px bar). */
const unitPx = (layout: ReturnType<typeof presentationLayout>, width: number, height: number): number =>
  Math.min((layout.fitWidth * width) / 100, (layout.fitHeight * (height - 110)) / 100);

describe('the presentation layout (presentationLayout)', () => {
  it('[FOL6] packs the 17 measures onto one 16:9 screen: the full column gets three tracks, wide enough for a title in two or three lines, and the lanes two and three rows', () => {
    const counts = countsOf(hsfAtgarder);
    expect(counts).toEqual([[6, 8], [0, 0], [1, 0], [0, 2]]);
    const layout = presentationLayout({ counts, aspect: 16 / 9 });
    expect(layout.tracks).toEqual([3, BOX.emptyTrack, 1, 1]);
    expect(layout.rows).toEqual([2, 3]);
    // Every card has a slot: tracks × rows per cell hold its cards.
    counts.forEach((column, c) => column.forEach((n, lane) => expect(Math.ceil(layout.tracks[c]!) * layout.rows[lane]!).toBeGreaterThanOrEqual(n)));
    // The planned unit at 1920×1080 is near the one the real cards get (useFitType measures them): 0.85u details of about 19 px; at 1280×720 two thirds of it.
    expect(unitPx(layout, 1920, 1080)).toBeGreaterThan(21);
    expect(unitPx(layout, 1280, 720)).toBeGreaterThan(14);
  });

  it('[FOL6] gives the assignments board’s one full column tracks enough to keep its cards readable', () => {
    const counts = countsOf(hsfFmUppdrag2025);
    const layout = presentationLayout({ counts, aspect: 16 / 9 });
    expect(layout.rows[0]! * Math.ceil(layout.tracks[1]!)).toBeGreaterThanOrEqual(8);
    expect(layout.tracks[0]).toBe(BOX.emptyTrack);
    expect(unitPx(layout, 1920, 1080)).toBeGreaterThan(24);
  });

  it('[FOL6] a board too big for one screen keeps its cards wide enough to read, and its type shrinks instead', () => {
    const layout = presentationLayout({ counts: [[400, 300], [200, 100]], aspect: 16 / 9 });
    expect(layout.tracks.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MAX_TRACKS);
    expect(layout.rows.every((rows) => rows >= 1)).toBe(true);
  });

  it('[FOL6] an empty board, and a board of no columns, give a layout with a row per lane', () => {
    expect(presentationLayout({ counts: [[0], [0]], aspect: 16 / 9 }).rows).toEqual([1]);
    expect(presentationLayout({ counts: [], aspect: 16 / 9 })).toMatchObject({ tracks: [], rows: [] });
  });

  it('[FOL6] packs for the screen: a tall screen gets fewer tracks and more rows than a wide one', () => {
    const counts = [[12], [0]];
    const wide = presentationLayout({ counts, aspect: 21 / 9 });
    const tall = presentationLayout({ counts, aspect: 3 / 4 });
    expect(wide.tracks[0]!).toBeGreaterThan(tall.tracks[0]!);
    expect(wide.rows[0]!).toBeLessThan(tall.rows[0]!);
  });
});
