import { useMemo } from 'react';
import type * as Y from 'yjs';
import { addCorrection, addDecision, moveDecision, removeDecision, updateDecision, type DecisionPatch, type NewDecision } from '../../shared/meeting/decisionOps.ts';
import type { Adjuster } from '../../shared/meeting/meetingSchema.ts';
import { approve, setAdjusters, setMinutesField, type MinutesField } from '../../shared/meeting/minutesOps.ts';
import { attemptWrite } from './attemptWrite.ts';

/**
 * The changes the meeting page makes to decisions and the minutes, each one shared/meeting
 * operation (MTG22-MTG29). As MeetingActions: a refusal goes to `onError` and the action answers
 * false (or undefined where it returns an id), so a component only says whether it went through.
 */
export interface DecisionActions {
  /** The new decision's id, or undefined when refused. */
  add(itemId: string, decision: NewDecision): string | undefined;
  update(decisionId: string, patch: DecisionPatch): boolean;
  remove(decisionId: string): boolean;
  move(decisionId: string, toIndex: number): boolean;
  /** A "Rättelse" of a numbered decision in approved minutes (MTG29): the new entry's id. */
  correct(decisionId: string, text: string): string | undefined;
  setMinutesField(field: MinutesField, value: string): boolean;
  setAdjusters(adjusters: readonly Adjuster[]): boolean;
  /** `userId`'s approval, stamped with the server's time (MTG27, MTS15). */
  approve(userId: string): boolean;
}

/** The decision and minutes actions over `doc` as `origin`, approvals at `now()` (the server's clock). */
export function useDecisionActions(doc: Y.Doc, origin: unknown, now: () => number, onError: (error: unknown) => void): DecisionActions {
  return useMemo(() => {
    const attempt = attemptWrite(onError);
    const made = (write: () => string): string | undefined => {
      let id: string | undefined;
      attempt(() => void (id = write()));
      return id;
    };
    return {
      add: (itemId, decision) => made(() => addDecision(doc, itemId, decision, origin)),
      update: (id, patch) => attempt(() => updateDecision(doc, id, patch, origin)),
      remove: (id) => attempt(() => removeDecision(doc, id, origin)),
      move: (id, toIndex) => attempt(() => moveDecision(doc, id, toIndex, {}, origin)),
      correct: (id, text) => made(() => addCorrection(doc, id, text, origin)),
      setMinutesField: (field, value) => attempt(() => setMinutesField(doc, field, value, origin)),
      setAdjusters: (adjusters) => attempt(() => setAdjusters(doc, adjusters, origin)),
      approve: (userId) => attempt(() => approve(doc, userId, new Date(now()).toISOString(), origin)),
    };
  }, [doc, origin, now, onError]);
}
