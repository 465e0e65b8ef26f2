// `npm start`: build the client when its sources are newer than the last build, then run the
// server, which serves the built client and the API on one port.
// One process (OPS4): the server runs in this process (tsx registered here), so `kill -9` of it
// leaves nothing listening. package.json starts it with `exec`, so npm's shell is replaced by it and
// it is npm's own child; when npm dies (even by kill -9) this process's parent changes, and it stops
// as on SIGTERM. Run directly (`node scripts/start.mjs`, under systemd or nohup) it watches nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

const built = 'dist/client/index.html';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sourcesMtime = Math.max(newestMtime('client'), newestMtime('shared'), statSync('vite.config.ts').mtimeMs);
if (!existsSync(built) || statSync(built).mtimeMs < sourcesMtime) {
  console.log('Building the client…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** How often the parent is checked; a stop within a second or two is soon enough. */
const PARENT_CHECK_MS = 500;

// npm sets npm_lifecycle_event for the scripts it runs. Polling process.ppid is the one way that
// works everywhere: Node cannot ask the kernel for a signal at the parent's death (Linux's
// PR_SET_PDEATHSIG), and npm hands its scripts the terminal, not a pipe whose end would tell.
if (process.env.npm_lifecycle_event === 'start') {
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    console.error(`Tavla: npm (pid ${parent}) is gone; stopping.`);
    process.kill(process.pid, 'SIGTERM');
  }, PARENT_CHECK_MS);
  watch.unref();
}

register();
await import('../server/main.ts');
