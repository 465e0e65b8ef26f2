import type { BoardKind } from './boardKinds.ts';
import type { MEETING_KIND } from '../meeting/meetingSchema.ts';

/** What a registry row holds: a board of one of BOARD_KINDS, or a meeting (MTG2). BOARD_KINDS itself has no 'meeting'. */
export type RecordKind = BoardKind | typeof MEETING_KIND;

/**
 * A board in the registry: what the board list shows without loading its document. The server
 * stores it and seeds/ writes it, so it lives with the model that both may import.
 */
export interface BoardRecord {
  id: string;
  title: string;
  kind: RecordKind;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}
