import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../server/startServer.ts';
import { testAuthConfig } from '../../helpers/serverAuth.ts';
import { captureLogs } from '../../helpers/serverLogs.ts';

const root = mkdtempSync(join(tmpdir(), 'tavla-headers-'));
const clientDir = join(root, 'client');
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(join(clientDir, 'assets'), { recursive: true });
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Tavla</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(clientDir, 'assets/app.js'), 'console.log("tavla")');
  server = await startServer(
    { port: 0, host: '127.0.0.1', dataDir: join(root, 'data'), maxMessageBytes: 64 * 1024, compactEvery: 500, auth: testAuthConfig() },
    { logger: captureLogs().logger, clientDir },
  );
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The policy's directives by name. */
const directives = (policy: string | null): Map<string, string[]> =>
  new Map((policy ?? '').split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...values]) => [name!, values]));

describe('every response carries the security headers (SEC5)', () => {
  it.each([
    ['the page', '/', 'GET'],
    ['a client route', '/b/tavla-1', 'GET'],
    ['a static asset', '/assets/app.js', 'GET'],
    ['an API answer', '/api/health', 'GET'],
    ['an API refusal', '/api/boards', 'GET'],
    ['an unknown API path', '/api/finns-inte', 'GET'],
    ['a refused login', '/api/auth/login', 'POST'],
  ])('[SEC5] %s', async (_name, path, method) => {
    const response = await fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(method === 'POST' && { body: '{}' }) });
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    const host = new URL(server.url).host;
    expect(csp.get('connect-src')).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    // Served over http here: no HSTS, which would only apply to https anyway.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});
