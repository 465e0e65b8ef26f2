// `npm run user -- add <username> <displayName> [--admin] [--password <password>]` adds an account;
// `npm run user -- passwd <username> [--password <password>]` sets a new password;
// `npm run user -- remove <username>` removes an account (never the last admin). Without
// --password the password is read from the first line of standard input (so it stays out of the
// shell history and the process list): `echo "$PW" | npm run user -- add anna "Anna Sundén"`.
// Works on DATA_DIR's tavla.db; safe while the server runs (SQLite WAL, busy timeout). It holds
// DATA_DIR's lock shared while it writes (OPS1), so it refuses while a restore or reset runs.
import { createInterface } from 'node:readline';
import { displayNameField, passwordField, usernameField } from './access/accountFields.ts';
import { AuthService } from './access/AuthService.ts';
import { AuthError } from './access/AuthError.ts';
import { SqliteAuthStore } from './storage/SqliteAuthStore.ts';
import { loadConfig } from './config.ts';
import { exitOnRefusal } from './exitOnRefusal.ts';
import { openDataDir } from './openDataDir.ts';

const USAGE = [
  'usage: npm run user -- add <username> <displayName> [--admin | --creator] [--password <password>]',
  '       npm run user -- passwd <username> [--password <password>]',
  '       npm run user -- remove <username>',
].join('\n');

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

async function readPassword(given: string | undefined): Promise<string> {
  if (given !== undefined) return given;
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return fail('no password given (--password, or one line on standard input)');
}

const args = process.argv.slice(2);
const passwordAt = args.indexOf('--password');
const givenPassword = passwordAt >= 0 ? args[passwordAt + 1] : undefined;
if (passwordAt >= 0 && givenPassword === undefined) fail('--password needs a value');
const admin = args.includes('--admin');
// A creator may create boards (SEC2).
const creator = args.includes('--creator');
if (admin && creator) fail('--admin or --creator, not both');
const siteRole = admin ? 'admin' : creator ? 'creator' : 'user';
const positional = args.filter((arg, i) => arg !== '--admin' && arg !== '--creator' && (passwordAt < 0 || (i !== passwordAt && i !== passwordAt + 1)));
const [command, username, displayName, ...extra] = positional;
if (extra.length > 0 || positional.some((arg) => arg.startsWith('--'))) fail(`unknown argument: ${[...extra, ...positional.filter((arg) => arg.startsWith('--'))].join(' ')}`);

const config = loadConfig();
const parsedName = usernameField.safeParse(username ?? '');
if (!parsedName.success) fail(`bad username: ${parsedName.error.issues[0]?.message}`);

/** Runs `action` on DATA_DIR's accounts and closes the database afterwards. */
async function withAuth(action: (auth: AuthService) => Promise<void>): Promise<void> {
  const { dbFile, lock } = exitOnRefusal(() => openDataDir(config.dataDir, 'shared', 'npm run user'));
  const store = new SqliteAuthStore(dbFile);
  try {
    await action(new AuthService(store, { sessionTtlMs: config.auth!.sessionTtlMs, passwordCost: config.auth!.passwordCost }));
  } finally {
    await store.close();
    lock.release();
  }
}

if (command === 'add') {
  const parsedDisplay = displayNameField.safeParse(displayName ?? '');
  if (!parsedDisplay.success) fail('a display name is needed, e.g. "Anna Sundén"');
  const password = passwordField.safeParse(await readPassword(givenPassword));
  if (!password.success) fail(`bad password: ${password.error.issues[0]?.message}`);
  await withAuth(async (auth) => {
    try {
      const user = await auth.addUser({ username: parsedName.data, password: password.data, displayName: parsedDisplay.data, siteRole });
      console.log(`Added ${user.username} (${user.displayName}${siteRole === 'user' ? '' : `, ${siteRole}`}).`);
    } catch (error) {
      if (error instanceof AuthError) fail(error.message);
      throw error;
    }
  });
} else if (command === 'passwd') {
  if (displayName !== undefined) fail(`unknown argument: ${displayName}`);
  const password = passwordField.safeParse(await readPassword(givenPassword));
  if (!password.success) fail(`bad password: ${password.error.issues[0]?.message}`);
  await withAuth(async (auth) => {
    await auth.setPassword(parsedName.data, password.data).catch((error: unknown) => {
      if (error instanceof AuthError) fail(error.message);
      throw error;
    });
    console.log(`New password set for ${parsedName.data}.`);
  });
} else if (command === 'remove') {
  if (displayName !== undefined || admin || creator || givenPassword !== undefined) fail(`remove takes a username only`);
  await withAuth(async (auth) => {
    await auth.removeUser(parsedName.data).catch((error: unknown) => {
      if (error instanceof AuthError && error.code === 'last_admin') fail(`"${parsedName.data}" is the last admin; add another admin first`);
      if (error instanceof AuthError) fail(error.message);
      throw error;
    });
    // A running server closes the account's open connections at its next session sweep (AUTH13).
    console.log(`Removed ${parsedName.data}; their history stays under their name.`);
  });
} else {
  fail(command === undefined ? 'no command' : `unknown command: ${command}`);
}
