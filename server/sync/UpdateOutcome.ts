/**
 * Why an update was refused, a closed set: a viewer wrote at all (UPD3), a unit chief wrote outside
 * their cards (UPD4), a client holds more waiting for changes the server does not have than it may
 * (UPD6, the room's call), the update would take a text, a list or the board past its cap (LIM3),
 * someone but a facilitator changed a meeting's running state (MTS4), a running-state timestamp is
 * too far from the server's clock (MTS5), an update changes approved minutes (MTS13) or a paragraph
 * number (MTS14), or writes an approval not the writer's own (MTS15).
 */
export type RefusalReason = 'read_only' | 'out_of_scope' | 'out_of_date' | 'over_limit' | 'facilitator_only' | 'bad_time' | 'minutes_locked' | 'server_numbers' | 'own_approval';

/**
 * What happens to a client's update, the one answer every layer gives (checkUpdate, the gate,
 * authorizeUpdate): apply it (and then run `accepted`, which records its history), ignore it (it
 * changes nothing), let it wait for changes the server has not got (UPD6), or refuse it with a reason.
 * Bytes that are no valid update are no outcome: checkUpdate throws a ProtocolError and the
 * connection is closed, as for any malformed message (BAD5).
 */
export type UpdateOutcome =
  | { verdict: 'apply'; accepted?: () => Promise<void> }
  | { verdict: 'ignore' }
  | { verdict: 'wait' }
  | { verdict: 'refuse'; reason: RefusalReason; detail: string };

export const APPLY = { verdict: 'apply' } as const satisfies UpdateOutcome;
export const IGNORE = { verdict: 'ignore' } as const satisfies UpdateOutcome;
export const WAIT = { verdict: 'wait' } as const satisfies UpdateOutcome;

/** A refusal, for short. */
export const refuse = (reason: RefusalReason, detail: string): UpdateOutcome => ({ verdict: 'refuse', reason, detail });
