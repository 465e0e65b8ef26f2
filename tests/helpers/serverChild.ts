import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { loginToken, TEST_ADMIN_PASSWORD, TEST_PASSWORD_COST } from './serverAuth.ts';
import { freePort } from './freePort.ts';
import { waitFor } from './serverWait.ts';

// Re-exported for the tests that take the port for spawnServer from here; its home is freePort.ts.
export { freePort };

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The real server as a separate process, started as `npm start` starts it. */
export interface ChildServer extends ServerProcess {
  url: string;
  /** A bearer token of the admin (ADMIN_PASSWORD is TEST_ADMIN_PASSWORD). */
  token: string;
}

/** A running `server/main.ts` process, as spawnServer leaves it. */
export interface ServerProcess {
  process: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** Everything it wrote to stderr (its log lines). */
  stderr(): string;
}

/**
 * Spawns `node --import tsx server/main.ts` on `port` and `dataDir`, ADMIN_PASSWORD set to
 * TEST_ADMIN_PASSWORD and `env` added; resolves once /api/health answers.
 */
export async function spawnServer(port: number, dataDir: string, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, PASSWORD_COST: String(TEST_PASSWORD_COST), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let hasExited = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => (hasExited = true));
  await waitFor(
    async () => {
      if (hasExited) throw new Error(`the server exited before it answered:\n${stderr}`);
      return fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.ok, () => false);
    },
    'the child server to answer /api/health',
    30_000,
  );
  return { process: child, exited, stderr: () => stderr };
}

/** Spawns the server on `dataDir` and a free port, logging at info; resolves once /api/health answers. */
export async function startChildServer(dataDir: string): Promise<ChildServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await spawnServer(port, dataDir, { LOG_LEVEL: 'info' });
  return { url, ...server, token: await loginToken(url) };
}

/** startChildServer for one test: the process is killed (-9) when the test ends, whatever the test did to it before. */
export async function childServerOfTest(dataDir: string): Promise<ChildServer> {
  const child = await startChildServer(dataDir);
  onTestFinished(async () => {
    child.process.kill('SIGKILL');
    await child.exited;
  });
  return child;
}
