import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, removeStored, removeStoredUnder, writeStored } from '../../../client/state/storedJson.ts';
import { mapStorage } from '../mapStorage.ts';

const isNumberList = (value: unknown): value is number[] => Array.isArray(value) && value.every((n) => typeof n === 'number');

afterEach(() => vi.unstubAllGlobals());

describe('JSON in localStorage', () => {
  it('reads back what it wrote when the guard accepts it, and null for what it does not or cannot parse', () => {
    const storage = mapStorage({ broken: '{', other: '"text"' });
    vi.stubGlobal('localStorage', storage);
    writeStored('list', [1, 2]);
    expect(readStored('list', isNumberList)).toEqual([1, 2]);
    expect(readStored('other', isNumberList)).toBeNull();
    expect(readStored('broken', isNumberList)).toBeNull();
    expect(readStored('missing', isNumberList)).toBeNull();
  });

  it('removes one key, or every key under a prefix and no other', () => {
    const storage = mapStorage({ 'tavla.access.a': '1', 'tavla.access.b': '2', 'tavla.account': '3', 'tavla.language': '"sv"' });
    vi.stubGlobal('localStorage', storage);
    removeStoredUnder('tavla.access.');
    removeStored('tavla.account');
    expect([...storage.map.keys()]).toEqual(['tavla.language']);
  });

  it('carries on as on a first visit when storage throws (blocked) or is missing', () => {
    const blocked = () => {
      throw new Error('SecurityError');
    };
    vi.stubGlobal('localStorage', { length: 1, key: blocked, getItem: blocked, setItem: blocked, removeItem: blocked });
    expect(readStored('list', isNumberList)).toBeNull();
    expect(() => [writeStored('list', [1]), removeStored('list'), removeStoredUnder('l')]).not.toThrow();
    vi.stubGlobal('localStorage', undefined);
    expect(readStored('list', isNumberList)).toBeNull();
    expect(() => [writeStored('list', [1]), removeStored('list'), removeStoredUnder('l')]).not.toThrow();
  });
});
