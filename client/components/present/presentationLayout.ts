/**
 * How the presentation view (FOL6) packs a board into one screen: each column gets a number of card
 * tracks (cards side by side within its cells), each lane as many card rows as its fullest cell
 * needs, and the type one unit `u` (the board's font size) that makes both the width and the height
 * fit. Pure, so the layout of the seeded boards is tested without a browser; the CSS turns the two
 * fit factors into a font size with vw and vh (PresentationView.css), so the same layout scales
 * with any projector.
 */

/**
 * Sizes in `u` (the board's font size) the layout plans with, as PresentationView.css draws them:
 * change both together. A card's height follows its text (useFitType then sets the type so that
 * every word fits); the layout plans with a typical card, so that it picks cards wide enough for
 * a title in two or three lines and names in one or two.
 */
export const BOX = {
  /** A typical card: two lines of title, unit and effect on one line, two lines of names. */
  cardHeight: 6.2,
  /** The width a card is planned with: about 30 characters of a detail line. */
  cardWidth: 15.5,
  /** An empty column's track, against a card's: its header, in two lines, is all it holds. */
  emptyTrack: 0.6,
  /** Gaps: between a cell's tracks, between columns, below each card. */
  cardGap: 0.25,
  columnGap: 0.4,
  rowGap: 0.25,
  /** The board's header (title and the total against the target), the column headers (two lines) and each lane's header, with their gaps, and the padding. */
  header: 1.45 + 0.3,
  columnHeader: 2.35 + 0.3,
  laneHeader: 1.4 + 0.3,
  paddingX: 1.0,
  paddingY: 0.7,
} as const;

/** The most card tracks a board is spread over: wider would make every card too narrow to read. */
export const MAX_TRACKS = 14;

export interface LayoutInput {
  /** Cards per column (outer) and lane (inner), in board order. */
  counts: readonly (readonly number[])[];
  /** The screen's width over its height (16:9 for a projector). */
  aspect: number;
}

export interface PresentationLayout {
  /** Card tracks per column; an empty column has BOX.emptyTrack. */
  tracks: number[];
  /** Card rows per lane (at least 1, so an empty lane still shows its row). */
  rows: number[];
  /** The type unit is `min(fitWidth vw, fitHeight × (the board's height) / 100)`: 100 over the layout's width and height in u. */
  fitWidth: number;
  fitHeight: number;
}

const laneCount = (counts: LayoutInput['counts']): number => counts[0]?.length ?? 0;

function rowsOf(counts: LayoutInput['counts'], tracks: readonly number[]): number[] {
  return Array.from({ length: laneCount(counts) }, (_, lane) =>
    Math.max(1, ...counts.map((column, c) => Math.ceil((column[lane] ?? 0) / Math.max(1, tracks[c] ?? 1)))),
  );
}

function measure(counts: LayoutInput['counts'], tracks: readonly number[]) {
  const rows = rowsOf(counts, tracks);
  const widthTracks = tracks.reduce((sum, t, c) => sum + (counts[c]!.some((n) => n > 0) ? t : BOX.emptyTrack), 0);
  const cardGaps = tracks.reduce((sum, t, c) => sum + (counts[c]!.some((n) => n > 0) ? t - 1 : 0), 0);
  const width = widthTracks * BOX.cardWidth + cardGaps * BOX.cardGap + Math.max(0, tracks.length - 1) * BOX.columnGap + BOX.paddingX;
  const cardRows = rows.reduce((a, b) => a + b, 0);
  const height = BOX.paddingY + BOX.header + BOX.columnHeader + rows.length * BOX.laneHeader + cardRows * (BOX.cardHeight + BOX.rowGap);
  return { rows, width, height };
}

/** The size of `u` a layout allows on a screen of `aspect`, in units of the screen's height. */
const unitOf = (m: { width: number; height: number }, aspect: number): number => Math.min(aspect / m.width, 1 / m.height);

/**
 * The layout whose type is largest: starting from one track per column, a track is added, one at a
 * time, to the column whose fullest cell needs the most rows (the one that sets a lane's height),
 * and the best of all the layouts so tried is kept. A board of no columns gets an empty layout.
 */
export function presentationLayout({ counts, aspect }: LayoutInput): PresentationLayout {
  let tracks = counts.map(() => 1);
  let best = { tracks, ...measure(counts, tracks) };
  for (let total = tracks.length; total < MAX_TRACKS; total++) {
    const rows = rowsOf(counts, tracks);
    // The column that most often sets its lane's height, weighted by how many rows it needs there.
    let widen = -1;
    let pressure = 0;
    counts.forEach((column, c) => {
      const p = column.reduce((sum, n, lane) => {
        const needs = Math.ceil(n / tracks[c]!);
        return sum + (needs === rows[lane] && n > tracks[c]! ? needs : 0);
      }, 0);
      if (p > pressure) [widen, pressure] = [c, p];
    });
    if (widen < 0) break;
    tracks = tracks.map((t, c) => (c === widen ? t + 1 : t));
    const next = { tracks, ...measure(counts, tracks) };
    if (unitOf(next, aspect) > unitOf(best, aspect)) best = next;
  }
  return {
    tracks: best.tracks.map((t, c) => (counts[c]!.some((n) => n > 0) ? t : BOX.emptyTrack)),
    rows: best.rows,
    fitWidth: 100 / best.width,
    fitHeight: 100 / best.height,
  };
}
