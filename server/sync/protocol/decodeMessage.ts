import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { ProtocolError } from '../ProtocolError.ts';

/** y-websocket's outer message types (y-websocket/src/y-websocket.js). Auth (2) only flows server → client. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;
/** y-protocols/sync's inner message types. */
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/** A client frame, fully parsed. Update bytes are framed correctly but not yet checked (see checkUpdate). */
export type ClientMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'syncStep2' | 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' };

/**
 * Parses one binary frame of the y-websocket protocol (SRV2). Throws a ProtocolError for a
 * frame that is truncated, has bytes left over, is of an unknown type, or carries a state
 * vector or awareness update that does not decode; such a frame never reaches the document.
 */
export function decodeMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  const message = readMessage(decoder);
  if (decoding.hasContent(decoder)) throw new ProtocolError('malformed_message', `${frame.length - decoder.pos} bytes after the message`);
  return message;
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = readUint(decoder, 'message type');
  if (type === MESSAGE_QUERY_AWARENESS) return { type: 'queryAwareness' };
  if (type === MESSAGE_AWARENESS) {
    const update = readBytes(decoder, 'awareness update');
    checkAwarenessUpdate(update);
    return { type: 'awareness', update };
  }
  if (type !== MESSAGE_SYNC) throw new ProtocolError('unknown_message_type', `message type ${type}`);
  const syncType = readUint(decoder, 'sync message type');
  if (syncType === SYNC_STEP1) {
    const stateVector = readBytes(decoder, 'state vector');
    try {
      Y.decodeStateVector(stateVector);
    } catch {
      throw new ProtocolError('malformed_message', 'state vector does not decode');
    }
    return { type: 'syncStep1', stateVector };
  }
  if (syncType === SYNC_STEP2) return { type: 'syncStep2', update: readBytes(decoder, 'update') };
  if (syncType === SYNC_UPDATE) return { type: 'update', update: readBytes(decoder, 'update') };
  throw new ProtocolError('unknown_message_type', `sync message type ${syncType}`);
}

function readUint(decoder: decoding.Decoder, what: string): number {
  try {
    return decoding.readVarUint(decoder);
  } catch {
    throw new ProtocolError('malformed_message', `truncated ${what}`);
  }
}

/** A length-prefixed byte string, copied out, refusing a length beyond the frame (lib0 would read past a view's end). */
function readBytes(decoder: decoding.Decoder, what: string): Uint8Array {
  const length = readUint(decoder, `${what} length`);
  if (length > decoder.arr.length - decoder.pos) throw new ProtocolError('malformed_message', `truncated ${what}`);
  return decoding.readUint8Array(decoder, length).slice();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Walks an awareness update the way y-protocols' applyAwarenessUpdate reads it, so that a bad
 * one is refused whole: applyAwarenessUpdate would apply the entries before a broken one.
 */
function checkAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update);
  const count = readUint(decoder, 'awareness entry count');
  for (let i = 0; i < count; i++) {
    readUint(decoder, 'awareness client id');
    readUint(decoder, 'awareness clock');
    const state = readBytes(decoder, 'awareness state');
    try {
      JSON.parse(utf8.decode(state));
    } catch {
      throw new ProtocolError('malformed_message', 'awareness state is not JSON');
    }
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('malformed_message', 'bytes after the awareness update');
}
