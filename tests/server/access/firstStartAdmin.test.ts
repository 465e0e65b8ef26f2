import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../helpers/serverChild.ts';
import { loginToken } from '../../helpers/serverAuth.ts';
import { waitFor } from '../../helpers/serverWait.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'tavla-first-admin-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `npm start`'s server/main.ts without ADMIN_PASSWORD until it listens; returns its stdout and stops it. */
async function startAndStop(): Promise<{ stdout: string; url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const { ADMIN_PASSWORD: _unset, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env: { ...env, PORT: String(port), DATA_DIR: dataDir, PASSWORD_COST: '10' }, stdio: ['ignore', 'pipe', 'ignore'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor(() => stdout.includes('Tavla is running'), 'the server to listen', 30_000);
  return { stdout, url: `http://127.0.0.1:${port}`, stop: () => (child.kill('SIGTERM'), exited) };
}

describe('first start without ADMIN_PASSWORD (AUTH7)', () => {
  it('[AUTH7] prints a random admin password once, which logs in, and never again on the next start', async () => {
    const first = await startAndStop();
    const password = /the password (\S+) \(shown only this once\)/.exec(first.stdout)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(await loginToken(first.url, 'admin', password)).toBeTruthy();
    await first.stop();
    const second = await startAndStop();
    expect(second.stdout).not.toContain('password');
    expect(await loginToken(second.url, 'admin', password)).toBeTruthy();
    await second.stop();
  });
});
