import { columnForHeader } from '../../../shared/import/mapHeaders.ts';
import { BOARD_KINDS, type BoardKind } from '../../../shared/schema/boardKinds.ts';
import { spreadsheetTexts } from './spreadsheetTexts.ts';

/** Columns every kind's export has (EXP4): they tell no kind from another. */
const EVERY_KIND = new Set(['id', 'column']);

/**
 * The kind of board whose export columns a file's texts name most (IMP11), by the headers the
 * import maps (IMP2), or undefined when no kind names two or two kinds name as many.
 */
export function kindOfHeaders(texts: readonly string[]): BoardKind | undefined {
  const scores = BOARD_KINDS.map((kind) => {
    const keys = new Set(texts.flatMap((text) => columnForHeader(kind, text)?.key ?? []).filter((key) => !EVERY_KIND.has(key)));
    return { kind, score: keys.size };
  }).sort((a, b) => b.score - a.score);
  const [best, next] = scores;
  return best && best.score >= 2 && best.score > (next?.score ?? 0) ? best.kind : undefined;
}

/** The kind a chosen file's headers suggest, or undefined when they do not tell. */
export async function guessBoardKind(file: Blob, format: 'xlsx' | 'csv'): Promise<BoardKind | undefined> {
  return kindOfHeaders(await spreadsheetTexts(file, format));
}
