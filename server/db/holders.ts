/**
 * Which running servers hold an SQLite file: each writes `<file>.server-<pid>` when it has opened
 * the file and removes it when it stops, so that a restore can refuse to swap the file from
 * under a server (whose later writes would go to the replaced file and be lost). A file left by a
 * process that no longer runs (killed with SIGKILL, a crash) is recognised and removed.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const marker = (path: string, pid: number) => `${resolve(path)}.server-${pid}`;

/** Marks the file as held by this process; the returned function (also run at exit) releases it. */
export function holdDatabaseFile(path: string): () => void {
  const file = marker(path, process.pid);
  writeFileSync(file, `${new Date().toISOString()}\n`);
  const release = () => rmSync(file, { force: true });
  process.once('exit', release);
  return release;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process ids of running servers holding the file (stale marks are removed on the way). */
export function serversHolding(path: string): number[] {
  const full = resolve(path);
  const prefix = `${basename(full)}.server-`;
  let names: string[];
  try {
    names = readdirSync(dirname(full));
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (!Number.isInteger(pid) || pid <= 0) continue;
    if (alive(pid)) pids.push(pid);
    else rmSync(join(dirname(full), name), { force: true });
  }
  return pids;
}
