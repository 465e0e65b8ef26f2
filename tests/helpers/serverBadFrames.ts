import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { frame, updateFrame } from './serverMemoryClient.ts';

export interface BadFrame {
  /** The rule of server/SPEC.md it checks. */
  rule: string;
  name: string;
  frame: () => Uint8Array | string;
  code: number;
  reason: string;
}

/** One frame of each kind the server must refuse (BAD2-BAD6), with the close it must cause. */
export const badFrames = (maxMessageBytes: number): BadFrame[] => [
  { rule: 'BAD2', name: 'an empty frame', frame: () => new Uint8Array(0), code: 4400, reason: 'malformed_message' },
  { rule: 'BAD2', name: 'a text frame', frame: () => 'hej', code: 4400, reason: 'malformed_message' },
  { rule: 'BAD2', name: 'a message with bytes after it', frame: () => frame(3, (e) => encoding.writeUint8(e, 7)), code: 4400, reason: 'malformed_message' },
  { rule: 'BAD2', name: 'an undecodable state vector', frame: () => frame(0, (e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint8Array(e, new Uint8Array([5, 1])); }), code: 4400, reason: 'malformed_message' },
  { rule: 'BAD2', name: 'an awareness state that is not JSON', frame: () => frame(1, (e) => encoding.writeVarUint8Array(e, awarenessEntry('{inte json'))), code: 4400, reason: 'malformed_message' },
  { rule: 'BAD3', name: 'a truncated update', frame: () => frame(0, (e) => { encoding.writeVarUint(e, 2); encoding.writeVarUint(e, 10); encoding.writeUint8(e, 1); }), code: 4400, reason: 'malformed_message' },
  { rule: 'BAD3', name: 'a truncated message type', frame: () => new Uint8Array([0x80]), code: 4400, reason: 'malformed_message' },
  { rule: 'BAD4', name: 'an unknown message type', frame: () => frame(7), code: 4400, reason: 'unknown_message_type' },
  { rule: 'BAD4', name: 'an unknown sync message type', frame: () => frame(0, (e) => encoding.writeVarUint(e, 9)), code: 4400, reason: 'unknown_message_type' },
  { rule: 'BAD5', name: 'update bytes that do not decode', frame: () => updateFrame(new Uint8Array([1, 2, 3])), code: 4422, reason: 'invalid_update' },
  { rule: 'BAD5', name: 'an update that breaks the document schema', frame: () => updateFrame(unknownTopLevelType()), code: 4422, reason: 'invalid_update' },
  { rule: 'BAD6', name: 'a frame over the size limit', frame: () => updateFrame(new Uint8Array(maxMessageBytes)), code: 1009, reason: 'message_too_large' },
];

/** An awareness update with one entry whose state text is `state`, JSON or not. */
function awarenessEntry(state: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 42);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarString(encoder, state);
  return encoding.toUint8Array(encoder);
}

/** A well-formed update that adds a top-level type the board schema does not have (DOC1). */
function unknownTopLevelType(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('evil').set('payload', 'x');
  return Y.encodeStateAsUpdate(doc);
}
