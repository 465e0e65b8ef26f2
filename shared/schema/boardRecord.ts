import type { BoardKind } from './boardKinds.ts';

/**
 * A board in the registry: what the board list shows without loading its document. The server
 * stores it and seeds/ writes it, so it lives with the model that both may import.
 */
export interface BoardRecord {
  id: string;
  title: string;
  kind: BoardKind;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}
