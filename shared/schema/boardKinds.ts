/**
 * The kinds of board, apart from the board's zod schema (board.ts): the start page needs only
 * these, and importing board.ts would put zod into the first page the browser loads.
 */
export const BOARD_KINDS = ['measures', 'assignments', 'general'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];
