import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuthService } from '../../../server/access/AuthService.ts';
import { SqliteAuthStore } from '../../../server/storage/SqliteAuthStore.ts';

// `npm run user` runs server/userCommand.ts with tsx, on DATA_DIR's tavla.db.
const dataDir = mkdtempSync(join(tmpdir(), 'tavla-user-command-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { ...process.env, DATA_DIR: dataDir, PASSWORD_COST: '10' };
const run = (args: string[], input?: string) => spawnSync(process.execPath, ['--import', 'tsx', 'server/userCommand.ts', ...args], { env, input: input ?? '', encoding: 'utf8' });

async function canLogIn(username: string, password: string): Promise<boolean> {
  const store = new SqliteAuthStore(join(dataDir, 'tavla.db'));
  try {
    return await new AuthService(store, { sessionTtlMs: 60_000 }).login(username, password).then(() => true, () => false);
  } finally {
    await store.close();
  }
}

describe('npm run user (AUTH5)', () => {
  it('[AUTH5] adds an account with the password from standard input, or --password; refuses a taken name', async () => {
    const added = run(['add', 'Anna', 'Anna Sundén'], 'hemligt-lösen\n');
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toContain('Added anna (Anna Sundén)');
    expect(added.stdout).not.toContain('hemligt');
    expect(await canLogIn('anna', 'hemligt-lösen')).toBe(true);
    expect(execFileSync(process.execPath, ['--import', 'tsx', 'server/userCommand.ts', 'add', 'bo', 'Bo Ek', '--admin', '--password', 'bos-lösenord'], { env, encoding: 'utf8' })).toContain('admin');
    expect(await canLogIn('bo', 'bos-lösenord')).toBe(true);
    // A creator may create boards (SEC2); it is one or the other.
    const creator = run(['add', 'cilla', 'Cilla Ek', '--creator'], 'cillas-lösenord\n');
    expect(creator.stdout).toContain('Added cilla (Cilla Ek, creator)');
    expect(run(['add', 'dora', 'Dora Ek', '--creator', '--admin'], 'doras-lösenord\n').status).toBe(2);
    const taken = run(['add', 'anna', 'Anna 2'], 'annat-lösen\n');
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('taken');
  });

  it('[AUTH5] passwd sets a new password; bad input is refused with the usage', async () => {
    expect(run(['passwd', 'anna'], 'nytt-lösenord\n').status).toBe(0);
    expect(await canLogIn('anna', 'nytt-lösenord')).toBe(true);
    expect(run(['add', 'kort', 'Kort'], 'kort\n').stderr).toMatch(/bad password/);
    expect(run(['delete', 'anna']).stderr).toMatch(/unknown command: delete\nusage/);
    expect(run(['passwd', 'ingen'], 'nytt-lösenord\n').stderr).toContain('no user "ingen"');
  });

  it('[AUTH14] remove deletes an account, which then cannot log in; an unknown name and the last admin are refused', async () => {
    expect(run(['add', 'cissi', 'Cissi Ek'], 'cissis-lösen\n').status).toBe(0);
    const removed = run(['remove', 'Cissi']);
    expect(removed.status, removed.stderr).toBe(0);
    expect(removed.stdout).toContain('Removed cissi');
    expect(await canLogIn('cissi', 'cissis-lösen')).toBe(false);
    expect(run(['remove', 'cissi']).stderr).toContain('no user "cissi"');
    // bo is the only admin of this database (added with --admin above).
    const lastAdmin = run(['remove', 'bo']);
    expect(lastAdmin.status).toBe(2);
    expect(lastAdmin.stderr).toContain('last admin');
    expect(await canLogIn('bo', 'bos-lösenord')).toBe(true);
  });
});
