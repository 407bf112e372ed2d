/** The server as an operator runs it: `server/main.ts` in a real process, with only the environment given. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
/**
 * The server as `npm start` runs it: Node itself with tsx as its loader, so that a signal reaches
 * the server's own handlers (tsx's command-line wrapper relays signals with a 30 ms wait, then
 * kills the server outright on a busy machine: no checkpoint, exit 143).
 */
const serverCommand = [process.execPath, ['--import', 'tsx', 'server/main.ts']] as const;
/** The compiled server, as `npm start` runs it after `npm run build` (scripts/build-server.mjs). */
const compiledCommand = [process.execPath, ['--enable-source-maps', 'dist/server/main.js']] as const;

/** Compiles the server into dist/ (what `npm run build` does after the client's build). */
export function buildServer(): void {
  const result = spawnSync(process.execPath, ['scripts/build-server.mjs'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build-server failed: ${result.stderr}`);
}

export function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LOG_LEVEL: 'warn',
    DEMO_AS_OF: '2025-02-20',
    ...extra,
  };
}

/** Runs the server to its end (an error exit), within a time limit. */
export function runToEnd(extra: Record<string, string>) {
  const result = spawnSync(serverCommand[0], serverCommand[1], {
    env: env(extra),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr.trim() };
}

export async function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Starts the server and waits until /healthz answers ok. */
export async function start(
  extra: Record<string, string>,
  { compiled = false }: { compiled?: boolean } = {},
): Promise<{ child: ChildProcess; port: number; exited: Promise<number | null> }> {
  const port = Number(extra.PORT ?? (await freePort()));
  const [command, args] = compiled ? compiledCommand : serverCommand;
  const child = spawn(command, args, {
    env: env({ PORT: String(port), ...extra }),
    stdio: 'pipe',
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { child, port, exited };
    if (child.exitCode != null) throw new Error(`server exited ${child.exitCode}: ${stderr}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`server did not come up: ${stderr}`);
}
