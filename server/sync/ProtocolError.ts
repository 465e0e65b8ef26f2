import type { CloseReason } from './closeReasons.ts';

/** A refusal on its way to becoming a close frame: the reason, and a detail for the log only. */
export class ProtocolError extends Error {
  constructor(
    readonly reason: CloseReason,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'ProtocolError';
  }
}
