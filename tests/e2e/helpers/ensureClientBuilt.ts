import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BUILT = join(ROOT, 'dist/client/index.html');
const LOCK = join(ROOT, '.tmp/client-build.lock');
const STALE_LOCK_MS = 180_000;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), stat.mtimeMs);
}

const isStale = (): boolean =>
  !existsSync(BUILT) || statSync(BUILT).mtimeMs < Math.max(newestMtime(join(ROOT, 'client')), newestMtime(join(ROOT, 'shared')), statSync(join(ROOT, 'vite.config.ts')).mtimeMs);

/** `vite build` without blocking the test worker's event loop; throws with Vite's output when it fails. */
async function viteBuild(): Promise<void> {
  try {
    // vitest sets NODE_ENV=test, which would make Vite bundle React's development build: test what ships.
    await promisify(execFile)('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`vite build failed:\n${stdout}\n${stderr}`);
  }
}

/**
 * Builds the client (`vite build` into dist/client) when it is missing or older than its sources,
 * as `npm start` does. Test files run in parallel workers, so a directory lock lets one build while
 * the others wait for it.
 */
export async function ensureClientBuilt(): Promise<void> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  for (let waited = 0; isStale(); waited += 500) {
    try {
      mkdirSync(LOCK);
    } catch {
      // A lock older than any build takes was left by a killed run: take it over.
      const lockAge = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (lockAge > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else if (waited > STALE_LOCK_MS) throw new Error(`ensureClientBuilt: waited for ${LOCK} too long`);
      await sleep(500);
      continue;
    }
    try {
      if (!isStale()) return;
      await viteBuild();
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
