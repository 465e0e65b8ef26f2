/**
 * Why the server closes a sync connection: a closed set, each reason with one close code
 * (BAD1-BAD6, server/SPEC.md). The reason string is sent as the close reason.
 * 4400-4499 mirror HTTP 4xx and tell y-websocket's WebsocketProvider not to reconnect,
 * since resending the same thing cannot help; 1001/1009/1011 are the standard codes.
 */
export const CLOSE_CODES = {
  malformed_message: 4400,
  unknown_message_type: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  /** A unit chief's update touched something outside their cards: refused whole; the client must reload the board (UPD4). */
  update_refused: 4403,
  /** The user's role on the board changed: the provider reconnects and gets the new one (AUTH11). */
  access_changed: 4001,
  unknown_doc: 4404,
  invalid_update: 4422,
  /** The update would take the board past its size cap (LIM): refused whole, resending cannot help. */
  document_too_large: 4413,
  /** The connection sent sync step 1 or query awareness faster than any client does (FLOW). */
  too_many_messages: 4429,
  /** The stored board does not decode: reconnecting cannot help until the operator recovers it (OPS). */
  board_unreadable: 4410,
  /** The connection did not read what it was sent: too much waited in its buffer (FLOW). */
  send_buffer_full: 1008,
  /** Storage refused the write (disk full): the change is not stored, the client keeps it and retries (OPS). */
  storage_unavailable: 1013,
  server_shutdown: 1001,
  message_too_large: 1009,
  server_error: 1011,
} as const;

export type CloseReason = keyof typeof CLOSE_CODES;
