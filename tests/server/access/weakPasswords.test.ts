import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { authHeaders, loginToken } from '../../helpers/serverAuth.ts';
import { useSqliteServer } from './sqliteServer.ts';

const fx = useSqliteServer();
const scratch = mkdtempSync(join(tmpdir(), 'tavla-weak-passwords-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const addUser = (username: string, displayName: string, password: string) =>
  fetch(`${fx.url}/api/users`, { method: 'POST', headers: authHeaders(fx.admin), body: JSON.stringify({ username, displayName, password }) });
const usernames = async () => ((await (await fetch(`${fx.url}/api/users`, { headers: authHeaders(fx.admin) })).json()) as { username: string }[]).map((user) => user.username).sort();

/** `npm run user` on the server's own DATA_DIR, which it shares with the running server. */
const userCommand = (args: string[], input: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/userCommand.ts', ...args], { env: { ...process.env, DATA_DIR: fx.dataDir, PASSWORD_COST: '10' }, input, encoding: 'utf8' });

describe('weak passwords are refused everywhere a password is set (SEC7)', () => {
  it('[SEC7] POST /api/users: a common password (any case), the username or the display name is 400 weak_password with the reason; nothing is created', async () => {
    const before = await usernames();
    const attempts: [string, string, string, string][] = [
      ['gustav', 'Gustav Berg', 'password', 'common'],
      ['gustav', 'Gustav Berg', '12345678', 'common'],
      ['gustav', 'Gustav Berg', 'PassWord', 'common'],
      ['gustav', 'Gustav Berg', 'Qwertyuiop', 'common'],
      ['gustav.berg', 'Gustav Berg', 'Gustav.Berg', 'username'],
      ['gustav', 'Gustav Berg', 'gustav berg', 'display_name'],
    ];
    for (const [username, displayName, password, reason] of attempts) {
      const response = await addUser(username, displayName, password);
      expect(response.status, password).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'weak_password', reason });
    }
    expect(await usernames()).toEqual(before);
    expect((await addUser('gustav', 'Gustav Berg', 'gustavs-egna-lösen')).status).toBe(201);
  });

  it('[SEC7] npm run user -- add and passwd refuse a common password and change nothing', async () => {
    const added = userCommand(['add', 'hilda', 'Hilda Ek'], 'password\n');
    expect(added.status).toBe(2);
    expect(added.stderr).toContain('one of the most common passwords');
    expect(await usernames()).not.toContain('hilda');

    expect(userCommand(['add', 'hilda', 'Hilda Ek'], 'hildas-eget-lösen\n').status).toBe(0);
    const passwd = userCommand(['passwd', 'hilda'], 'Hilda Ek\n');
    expect(passwd.status).toBe(2);
    expect(passwd.stderr).toContain('it is the display name');
    // userCommand blocks this process, the server's too, for seconds: let the server close the idle
    // keep-alive socket its timeout ran out on before fetch reuses it (else ECONNRESET, not a refusal).
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await loginToken(fx.url, 'hilda', 'hildas-eget-lösen')).toMatch(/.+/);
  });

  it('[SEC7] a common ADMIN_PASSWORD stops the server before anything is stored, with a message naming it', () => {
    expect(() => loadConfig({ ADMIN_PASSWORD: 'password' })).toThrow(/ADMIN_PASSWORD: the password is too easy to guess/);
    expect(() => loadConfig({ ADMIN_PASSWORD: 'ADMIN123456' })).not.toThrow();
    const dataDir = join(scratch, 'first-start');
    const started = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_PASSWORD: 'baseball', PASSWORD_COST: '10' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(started.status).not.toBe(0);
    expect(started.stderr).toMatch(/ADMIN_PASSWORD: the password is too easy to guess: it is one of the most common passwords/);
    expect(existsSync(join(dataDir, 'tavla.db'))).toBe(false);
  });
});
