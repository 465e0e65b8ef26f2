import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../tests/helpers/freePort.ts';

/** The repository root: every child runs from there, as `npm start` does. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A benchmarked server in its own process, so its CPU and memory are its own. */
export interface ChildProcessServer {
  port: number;
  process: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** The child's heap after two full collections (memoryProbe.ts). */
  memory(): Promise<NodeJS.MemoryUsage>;
  /** SIGTERM, then SIGKILL if it has not exited within 10 s. */
  stop(): Promise<void>;
  /** SIGKILL: nothing is stored or compacted on the way out. */
  kill(): Promise<void>;
  stderr(): string;
}

/**
 * Starts `node --expose-gc --import tsx --import bench/servers/memoryProbe.ts <script>` with
 * PORT set to a free port and `env` added; resolves once `ready(port)` answers true.
 * `nodeFlags` go before the script (e.g. `--cpu-prof`).
 */
export async function spawnChild(
  script: string,
  env: Record<string, string>,
  ready: (port: number) => Promise<boolean>,
  nodeFlags: string[] = [],
): Promise<ChildProcessServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--expose-gc', ...nodeFlags, '--import', 'tsx', '--import', './bench/servers/memoryProbe.ts', script], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let hasExited = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + 60_000;
  while (!(await ready(port).catch(() => false))) {
    if (hasExited) throw new Error(`${script} exited before it was ready:\n${stderr}`);
    if (Date.now() > deadline) throw new Error(`${script} was not ready within 60 s:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port,
    process: child,
    exited,
    stderr: () => stderr,
    memory: () =>
      new Promise((resolve, reject) => {
        const onMessage = (message: unknown) => {
          if (message && typeof message === 'object' && 'memory' in message) {
            child.off('message', onMessage);
            resolve((message as { memory: NodeJS.MemoryUsage }).memory);
          }
        };
        child.on('message', onMessage);
        if (!child.send('memory')) reject(new Error('the child has no IPC channel'));
      }),
    async stop() {
      if (hasExited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
    async kill() {
      if (!hasExited) child.kill('SIGKILL');
      await exited;
    },
  };
}
