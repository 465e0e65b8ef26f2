import * as Y from 'yjs';
import { getDecisions } from '../../shared/meeting/meetingDoc.ts';
import { isLocked } from '../../shared/meeting/minutesLock.ts';
import { numberParagraphs, type NumberedDecision } from '../../shared/meeting/paragraphs.ts';
import type { Storage } from '../storage/Storage.ts';
import type { ServerWrite } from '../sync/ServerWrite.ts';
import { paragraphSeries } from './paragraphSeries.ts';

/** The highest paragraph the meeting holds, 0 for none. */
function highestParagraph(doc: Y.Doc): number {
  let highest = 0;
  getDecisions(doc).forEach((decision: unknown) => {
    const paragraph: unknown = decision instanceof Y.Map ? decision.get('paragraph') : undefined;
    if (typeof paragraph === 'number' && paragraph > highest) highest = paragraph;
  });
  return highest;
}

/**
 * MTS16, MTS18: numbers every decision of meeting `meetingId` that has no paragraph yet, in the
 * minutes' order, from the next number of its series (numberParagraphs), and raises the series'
 * counter to the last one given in the store transaction of the same update. Answers the numbers
 * given: none when every decision is numbered (the counter stays) or the minutes are approved
 * (nothing is numbered in locked minutes, MTG28). A meeting moved to another group or year after it
 * was numbered goes on past its own highest paragraph, so it never holds one twice.
 */
export function numberingWrite(storage: Storage, meetingId: string): ServerWrite<NumberedDecision[]> {
  return async (doc, origin) => {
    if (isLocked(doc)) return { result: [] };
    const series = paragraphSeries(meetingId, doc);
    const last = await storage.lastParagraph(series);
    const first = Math.max(last, highestParagraph(doc)) + 1;
    const given = numberParagraphs(doc, first, origin);
    if (given.length === 0) return { result: [] };
    return { result: given, extra: { raise: { series, from: last, to: first + given.length - 1 } } };
  };
}
