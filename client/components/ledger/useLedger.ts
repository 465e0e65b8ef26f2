import { useMemo } from 'react';
import { computeLedger, type Ledger } from '../../../shared/ledger.ts';
import { useBoard } from '../../state/useBoard.ts';

/** The savings ledger of the whole board (LED1), recomputed when the board changes; undefined before the first sync. */
export function useLedger(): Ledger | undefined {
  const board = useBoard();
  return useMemo(() => (board ? computeLedger(board) : undefined), [board]);
}
