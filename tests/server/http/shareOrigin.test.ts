import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { useSqliteServer } from '../access/sqliteServer.ts';

/** POST /api/boards/:id/share as the admin, with the Host header the test names (fetch would not send a forged one). */
function createShare(url: string, token: string, boardId: string, host: string): Promise<{ status: number; body: { url?: string; error?: string } }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/boards/${boardId}/share`, { method: 'POST', headers: { host, authorization: `Bearer ${token}` } }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) as { url?: string; error?: string } }));
    });
    req.on('error', reject);
    req.end();
  });
}

const shareCount = async (url: string, token: string, boardId: string) => ((await (await fetch(`${url}/api/boards/${boardId}/share`, { headers: { authorization: `Bearer ${token}` } })).json()) as unknown[]).length;

describe('without PUBLIC_URL, a share link is built only on a host the server knows (SEC6)', () => {
  const fx = useSqliteServer({ allowedOrigins: ['https://tavla.example.org'] });

  it('[SEC6] Host: evil.example is 400 invalid_host and no link is made', async () => {
    const id = await fx.createBoard();
    const refused = await createShare(fx.url, fx.admin, id, 'evil.example');
    expect(refused).toEqual({ status: 400, body: expect.objectContaining({ error: 'invalid_host' }) });
    expect(await shareCount(fx.url, fx.admin, id)).toBe(0);
  });

  it('[SEC6] the address the server was reached at, localhost on a loopback address, and an ALLOWED_ORIGINS host give links on themselves', async () => {
    const id = await fx.createBoard();
    const { host, port } = new URL(fx.url);
    expect((await createShare(fx.url, fx.admin, id, host)).body.url).toMatch(new RegExp(`^http://${host.replace(/\./g, '\\.')}/b/${id}\\?share=`));
    expect((await createShare(fx.url, fx.admin, id, `localhost:${port}`)).body.url).toMatch(new RegExp(`^http://localhost:${port}/b/`));
    expect((await createShare(fx.url, fx.admin, id, 'tavla.example.org')).body.url).toMatch(/^https:\/\/tavla\.example\.org\/b\//);
    // Another port on the same machine is not the server.
    expect((await createShare(fx.url, fx.admin, id, `127.0.0.1:${Number(port) + 1}`)).status).toBe(400);
    expect(await shareCount(fx.url, fx.admin, id)).toBe(3);
  });
});

describe('with PUBLIC_URL, every share link is on it (SEC6)', () => {
  const fx = useSqliteServer({ publicUrl: 'https://tavla.example.org' });

  it('[SEC6] Host: evil.example still gets a link on PUBLIC_URL', async () => {
    const id = await fx.createBoard();
    const { status, body } = await createShare(fx.url, fx.admin, id, 'evil.example');
    expect(status).toBe(201);
    expect(body.url).toMatch(new RegExp(`^https://tavla\\.example\\.org/b/${id}\\?share=`));
  });

  it('[SEC6] PUBLIC_URL must be an http(s) origin; a path, query or other scheme stops the server at start', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://tavla.example.org/' }).auth?.publicUrl).toBe('https://tavla.example.org');
    for (const bad of ['tavla.example.org', 'ftp://tavla.example.org', 'https://tavla.example.org/tavla', 'https://tavla.example.org/?a=1', 'https://user:pw@tavla.example.org']) {
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(/PUBLIC_URL/);
    }
  });
});
