import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';

// What a newcomer's browser loads first (the login page, the list of boards) must stay light:
// the board page, its drag and drop, the card editor and the charts are fetched when a board is
// opened (client/App.tsx, React.lazy). This builds the client as `npm run build` does, in memory,
// and reads which modules went into which chunk: the manifest in dist/ names chunks, not modules.

type Chunk = Rolldown.OutputChunk;

/** Vite's chunkSizeWarningLimit (500 kB): the build must not warn. */
const WARNING_LIMIT_BYTES = 500_000;

let chunks: Chunk[] = [];
const previousNodeEnv = process.env.NODE_ENV;

beforeAll(async () => {
  // Vitest sets NODE_ENV=test, which would bundle React's development build; `vite build` runs
  // with production. This test file has its own worker, so the change stays here.
  process.env.NODE_ENV = 'production';
  const result = await build({
    logLevel: 'silent',
    // In memory, and pointed away from dist/client, which the browser tests may be serving.
    build: { write: false, outDir: '../.tmp/bundle-test', emptyOutDir: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  chunks = outputs.flatMap((o) => o.output.filter((file): file is Chunk => file.type === 'chunk'));
}, 120_000);

afterAll(() => {
  process.env.NODE_ENV = previousNodeEnv;
});

/** The entry chunk and every chunk it imports statically: what index.html makes the browser load. */
function firstPageModules(): string[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('the build has no entry chunk');
  const seen = new Set<Chunk>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name)!);
  };
  visit(entry);
  return [...seen].flatMap((c) => c.moduleIds).map((id) => id.replaceAll('\\', '/'));
}

const matching = (modules: string[], part: string) => modules.filter((id) => id.includes(part));

describe('the client bundle', () => {
  it('loads the login page and the start page with the first page', () => {
    const modules = firstPageModules();
    expect(matching(modules, '/client/components/auth/LoginPage.tsx')).toHaveLength(1);
    expect(matching(modules, '/client/components/start/StartPage.tsx')).toHaveLength(1);
  });

  it.each([
    ['the board page', '/client/components/app/BoardPage.tsx'],
    ['the board view', '/client/components/board/'],
    ['drag and drop', '/node_modules/@dnd-kit/'],
    ['the card editor', '/client/components/cards/CardEditor.tsx'],
    ['the savings ledger and its charts', '/client/components/ledger/'],
    ['the members page', '/client/components/members/'],
    ['the users page', '/client/components/auth/UsersPage.tsx'],
    ['Yjs', '/node_modules/yjs/'],
    ['zod', '/node_modules/zod/'],
  ])('leaves %s out of the first page', (_what, part) => {
    expect(matching(firstPageModules(), part)).toEqual([]);
  });

  it('fetches the board page, with its drag and drop, when a board is opened', () => {
    const boardPage = chunks.find((c) => c.facadeModuleId?.endsWith('/client/components/app/BoardPage.tsx'));
    expect(boardPage?.isDynamicEntry).toBe(true);
  });

  it('has no chunk over the size Vite warns about', () => {
    const oversized = chunks.filter((c) => Buffer.byteLength(c.code) > WARNING_LIMIT_BYTES).map((c) => c.fileName);
    expect(oversized).toEqual([]);
  });
});
