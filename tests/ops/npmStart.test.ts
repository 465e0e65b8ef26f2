import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/serverChild.ts';
import { waitFor } from '../helpers/serverWait.ts';
import { opsEnv, ROOT } from './opsCommands.ts';

// `npm start` itself, killed with -9 (OPS4). It runs in a folder that links to this checkout's
// sources, with a client build of its own dated in the future, so that scripts/start.mjs finds the
// build up to date and does not rebuild the client that other work shares.
const appDir = mkdtempSync(join(tmpdir(), 'tavla-ops-npm-'));
const dataDir = join(appDir, 'data');
for (const entry of ['client', 'server', 'shared', 'seeds', 'scripts', 'node_modules', 'package.json', 'tsconfig.json', 'vite.config.ts']) {
  symlinkSync(join(ROOT, entry), join(appDir, entry));
}
mkdirSync(join(appDir, 'dist', 'client'), { recursive: true });
writeFileSync(join(appDir, 'dist', 'client', 'index.html'), '<!doctype html><title>Tavla</title>');
const future = new Date('2100-01-01');
utimesSync(join(appDir, 'dist', 'client', 'index.html'), future, future);

const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(appDir, { recursive: true, force: true });
});

const answers = (port: number) => fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.ok, () => false);

/** Runs `npm start` on `port` and resolves once the server answers. */
async function npmStart(port: number): Promise<ChildProcess> {
  const npm = spawn('npm', ['start'], { cwd: appDir, env: { ...opsEnv(dataDir, port), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'pipe'] });
  started.push(npm);
  let stderr = '';
  npm.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await waitFor(
    async () => {
      if (npm.exitCode !== null) throw new Error(`npm start exited with ${npm.exitCode}:\n${stderr}`);
      return answers(port);
    },
    'npm start to answer /api/health',
    60_000,
  );
  return npm;
}

describe('`npm start` killed with -9 (OPS4)', () => {
  it('[OPS4] leaves nothing listening within a few seconds, and the next `npm start` on the same port and DATA_DIR starts', async () => {
    const port = await freePort();
    const first = await npmStart(port);
    first.kill('SIGKILL');
    await waitFor(async () => !(await answers(port)), 'the server of the killed npm start to stop listening', 5_000);

    const second = await npmStart(port);
    expect(await answers(port)).toBe(true);
    second.kill('SIGTERM');
    await waitFor(async () => !(await answers(port)), 'npm start to stop on SIGTERM', 10_000);
  });
});
