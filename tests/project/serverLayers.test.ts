import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderCycle, layerViolations, readServerImports, type ServerImport } from './serverLayers.ts';

const SERVER = join(import.meta.dirname, '../../server');
const local = (from: string, to: string): ServerImport => ({ from, to, local: true });
const pkg = (from: string, to: string): ServerImport => ({ from, to, local: false });

describe("the server's folders (STYLE.md: a folder holds one concern)", () => {
  it('the tree keeps the layers: no cycle between folders, Hono only in http/, every import in the allowed direction', () => {
    const imports = readServerImports(SERVER);
    expect(imports.length).toBeGreaterThan(100); // the walk found the tree
    expect(layerViolations(imports)).toEqual([]);
  });

  it.each([
    ['sync/Room.ts importing access/', [local('sync/Room.ts', 'access/ConnectionAccess.ts')], /sync\/ may import storage/],
    ['storage/ importing access/', [local('storage/AuthStore.ts', 'access/roles.ts')], /storage\/ may import no server folder/],
    ['hono outside http/', [pkg('access/requestAuth.ts', 'hono')], /only server\/http\/ knows Hono/],
    ['@hono/* outside http/', [pkg('startServer.ts', '@hono/node-server')], /only server\/http\/ knows Hono/],
    ['a folder importing a top-level file that is no leaf', [local('sync/DocPersistence.ts', 'checkStoredBoards.ts')], /only log\.ts, clock\.ts/],
  ])('%s is a breach', (_name, imports, message) => {
    expect(layerViolations(imports).join('\n')).toMatch(message);
  });

  it('a cycle between folders is found, also one the direction table would allow each edge of', () => {
    expect(folderCycle(new Set(['access -> sync', 'sync -> history', 'history -> access']))).toEqual(['access', 'sync', 'history', 'access']);
    expect(folderCycle(new Set(['http -> access', 'access -> sync', 'sync -> storage']))).toBeUndefined();
    expect(layerViolations([local('sync/a.ts', 'storage/b.ts'), local('storage/b.ts', 'sync/a.ts')]).join('\n')).toMatch(/a cycle between folders: (sync -> storage -> sync|storage -> sync -> storage)/);
  });

  it('the top level may import any folder, and a folder the leaves', () => {
    expect(layerViolations([local('startServer.ts', 'access/createAuthContext.ts'), local('sync/Room.ts', 'log.ts'), pkg('http/app.ts', 'hono')])).toEqual([]);
  });
});
