/**
 * `npm run backup -- PATH`: an online backup of the database (SQLite's backup API), safe while
 * the server runs; `npm run restore -- PATH` puts a backup in place, and refuses while a server
 * holds the file (`server/db/holders.ts`): stop it first.
 * Both use DATABASE_PATH (default data/station-monitor.db); a PostgreSQL database (DATABASE_URL)
 * is backed up with PostgreSQL's own tools.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { serversHolding } from '../server/db/holders.ts';
import { checkDatabaseFile, StartupError } from '../server/startup.ts';

const [command, target] = process.argv.slice(2);
const databasePath = process.env.DATABASE_PATH || 'data/station-monitor.db';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (process.env.DATABASE_URL)
  fail(
    'DATABASE_URL names a PostgreSQL database: back it up with pg_dump -Fc -f FILE "$DATABASE_URL" and restore with pg_restore --clean -d "$DATABASE_URL" FILE (this command backs up the SQLite file of DATABASE_PATH)',
  );

/** The file is an intact Station Monitor database. */
function checkBackup(path: string): void {
  if (!existsSync(path)) fail(`no such file: ${path}`);
  try {
    checkDatabaseFile(path);
  } catch (error) {
    fail(error instanceof StartupError ? error.message : String(error));
  }
  const db = new Database(path, { readonly: true });
  const result = db.pragma('integrity_check', { simple: true });
  db.close();
  if (result !== 'ok') fail(`${path} is damaged (integrity check: ${String(result)})`);
}

async function backup(to: string): Promise<void> {
  if (!existsSync(databasePath)) fail(`no database at ${databasePath} (set DATABASE_PATH)`);
  if (existsSync(to)) fail(`${to} exists already: choose a new file`);
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  await db.backup(to);
  db.close();
  checkBackup(to);
  process.stdout.write(`backed up ${databasePath} to ${to}\n`);
}

function restore(from: string): void {
  const servers = serversHolding(databasePath);
  if (servers.length > 0)
    fail(
      `a server (process ${servers.join(', ')}) is using ${databasePath}: stop it first (Ctrl-C or kill -TERM ${servers.join(' ')}), then restore; nothing was changed`,
    );
  checkBackup(from);
  const staged = `${databasePath}.restoring`;
  copyFileSync(from, staged);
  // The old file's write-ahead log belongs to the old file: without it the restored file stands alone.
  for (const suffix of ['-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
  renameSync(staged, databasePath);
  process.stdout.write(`restored ${from} to ${databasePath}\n`);
}

if (command === 'backup' && target) await backup(target);
else if (command === 'restore' && target) restore(target);
else fail('usage: npm run backup -- PATH   |   npm run restore -- PATH');
