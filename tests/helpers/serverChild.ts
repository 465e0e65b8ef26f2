import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loginToken, TEST_ADMIN_PASSWORD, TEST_PASSWORD_COST } from './serverAuth.ts';
import { waitFor } from './serverWait.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The real server as a separate process, started as `npm start` starts it. */
export interface ChildServer {
  url: string;
  process: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** Everything it wrote to stderr (its log lines). */
  stderr(): string;
  /** A bearer token of the admin (ADMIN_PASSWORD is TEST_ADMIN_PASSWORD). */
  token: string;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Spawns `node --import tsx server/main.ts` on `dataDir` and a free port; resolves once /api/health answers. */
export async function startChildServer(dataDir: string): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, PASSWORD_COST: String(TEST_PASSWORD_COST) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let hasExited = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => (hasExited = true));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (hasExited) throw new Error(`the server exited before it answered:\n${stderr}`);
      return fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    },
    'the child server to answer /api/health',
    30_000,
  );
  return { url, process: child, exited, stderr: () => stderr, token: await loginToken(url) };
}
