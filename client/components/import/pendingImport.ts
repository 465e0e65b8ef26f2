import type { ChosenFile } from './importApi.ts';

// A board made from a file on the start page opens with that file's dry run (IMP11): the file waits
// here, in this tab's memory only, from the start page until the board's import dialog has it.
let pending: { boardId: string; file: ChosenFile } | undefined;

/** Keeps the file a new board was made from, for that board's import dialog. */
export function leavePendingImport(boardId: string, file: ChosenFile): void {
  pending = { boardId, file };
}

/** The file waiting for this board, if any; it waits until forgotten (StrictMode reads it twice). */
export const pendingImportFor = (boardId: string): ChosenFile | undefined => (pending?.boardId === boardId ? pending.file : undefined);

/** Once the dialog has the file, a later visit to the board opens none. */
export function forgetPendingImport(boardId: string): void {
  if (pending?.boardId === boardId) pending = undefined;
}
