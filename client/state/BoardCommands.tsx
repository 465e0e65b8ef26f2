import { createContext, useContext } from 'react';

/** What a card face can ask the board for; the board passes one stable object so memoised cards do not re-render. */
export interface BoardCommands {
  openCard(cardId: string): void;
  openMoveDialog(cardId: string): void;
  /** Shows a refused change (a SchemaError from an op) to the user. */
  reportError(error: unknown): void;
}

export const BoardCommandsContext = createContext<BoardCommands>({ openCard: () => {}, openMoveDialog: () => {}, reportError: () => {} });

/** The board's commands for cards and columns. */
export const useBoardCommands = (): BoardCommands => useContext(BoardCommandsContext);
