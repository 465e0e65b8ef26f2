import { z } from 'zod';
import { BOARD_KINDS, type BoardKind } from './boardKinds.ts';
import { isoMonth, shortText, kSek } from './values.ts';

export { BOARD_KINDS, type BoardKind };

/** Fields of the `meta` map. `schemaVersion` is written by initBoard, never by hand. */
export const boardMetaFields = {
  title: shortText.min(1),
  kind: z.enum(BOARD_KINDS),
  target: kSek,
  laneField: z.string().max(40),
  /** The reporting month of an assignments board (`YYYY-MM`), moved on by openMonth (RC1). */
  currentMonth: isoMonth,
} as const;

export type BoardMetaField = keyof typeof boardMetaFields;

export interface BoardMeta {
  schemaVersion: number;
  title: string;
  kind: BoardKind;
  /** Board target in thousand SEK per year (measures boards). */
  target?: number;
  /** Card field whose value makes the swimlanes, e.g. `decisionLevel`. */
  laneField?: string;
  /** The board's current reporting month `YYYY-MM` (assignments boards, RC1); absent until one is opened. */
  currentMonth?: string;
}

/** The columns a new board of each kind starts with, in order (Swedish titles: they are content, not UI). */
export const DEFAULT_COLUMNS: Record<BoardKind, readonly string[]> = {
  measures: ['Beredning och riskbedömning', 'Samverkan i FSG', 'Beslut', 'Verkställs'],
  assignments: ['Ej påbörjad', 'Pågår', 'Klar'],
  general: ['Att göra', 'Pågår', 'Klart'],
};

/** Lane field a new board of each kind gets. */
export const DEFAULT_LANE_FIELD: Partial<Record<BoardKind, string>> = {
  measures: 'decisionLevel',
};
