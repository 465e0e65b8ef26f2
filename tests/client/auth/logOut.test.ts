import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberAccess, rememberedAccess } from '../../../client/auth/rememberedAccess.ts';
import { rememberedUser, rememberUser } from '../../../client/auth/rememberedUser.ts';
import { logOut } from '../../../client/auth/useSession.ts';
import { localBoardName } from '../../../client/sync/localBoards.ts';
import { mapStorage } from '../mapStorage.ts';

// Node has neither localStorage nor a server at '/': a string map stands in for the first, and the
// logout request fails, as it does offline (logOut goes ahead whatever the server says).
let local = mapStorage().map;
beforeEach(() => {
  const storage = mapStorage();
  local = storage.map;
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

const openDatabase = (name: string) =>
  new Promise<void>((resolve) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
  });
const databaseNames = async () => (await indexedDB.databases()).map(({ name }) => name).sort();

describe('logging out (AUTH11)', () => {
  it('[AUTH11] forgets the account, its roles and its copies of the boards on this browser, and nothing else', async () => {
    rememberUser({ id: 'u1', username: 'anna', displayName: 'Anna Sundén', siteRole: 'user' });
    rememberAccess('a', { role: 'editor', scope: [] });
    rememberAccess('b', { role: 'unitChief', scope: ['Kirurgi'] });
    local.set('tavla.language', 'sv');
    await Promise.all([openDatabase(localBoardName('a')), openDatabase(localBoardName('b')), openDatabase('someone-elses')]);

    await logOut();

    expect(rememberedUser()).toBeNull();
    expect([rememberedAccess('a'), rememberedAccess('b')]).toEqual([null, null]);
    expect([...local.keys()]).toEqual(['tavla.language']);
    expect(await databaseNames()).toEqual(['someone-elses']);
  });
});
