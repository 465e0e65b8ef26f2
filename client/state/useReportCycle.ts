import { readReportCycle, type AssignmentReportState, type ReportCycle } from '../../shared/read/reportCycle.ts';
import { useBoardContext } from './BoardContext.tsx';
import { sameItems } from './sameSnapshot.ts';
import { useDerived } from './useDerived.ts';

const NO_CYCLE: ReportCycle = Object.freeze({ opened: false, assignments: [], notReported: [] });

const sameAssignment = (a: AssignmentReportState, b: AssignmentReportState): boolean =>
  a.cardId === b.cardId && a.title === b.title && a.state === b.state;

function sameCycle(a: ReportCycle, b: ReportCycle): boolean {
  return (
    a.currentMonth === b.currentMonth &&
    a.opened === b.opened &&
    sameItems(a.notReported, b.notReported) &&
    a.assignments.length === b.assignments.length &&
    a.assignments.every((item, i) => sameAssignment(item, b.assignments[i]!))
  );
}

/**
 * The board's report cycle (RC1, RC2, RC5): the current month and each assignment's state in
 * it, live (a peer marking a report ready included); the same object while it reads the same.
 */
export function useReportCycle(): ReportCycle {
  const { doc } = useBoardContext();
  return useDerived((store) => {
    const board = store.getBoard();
    return board ? readReportCycle(doc, board) : NO_CYCLE;
  }, sameCycle, [doc]);
}
