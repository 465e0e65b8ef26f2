import Database from 'better-sqlite3';

/**
 * Opens a second connection to the boards' SQLite file (`tavla.db`) for a module with tables of
 * its own (auth, history), and brings those tables up to date.
 *
 * Why a second connection and not SqliteStorage's: the boards' migration (PRAGMA user_version)
 * stays untouched, and each module versions its own tables in `tavla_modules`. WAL lets the
 * connections share the file; better-sqlite3 is synchronous, so within one process their
 * transactions never overlap, and busy_timeout covers another process (npm run user) writing.
 *
 * `steps[i]` moves the module's tables from version i to i+1; applied steps never change.
 */
export function openModuleDatabase(file: string, module: string, steps: readonly string[]): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS tavla_modules (module TEXT PRIMARY KEY, version INTEGER NOT NULL)');
    const row = db.prepare<[string], { version: number }>('SELECT version FROM tavla_modules WHERE module = ?').get(module);
    for (let version = row?.version ?? 0; version < steps.length; version++) db.exec(steps[version]!);
    db.prepare('INSERT INTO tavla_modules (module, version) VALUES (?, ?) ON CONFLICT (module) DO UPDATE SET version = excluded.version').run(module, steps.length);
  }).immediate();
  return db;
}
