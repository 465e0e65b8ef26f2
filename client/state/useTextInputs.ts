import { useCallback, useMemo } from 'react';
import { editCardText } from '../../shared/ops/cards.ts';
import { editReportText } from '../../shared/ops/reports.ts';
import { cardText } from '../../shared/read/cardText.ts';
import { reportText } from '../../shared/read/reportText.ts';
import type { ReportTextField } from '../../shared/schema/report.ts';
import { useBoardContext } from './BoardContext.tsx';
import { useCardRevision } from './useCardRevision.ts';
import { useYTextInput } from './useYTextInput.ts';

/** Props for an input or textarea bound to a card's prose field (title, comment, analysis). */
export function useCardTextInput<E extends HTMLInputElement | HTMLTextAreaElement>(cardId: string, field: string, onRefused?: (error: unknown) => void) {
  const { doc, origin } = useBoardContext();
  const revision = useCardRevision(cardId);
  // Looked up again when the card changes: an old card gets its Y.Text on the first edit.
  const text = useMemo(() => cardText(doc, cardId, field), [doc, cardId, field, revision]);
  const edit = useCallback(
    (index: number, deleteCount: number, insert: string) => editCardText(doc, cardId, field, index, deleteCount, insert, origin),
    [doc, cardId, field, origin],
  );
  return useYTextInput<E>(text, edit, onRefused);
}

/** Props for a textarea bound to one prose part of a monthly report. */
export function useReportTextInput(cardId: string, month: string, field: ReportTextField) {
  const { doc, origin } = useBoardContext();
  const revision = useCardRevision(cardId);
  const text = useMemo(() => reportText(doc, cardId, month, field), [doc, cardId, month, field, revision]);
  const edit = useCallback(
    (index: number, deleteCount: number, insert: string) => editReportText(doc, cardId, month, field, index, deleteCount, insert, origin),
    [doc, cardId, month, field, origin],
  );
  return useYTextInput<HTMLTextAreaElement>(text, edit);
}
