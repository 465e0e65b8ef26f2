import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { freePort, spawnServer, type ServerProcess } from '../../helpers/serverChild.ts';
import { authHeaders, loginToken } from '../../helpers/serverAuth.ts';

const MB = 1024 * 1024;
const ATTACK_BYTES = 100 * MB;

let server: ServerProcess;
let url = '';
let token = '';
const dataDir = mkdtempSync(join(tmpdir(), 'tavla-bodies-'));

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = await spawnServer(port, dataDir, {});
  token = await loginToken(url);
}, 60_000);

afterAll(async () => {
  server?.process.kill();
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

/** The child server's resident memory (VmRSS) and its peak so far (VmHWM), in bytes. */
function memory(): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${server.process.pid}/status`, 'utf8');
  const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]) * 1024;
  return { rss: kB('VmRSS'), peak: kB('VmHWM') };
}

/**
 * Streams ATTACK_BYTES of JSON-looking bytes to `path`, with a Content-Length or chunked, and stops
 * writing once the server answers. Resolves with the status and how much had been sent by then.
 */
function sendHugeBody(path: string, headers: Record<string, string>, chunked: boolean): Promise<{ status: number; sentBeforeAnswer: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(MB, 0x20); // spaces: whitespace a JSON parser would read on and on
    let sent = 0;
    let answered = false;
    const req = request(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers, ...(!chunked && { 'content-length': String(ATTACK_BYTES) }) } });
    req.on('response', (response) => {
      answered = true;
      const sentBeforeAnswer = sent;
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode!, sentBeforeAnswer }));
      req.destroy();
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = (): void => {
      while (!answered && sent < ATTACK_BYTES) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

const boardIds = async (): Promise<string[]> => ((await (await fetch(`${url}/api/boards`, { headers: authHeaders(token) })).json()) as { id: string }[]).map((board) => board.id).sort();

describe('request bodies are capped on every route (SEC1)', () => {
  it('[SEC1] 100 MB bodies, with a Content-Length and chunked, to login and to an authenticated route: 413 before they are read, and the server does not grow by them', async () => {
    const boardsBefore = await boardIds();
    const before = memory();
    const attacks: { path: string; headers: Record<string, string>; chunked: boolean }[] = [
      { path: '/api/auth/login', headers: {}, chunked: false },
      { path: '/api/auth/login', headers: {}, chunked: true },
      { path: '/api/boards', headers: { authorization: `Bearer ${token}` }, chunked: false },
      { path: '/api/boards', headers: { authorization: `Bearer ${token}` }, chunked: true },
    ];
    for (const attack of attacks) {
      const outcome = await sendHugeBody(attack.path, attack.headers, attack.chunked);
      expect(outcome.status, `${attack.path} chunked=${attack.chunked}`).toBe(413);
      expect(outcome.sentBeforeAnswer).toBeLessThan(ATTACK_BYTES / 2);
    }
    expect(memory().peak - before.rss).toBeLessThan(40 * MB);

    // Nothing stored changed, and honest requests still work.
    expect(await boardIds()).toEqual(boardsBefore);
    const created = await fetch(`${url}/api/boards`, { method: 'POST', headers: authHeaders(token), body: JSON.stringify({ title: 'Efter attacken', kind: 'general' }) });
    expect(created.status).toBe(201);
    expect(await loginToken(url)).toMatch(/.+/);
  }, 60_000);

  it('[SEC1] a body just under the limit is read as usual; just over it is 413 too_large', async () => {
    const pad = (bytes: number) => JSON.stringify({ title: 'x', kind: 'general', pad: ' '.repeat(bytes) });
    const under = await fetch(`${url}/api/boards`, { method: 'POST', headers: authHeaders(token), body: pad(MB - 100) });
    expect(under.status).toBe(400); // read and validated: `pad` is not a field
    const over = await fetch(`${url}/api/boards`, { method: 'POST', headers: authHeaders(token), body: pad(MB) });
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ error: 'too_large' });
    // A small chunked body is counted and then read as usual.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(`${url}/api/boards`, { method: 'POST', headers: authHeaders(token) }, (response) => {
        response.resume();
        resolve(response.statusCode!);
      });
      req.on('error', reject);
      req.write(JSON.stringify({ title: 'Styckvis', kind: 'general' }));
      req.end();
    });
    expect(chunked).toBe(201);
  });

  it('[SEC1] MAX_BODY_BYTES sets the limit; a bad value stops the server naming it', () => {
    expect(loadConfig({ MAX_BODY_BYTES: '2048' }).auth?.maxBodyBytes).toBe(2048);
    expect(loadConfig({}).auth?.maxBodyBytes).toBe(MB);
    expect(() => loadConfig({ MAX_BODY_BYTES: '0' })).toThrow(/MAX_BODY_BYTES/);
  });
});
