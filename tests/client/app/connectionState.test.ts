import { describe, expect, it } from 'vitest';
import { initialTracker, reduceConnection, type ConnectionEvent } from '../../../client/sync/connectionState.ts';

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
