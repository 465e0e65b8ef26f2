import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { authHeaders, loginToken, TEST_ADMIN_PASSWORD, TEST_PASSWORD_COST } from '../../helpers/serverAuth.ts';
import { freePort } from '../../helpers/freePort.ts';
import { waitFor } from '../../helpers/serverWait.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * How the server is run: `npm start` (scripts/start.mjs registers tsx in its own thread, as here,
 * without its client build) and `npm run dev` (`tsx watch`, which hands node `--import tsx`).
 */
const WAYS = {
  'npm start': ['--input-type=module', '-e', "import { register } from 'tsx/esm/api'; register(); await import('./server/main.ts');"],
  'npm run dev': ['--import', 'tsx', 'server/main.ts'],
};

/** The server as a child process run `way`, seeded; its URL once /api/health answers, killed when the test ends. */
async function serverRun(way: keyof typeof WAYS): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tavla-xlsx-worker-'));
  const port = await freePort();
  const child = spawn(process.execPath, WAYS[way], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, PASSWORD_COST: String(TEST_PASSWORD_COST) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  onTestFinished(async () => {
    child.kill('SIGKILL');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`the server exited:\n${stderr}`);
      return fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    },
    `the server run as ${way} to answer`,
    60_000,
  );
  return url;
}

describe('the XLSX worker starts however the server is run (IMP8)', () => {
  it.each(Object.keys(WAYS) as (keyof typeof WAYS)[])('[IMP8] run as %s, the server reads an XLSX in its worker: the seeded board exported and read back is unchanged', async (way) => {
    const url = await serverRun(way);
    const token = await loginToken(url);
    const exported = await fetch(`${url}/api/boards/hsf-atgarder/export?format=xlsx`, { headers: authHeaders(token) });
    const file = Buffer.from(await exported.arrayBuffer()).toString('base64');
    const response = await fetch(`${url}/api/boards/hsf-atgarder/import?dryRun=true`, { method: 'POST', headers: authHeaders(token), body: JSON.stringify({ format: 'xlsx', file }) });
    const answer = (await response.json()) as { counts: Record<string, number> };
    expect(response.status).toBe(200);
    expect(answer.counts).toMatchObject({ create: 0, update: 0, unchanged: 17, refused: 0 });
  }, 120_000);
});
