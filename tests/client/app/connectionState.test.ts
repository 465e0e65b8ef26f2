import { describe, expect, it } from 'vitest';
import { closeVerdict, initialTracker, reduceConnection, takesNoEdits, type ConnectionEvent } from '../../../client/sync/connectionState.ts';

const run = (events: ConnectionEvent[], offline = false) => events.reduce(reduceConnection, initialTracker(offline)).state;

describe('connection state', () => {
  it('is connecting until the first sync, then synced', () => {
    expect(run([])).toEqual({ status: 'connecting' });
    expect(run([{ type: 'connecting' }, { type: 'connected' }])).toEqual({ status: 'connecting' });
    expect(run([{ type: 'connecting' }, { type: 'connected' }, { type: 'synced' }])).toEqual({ status: 'synced' });
  });

  it('is reconnecting, not connecting, when a synced connection drops', () => {
    const events: ConnectionEvent[] = [{ type: 'connected' }, { type: 'synced' }, { type: 'disconnected' }];
    expect(run(events)).toEqual({ status: 'reconnecting' });
    expect(run([...events, { type: 'connecting' }, { type: 'connected' }])).toEqual({ status: 'reconnecting' });
    expect(run([...events, { type: 'connected' }, { type: 'synced' }])).toEqual({ status: 'synced' });
  });

  it('is offline while the browser is, whatever the socket does, and resumes after', () => {
    expect(run([], true)).toEqual({ status: 'offline' });
    const offline: ConnectionEvent[] = [{ type: 'synced' }, { type: 'browserOffline' }, { type: 'disconnected' }, { type: 'connecting' }];
    expect(run(offline)).toEqual({ status: 'offline' });
    expect(run([...offline, { type: 'browserOnline' }])).toEqual({ status: 'reconnecting' });
    expect(run([...offline, { type: 'browserOnline' }, { type: 'connected' }, { type: 'synced' }])).toEqual({ status: 'synced' });
  });

  it('is an error, with the reason, when the server refuses for good, and stays one', () => {
    const refused = run([{ type: 'connected' }, { type: 'refused', code: 4403, reason: 'forbidden' }, { type: 'connecting' }]);
    expect(refused).toEqual({ status: 'error', reason: 'forbidden' });
  });

  it('keeps the same state object when an event changes nothing visible', () => {
    const synced = reduceConnection(initialTracker(), { type: 'synced' });
    expect(reduceConnection(synced, { type: 'synced' }).state).toBe(synced.state);
    const connecting = initialTracker();
    expect(reduceConnection(connecting, { type: 'connected' }).state).toBe(connecting.state);
  });
});

describe('what a close by the server means (KEEP2-KEEP5)', () => {
  it.each([
    [4403, 'update_refused', 'keep'],
    [4422, 'invalid_update', 'keep'],
    [4400, 'invalid_update', 'keep'],
    [4413, 'document_too_large', 'full'],
    [4410, 'board_unreadable', 'stop'],
    [4429, 'too_many_messages', 'retry'],
    [1008, 'send_buffer_full', 'retry'],
    [1013, 'storage_unavailable', 'retry'],
    [4001, 'access_changed', 'retry'],
    [4401, 'unauthorized', 'stop'],
    [4404, 'unknown_doc', 'stop'],
    [1006, '', 'retry'],
    [4499, '', 'stop'],
  ] as const)('[KEEP3] close %i %s: %s', (code, reason, verdict) => {
    expect(closeVerdict(code, reason)).toBe(verdict);
  });

  it('[KEEP3] board_unreadable is an error with its reason, and stays one whatever the socket does', () => {
    const state = run([{ type: 'connected' }, { type: 'synced' }, { type: 'refused', code: 4410, reason: 'board_unreadable' }, { type: 'connecting' }, { type: 'connected' }]);
    expect(state).toEqual({ status: 'error', reason: 'board_unreadable' });
  });

  it('[KEEP4] storage_unavailable is unsaved through every reconnect and sync until the server confirms, then synced', () => {
    const unsaved: ConnectionEvent[] = [{ type: 'connected' }, { type: 'synced' }, { type: 'storageUnavailable' }];
    expect(run(unsaved)).toEqual({ status: 'unsaved' });
    expect(run([...unsaved, { type: 'connecting' }, { type: 'connected' }, { type: 'synced' }])).toEqual({ status: 'unsaved' });
    expect(run([...unsaved, { type: 'browserOffline' }])).toEqual({ status: 'unsaved' });
    expect(run([...unsaved, { type: 'connected' }, { type: 'synced' }, { type: 'saved' }])).toEqual({ status: 'synced' });
  });

  it('[KEEP3][KEEP5] a full or unreadable board takes no more edits, so it is shown read-only; any other state takes them', () => {
    expect(takesNoEdits({ status: 'error', reason: 'document_too_large' })).toBe(true);
    expect(takesNoEdits({ status: 'error', reason: 'board_unreadable' })).toBe(true);
    for (const connection of [{ status: 'error', reason: 'unauthorized' }, { status: 'unsaved' }, { status: 'offline' }, { status: 'synced' }] as const) {
      expect(takesNoEdits(connection)).toBe(false);
    }
  });
});
