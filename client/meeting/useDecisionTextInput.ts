import { useCallback, useMemo } from 'react';
import * as Y from 'yjs';
import { updateDecision } from '../../shared/meeting/decisionOps.ts';
import { getDecisions } from '../../shared/meeting/meetingDoc.ts';
import { useYTextInput } from '../state/useYTextInput.ts';

/** The prose of a decision that several people may type in at once (MTG22): bakgrund and the att-satser. */
export type DecisionTextField = 'background' | 'text';

/**
 * Props for a textarea bound to a decision's background or att-satser (Y.Text), as an item's notes
 * are (useItemTextInput): each input is the changed span alone, remote typing shows without moving
 * the caret, so two people typing in the same att-satser both keep their words (TXT2).
 * `revision` changes when the decision does, so the Y.Text is looked up again.
 */
export function useDecisionTextInput<E extends HTMLTextAreaElement>(
  doc: Y.Doc,
  origin: unknown,
  decisionId: string,
  field: DecisionTextField,
  revision: unknown,
  onRefused?: (error: unknown) => void,
) {
  const text = useMemo(() => {
    const value: unknown = getDecisions(doc).get(decisionId)?.get(field);
    return value instanceof Y.Text ? value : undefined;
  }, [doc, decisionId, field, revision]);
  const edit = useCallback(
    (index: number, deleteCount: number, insert: string) => {
      const old = text?.toString() ?? '';
      updateDecision(doc, decisionId, { [field]: old.slice(0, index) + insert + old.slice(index + deleteCount) }, origin);
    },
    [doc, decisionId, field, origin, text],
  );
  return useYTextInput<E>(text, edit, onRefused);
}
