import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authHeaders, loginToken } from './serverAuth.ts';
import { freePort } from './freePort.ts';
import { spawnServer, type ServerProcess } from './serverChild.ts';

/**
 * The reliability tests attack with many clients as one admin from 127.0.0.1; the per-user and
 * per-address connection caps (AUTH12) would refuse them, so they are lifted, as for a load test.
 */
const ATTACK_ENV = { MAX_CONNECTIONS_PER_USER: '100000', MAX_CONNECTIONS_PER_ADDRESS: '100000' };

/** The real server (`server/main.ts`, as `npm start` runs it) in a child process that can be killed and started again on the same port and data. */
export interface ReliabilityServer {
  readonly url: string;
  readonly dataDir: string;
  /** The admin's bearer token of the running process (sessions survive a restart, but a fresh login is cheap). */
  readonly token: string;
  readonly process: ChildProcess;
  /** Everything the current process wrote to stderr. */
  stderr(): string;
  /** Starts the server again after a kill or stop, on the same port and data directory. */
  restart(): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Creates a board through REST as the admin and returns its id. */
  createBoard(title?: string, kind?: string): Promise<string>;
  /** Kills the process and removes the data directory. */
  dispose(): Promise<void>;
}

/** Starts the server in a fresh temp data directory; `env` adds configuration. */
export async function startReliabilityServer(env: Record<string, string> = {}): Promise<ReliabilityServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tavla-reliability-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let current!: ServerProcess;
  let token = '';

  async function start(): Promise<void> {
    current = await spawnServer(port, dataDir, { LOG_LEVEL: 'warn', ...ATTACK_ENV, ...env });
    token = await loginToken(url);
  }

  await start();
  const server: ReliabilityServer = {
    url,
    dataDir,
    get token() {
      return token;
    },
    get process() {
      return current.process;
    },
    stderr: () => current.stderr(),
    restart: start,
    async kill(signal = 'SIGKILL') {
      const { process: child, exited } = current;
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    async createBoard(title = 'Tavla', kind = 'general') {
      const response = await fetch(`${url}/api/boards`, { method: 'POST', headers: authHeaders(token), body: JSON.stringify({ title, kind }) });
      if (response.status !== 201) throw new Error(`board not created: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    },
    async dispose() {
      await server.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}
