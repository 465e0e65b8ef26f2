import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// STYLE.md: a folder that two others import and that imports them back is two folders.
// client/components/ renders the board and uses client/dnd/; dnd/ reads the board through
// client/state/ only, so the two never import each other.
const root = resolve(import.meta.dirname, '../../..');
const IMPORT = /(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g;

function importsOf(dir: string): { file: string; target: string }[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .flatMap((name) => {
      const file = join(dir, name);
      const source = readFileSync(join(root, file), 'utf8');
      return [...source.matchAll(IMPORT)].map((m) => ({ file, target: relative(root, resolve(root, dirname(file), m[1]!)) }));
    });
}

describe('client/dnd and client/components', () => {
  it('dnd/ imports nothing from components/', () => {
    expect(importsOf('client/dnd').filter(({ target }) => target.startsWith('client/components/'))).toEqual([]);
  });

  it('the check sees imports: BoardDnd reads the board through state/', () => {
    expect(importsOf('client/dnd').some(({ file, target }) => file.endsWith('BoardDnd.tsx') && target === 'client/state/BoardContext.tsx')).toBe(true);
  });
});
