import type * as Y from 'yjs';
import { BOARD_KINDS } from './schema/boardKinds.ts';
import type { RecordKind } from './schema/boardRecord.ts';
import { validateDoc, type SchemaIssue } from './schema/validateDoc.ts';
import { MEETING_KIND } from './meeting/meetingSchema.ts';
import { validateMeeting } from './meeting/validateMeeting.ts';

/** What an update touched, for either kind of document: cards of a board, items of a meeting. */
export interface DocumentScope {
  cards?: Iterable<string>;
  items?: Iterable<string>;
}

/** What a document is by its `meta.kind` (MTG2): a board kind, 'meeting', or undefined for an empty or unknown one. */
export function documentKind(doc: Y.Doc): RecordKind | undefined {
  const kind = doc.getMap('meta').get('kind');
  if (kind === MEETING_KIND) return MEETING_KIND;
  return (BOARD_KINDS as readonly unknown[]).includes(kind) ? (kind as RecordKind) : undefined;
}

/**
 * The document checked as what it was before the update (MTG2): validateMeeting for a meeting,
 * validateDoc for a board. Each refuses the other's kind, so an update can never turn a board
 * into a meeting or back.
 */
export function validateDocument(doc: Y.Doc, kind: RecordKind, scope: DocumentScope = {}): SchemaIssue[] {
  if (kind === MEETING_KIND) return validateMeeting(doc, scope.items ? { items: scope.items } : {});
  return validateDoc(doc, scope.cards ? { cards: scope.cards } : {});
}
