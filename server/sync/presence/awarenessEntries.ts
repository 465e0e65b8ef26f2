import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One entry of a y-protocols awareness update: a client id's state at a clock, null when it is removed. */
export interface AwarenessEntry {
  client: number;
  clock: number;
  state: unknown;
  /** Length of the state's JSON text as sent (PRS5). */
  bytes: number;
}

/**
 * Reads an awareness update the way y-protocols' applyAwarenessUpdate does. The frame was checked
 * whole before (decodeMessage.ts: BAD2), so this does not fail on what reaches it.
 */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const text = decoding.readVarString(decoder);
    entries.push({ client, clock, state: JSON.parse(text) as unknown, bytes: text.length });
  }
  return entries;
}

/** Encodes entries as an awareness update, for applyAwarenessUpdate and the relay. */
export function encodeAwarenessEntries(entries: readonly Pick<AwarenessEntry, 'client' | 'clock' | 'state'>[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { client, clock, state } of entries) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}
