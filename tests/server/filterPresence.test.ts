import { describe, expect, it } from 'vitest';
import type { AwarenessEntry } from '../../server/sync/presence/awarenessEntries.ts';
import { encodeAwarenessEntries, readAwarenessEntries } from '../../server/sync/presence/awarenessEntries.ts';
import { filterPresence, MAX_PRESENCE_IDS, MAX_STATE_BYTES, type PresenceContext } from '../../server/sync/presence/filterPresence.ts';
import { stampState } from '../../server/sync/presence/stampPresence.ts';

const ANNA = 11;
const VERA = 22;
/** No view held before: a view would be stamped now (PRS4). */
const CLOCK = { now: 1_744_700_000_000, previous: undefined };
const entry = (client: number, clock: number, state: unknown): AwarenessEntry => ({ client, clock, state, bytes: JSON.stringify(state).length });

/** Vera's connection, a viewer: Anna is live with her id 11 at clock 5; id 33 is Cia's in the document. */
const context = (changes: Partial<PresenceContext> = {}): PresenceContext => ({
  owner: 'user:vera',
  stamp: { name: 'Vera Vy', role: 'viewer' },
  own: new Set([VERA]),
  announcedBy: (client) => (client === ANNA ? 'user:anna' : client === VERA ? 'user:vera' : undefined),
  ownerOf: (client) => (client === 33 ? 'user:cia' : client === ANNA ? 'user:anna' : undefined),
  known: (client) => (client === ANNA ? { clock: 5, present: true } : client === VERA ? { clock: 1, present: true } : undefined),
  now: CLOCK.now,
  heldView: () => undefined,
  ...changes,
});

describe('filterPresence (PRS)', () => {
  it('[PRS2] a state or removal under another live connection’s id, or an id the document binds to another account, is refused as a forgery', () => {
    const verdict = filterPresence(context(), [entry(ANNA, 9, { user: { name: 'Administratör' } }), entry(33, 1, {}), entry(ANNA, 10, null)]);
    expect(verdict.apply).toEqual([]);
    expect(verdict.claimed).toEqual([]);
    expect(verdict.refused).toEqual([
      { client: ANNA, reason: 'taken' },
      { client: 33, reason: 'bound' },
    ]);
  });

  it('[PRS2] an echo of a state the room holds (same or older clock) is dropped without a refusal', () => {
    const verdict = filterPresence(context(), [entry(ANNA, 5, { user: { name: 'Anna Berg' } }), entry(ANNA, 4, null), entry(99, 0, {})]);
    expect(verdict).toEqual({ apply: [], revived: [], claimed: [], refused: [] });
  });

  it(`[PRS2] a connection takes at most ${MAX_PRESENCE_IDS} ids in its life, the first it announces included; more are refused`, () => {
    const flood = Array.from({ length: 22_000 }, (_, i) => entry(1000 + i, 1, {}));
    const verdict = filterPresence(context(), flood);
    expect(verdict.claimed).toEqual([1000, 1001, 1002]);
    expect(verdict.apply).toHaveLength(3);
    expect(verdict.refused).toHaveLength(22_000 - 3);
    expect(new Set(verdict.refused.map((r) => r.reason))).toEqual(new Set(['too_many_ids']));
  });

  it('[PRS2] its own ids it may set and remove; another connection of the same account may share them', () => {
    expect(filterPresence(context(), [entry(VERA, 2, { editing: 'card-1' }), entry(VERA, 3, null)]).apply).toEqual([
      { client: VERA, clock: 2, state: { user: { name: 'Vera Vy', role: 'viewer' }, editing: null } },
      { client: VERA, clock: 3, state: null },
    ]);
    // Anna's second tab: her first tab's connection announced id 11, but it is the same account.
    const tab = context({ owner: 'user:anna', stamp: { name: 'Anna Berg', role: 'editor' }, own: new Set() });
    const anna = { client: ANNA, clock: 6, state: { user: { name: 'Anna Berg', role: 'editor' }, editing: null } };
    expect(filterPresence(tab, [entry(ANNA, 6, {})])).toEqual({ apply: [anna], revived: [], claimed: [ANNA], refused: [] });
  });

  it('[PRS3][PRS4] the state is stamped with the account’s name and role; a colour that is not #rrggbb and a card id that is not an id are dropped', () => {
    const sent = { user: { name: 'Administratör', color: 'red, 0 0 0 100vmax rgba(0,0,0,.92)' }, editing: 'x" onload="', extra: 'kept?' };
    const editor = { name: 'Bo Ek', role: 'editor' } as const;
    expect(stampState(sent, editor, CLOCK)).toEqual({ user: { name: 'Bo Ek', role: 'editor' }, editing: null });
    expect(stampState({ user: { color: '#B91c1c' }, editing: 'card-1' }, editor, CLOCK)).toEqual({ user: { name: 'Bo Ek', role: 'editor', color: '#B91c1c' }, editing: 'card-1' });
    // A viewer edits nothing, whatever it says.
    expect(stampState({ editing: 'card-1' }, { name: 'Vera Vy', role: 'viewer' }, CLOCK)?.editing).toBeNull();
    expect(stampState('Administratör', editor, CLOCK)).toBeNull();
    expect(stampState([1], editor, CLOCK)).toBeNull();
  });

  it(`[PRS4][PRS5] a state that is not an object, or longer than ${MAX_STATE_BYTES} bytes of JSON, is refused and claims no id`, () => {
    const big = entry(VERA, 3, { user: { name: 'x'.repeat(MAX_STATE_BYTES) } });
    const verdict = filterPresence(context(), [big, entry(500, 1, 'text'), entry(501, 1, [])]);
    expect(verdict.refused).toEqual([
      { client: VERA, reason: 'too_large' },
      { client: 500, reason: 'not_an_object' },
      { client: 501, reason: 'not_an_object' },
    ]);
    expect(verdict.claimed).toEqual([]);
  });

  it('[PRS2] a state announced again at the clock the room removed it with is taken one clock higher, from its announcer only', () => {
    const removed = context({ known: () => ({ clock: 5, present: false }), own: new Set() });
    const back = filterPresence({ ...removed, owner: 'user:anna', stamp: { name: 'Anna Berg', role: 'editor' } }, [entry(ANNA, 5, {})]);
    expect(back.apply).toEqual([{ client: ANNA, clock: 6, state: { user: { name: 'Anna Berg', role: 'editor' }, editing: null } }]);
    expect(back.revived).toEqual(back.apply);
    // Bo's client re-sending Anna's last state after she left is an echo: dropped, not a forgery.
    const echo = filterPresence({ ...removed, owner: 'user:bo', ownerOf: () => undefined }, [entry(ANNA, 5, {})]);
    expect(echo).toEqual({ apply: [], revived: [], claimed: [], refused: [] });
  });

  it('[PRS3] the room’s own connections (no account) keep their state as sent', () => {
    const verdict = filterPresence(context({ owner: 'room', stamp: undefined, own: new Set() }), [entry(7, 1, { name: 'Anna' })]);
    expect(verdict.apply).toEqual([{ client: 7, clock: 1, state: { name: 'Anna' } }]);
  });

  it('reads back what it encodes', () => {
    const entries = [entry(1, 2, { a: 'ö' }), entry(3, 4, null)];
    expect(readAwarenessEntries(encodeAwarenessEntries(entries))).toEqual(entries.map((e) => ({ ...e, bytes: JSON.stringify(e.state).length })));
  });
});
