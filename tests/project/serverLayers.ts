import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** The top-level files of server/ (the composition root and the commands) are not a folder: they may import any. */
export const TOP = '(top)';

/**
 * Which server folders each may import (STYLE.md: a folder holds one concern). Read down: http/
 * knows everyone, storage/ no one. sync/ reaches access/ only through the gate's interface, which
 * sync/UpdateGate.ts defines and access/createUpdateGate.ts implements, so sync/ imports no access/.
 */
export const ALLOWED: Record<string, readonly string[]> = {
  http: ['access', 'sync', 'storage', 'history', 'boards', 'meetings', 'minutes', 'export', 'import'],
  access: ['sync', 'storage', 'history'],
  history: ['sync', 'storage'],
  boards: ['storage'],
  meetings: ['sync', 'storage'],
  minutes: [],
  export: [],
  import: ['sync', 'history', 'storage'],
  sync: ['storage'],
  storage: [],
};

/** Top-level modules any folder may use: they import nothing of the server's. */
export const LEAVES = ['log.ts', 'clock.ts'];

/** One import of one server file: the importing file and the specifier, relative to server/. */
export interface ServerImport {
  from: string;
  /** The imported file relative to server/ (e.g. `sync/Room.ts`), or the package name (e.g. `hono/cookie`). */
  to: string;
  local: boolean;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import (static, type-only and dynamic) of every .ts file under `root` (the server folder). */
export function readServerImports(root: string): ServerImport[] {
  const imports: ServerImport[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const from = relative(root, path);
        for (const match of readFileSync(path, 'utf8').matchAll(IMPORT)) {
          const spec = (match[1] ?? match[2])!;
          const local = spec.startsWith('.');
          imports.push({ from, to: local ? normalize(join(dirname(from), spec)) : spec, local });
        }
      }
    }
  };
  walk(root);
  return imports;
}

/** The folder of a path relative to server/: its first segment, TOP for a top-level file, undefined outside server/. */
export function folderOf(path: string): string | undefined {
  if (path.startsWith('..')) return undefined;
  const slash = path.indexOf('/');
  return slash === -1 ? TOP : path.slice(0, slash);
}

const knowsHono = (spec: string): boolean => spec === 'hono' || spec.startsWith('hono/') || spec.startsWith('@hono/');

/** Folder import edges, "a -> b", each once. */
export function folderEdges(imports: readonly ServerImport[]): Set<string> {
  const edges = new Set<string>();
  for (const { from, to, local } of imports) {
    const a = folderOf(from);
    const b = local ? folderOf(to) : undefined;
    if (a && b && a !== b) edges.add(`${a} -> ${b}`);
  }
  return edges;
}

/** A cycle among the folders (`['sync', 'access', 'sync']`), or undefined. Top-level files are left out: they are the root. */
export function folderCycle(edges: ReadonlySet<string>): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    const [a, b] = edge.split(' -> ') as [string, string];
    if (a === TOP || b === TOP) continue;
    next.set(a, [...(next.get(a) ?? []), b]);
  }
  const done = new Set<string>();
  const visit = (node: string, path: string[]): string[] | undefined => {
    const seen = path.indexOf(node);
    if (seen !== -1) return [...path.slice(seen), node];
    if (done.has(node)) return undefined;
    for (const to of next.get(node) ?? []) {
      const cycle = visit(to, [...path, node]);
      if (cycle) return cycle;
    }
    done.add(node);
    return undefined;
  };
  for (const node of next.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Every breach of the server's layers, as readable lines; empty when the tree keeps them. */
export function layerViolations(imports: readonly ServerImport[]): string[] {
  const found: string[] = [];
  for (const { from, to, local } of imports) {
    const a = folderOf(from)!;
    if (!local) {
      if (knowsHono(to) && a !== 'http') found.push(`${from} imports ${to}: only server/http/ knows Hono`);
      continue;
    }
    const b = folderOf(to);
    if (b === undefined || a === b || a === TOP) continue;
    if (b === TOP) {
      if (!LEAVES.includes(to)) found.push(`${from} imports ${to}: a folder may import only ${LEAVES.join(', ')} from the top level`);
      if (a === TOP) continue;
    } else if (!(ALLOWED[a] ?? []).includes(b)) {
      found.push(`${from} imports ${to}: ${a}/ may import ${(ALLOWED[a] ?? []).join(', ') || 'no server folder'}`);
    }
  }
  for (const { from, local } of imports) {
    if (local && folderOf(from) === TOP && LEAVES.includes(from)) found.push(`${from} is a leaf and imports a server file`);
  }
  const cycle = folderCycle(folderEdges(imports));
  if (cycle) found.push(`a cycle between folders: ${cycle.join(' -> ')}`);
  return found;
}
