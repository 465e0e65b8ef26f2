import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { getCardsMap } from '../../shared/doc.ts';
import { TEST_ADMIN_PASSWORD, TEST_PASSWORD_COST } from '../helpers/serverAuth.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The environment `npm start` and the commands get in these tests: DATA_DIR, PORT and the test admin. */
export const opsEnv = (dataDir: string, port?: number): NodeJS.ProcessEnv => ({
  ...process.env,
  DATA_DIR: dataDir,
  HOST: '127.0.0.1',
  ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
  PASSWORD_COST: String(TEST_PASSWORD_COST),
  ...(port !== undefined && { PORT: String(port) }),
});

/** Runs a server/*.ts entry point (a command, or main.ts) with tsx to its end; a server that does not refuse is ended after 30 s. */
export function runTs(file: string, args: string[], env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 });
}

/** Like runTs, without blocking the event loop: for a command that runs while this process's clients keep editing. */
export function runTsAsync(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (status) => resolve({ status, stdout, stderr })));
}

/** Adds cards titled `titles` to the first column of a board through a real provider, and waits until the server has stored them (SRV4: a second client sees them). */
export async function addCards(url: string, token: string, boardId: string, titles: readonly string[]): Promise<void> {
  const writer = connectProvider(url, boardId, token);
  const reader = connectProvider(url, boardId, token);
  try {
    await Promise.all([synced(writer), synced(reader)]);
    const column = readColumns(writer.doc)[0]!.id;
    const ids = titles.map((title) => createCard(writer.doc, { column, title }));
    await waitFor(() => ids.every((id) => getCardsMap(reader.doc).has(id)), 'the cards to reach a second client');
  } finally {
    writer.destroy();
    reader.destroy();
  }
}

/** The card titles of a board, read through a real provider. */
export async function cardTitles(url: string, token: string, boardId: string): Promise<string[]> {
  const client = connectProvider(url, boardId, token);
  try {
    await synced(client);
    return [...getCardsMap(client.doc).values()].map((card) => String(card.get('title'))).sort();
  } finally {
    client.destroy();
  }
}
