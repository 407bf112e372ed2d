/**
 * Reading files off the main thread: a small pool of worker threads (`worker.ts`), each with a
 * capped heap, and a deadline per file. A file that takes longer than its request may is stopped
 * with its worker (a new one takes its place) and refused as too slow; one that needs more
 * memory than the cap is refused as too complex. The server meanwhile answers everyone else.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { appError } from '../errors.ts';
import { fromRoot, fromSources } from '../lib/root.ts';
import { emptyPlan, type ParsedFile } from './index.ts';
import { importLimits } from './limits.ts';
import type { ImportContext } from './plan.ts';
import { ImportFailure } from './problems.ts';
import type { ParseJob } from './worker.ts';

/** Two readers at most (one on a single core), and a queue of sixteen files behind them. */
const poolSize = Math.min(2, Math.max(1, availableParallelism() - 1));
const queueLimit = 16;
/** An idle worker is ended after this long; the next file starts a new one. */
const idleMs = 60_000;

interface Job {
  fileName: string;
  /** The file as the request carried it, base64 (as text, or its bytes): decoding is the worker's work. */
  base64: string | Uint8Array;
  ctx: ImportContext;
  deadlineAt: number;
  resolve: (parsed: ParsedFile) => void;
  reject: (error: unknown) => void;
}

interface Reader {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
  idle: NodeJS.Timeout | null;
}

const readers: Reader[] = [];
const queue: Job[] = [];
let jobs = 0;

function startReader(): Reader {
  const entry = pathToFileURL(
    fromRoot(fromSources ? 'server/import/worker.ts' : 'dist/server/import/worker.js'),
  );
  const worker = new Worker(fromRoot('server/import/worker.mjs'), {
    workerData: { entry: entry.href },
    resourceLimits: { maxOldGenerationSizeMb: importLimits.workerHeapMb },
    // The server's own flags (tsx's loader among them) are not the worker's business.
    execArgv: [],
  });
  worker.unref();
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (m: { ready?: boolean }) => {
      if (!m.ready) return;
      worker.off('message', onMessage);
      resolve();
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
  const reader: Reader = { worker, ready, busy: false, idle: null };
  readers.push(reader);
  return reader;
}

function retire(reader: Reader) {
  const i = readers.indexOf(reader);
  if (i >= 0) readers.splice(i, 1);
  if (reader.idle) clearTimeout(reader.idle);
  void reader.worker.terminate();
}

/**
 * What a file is refused with when its reading is stopped: the plan of one error. No hash: its
 * bytes went to the worker, and a refused file is never written.
 */
function refused(job: Job, failure: ImportFailure): ParsedFile {
  return { fileName: job.fileName, sha256: '', plan: emptyPlan([failure.problem]), flags: [], ok: false };
}

async function run(reader: Reader, job: Job) {
  reader.busy = true;
  if (reader.idle) clearTimeout(reader.idle);
  const { worker } = reader;
  const id = ++jobs;
  const seconds = String(Math.max(1, Math.round((job.deadlineAt - Date.now()) / 1000)));
  try {
    await reader.ready;
    const parsed = await new Promise<ParsedFile>((resolve, reject) => {
      const timer = setTimeout(
        () => {
          cleanup();
          retire(reader);
          resolve(refused(job, new ImportFailure('import/too_slow', { file: job.fileName, seconds })));
        },
        Math.max(0, job.deadlineAt - Date.now()),
      );
      const onMessage = (m: { id?: number; parsed?: ParsedFile; error?: string }) => {
        if (m.id !== id) return;
        cleanup();
        if (m.parsed) resolve(m.parsed);
        else reject(new Error(`import worker: ${m.error}`));
      };
      const onError = (error: Error & { code?: string }) => {
        cleanup();
        retire(reader);
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
          resolve(
            refused(
              job,
              new ImportFailure('import/too_complex', {
                file: job.fileName,
                limit: `${importLimits.workerHeapMb} MB`,
              }),
            ),
          );
        else reject(error);
      };
      const onExit = () => onError(Object.assign(new Error('the import worker stopped'), { code: 'EXIT' }));
      function cleanup() {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      }
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const message: ParseJob = { id, fileName: job.fileName, base64: job.base64, ctx: job.ctx };
      // Bytes move to the worker (the request holds no other reference to them); text is copied.
      const moved = job.base64 instanceof Uint8Array ? [job.base64.buffer as ArrayBuffer] : [];
      worker.postMessage(message, moved);
    });
    job.resolve(parsed);
  } catch (error) {
    retire(reader);
    job.reject(error);
  } finally {
    reader.busy = false;
    if (readers.includes(reader)) reader.idle = setTimeout(() => retire(reader), idleMs).unref();
    next();
  }
}

function next() {
  // Files whose time ran out while they waited are refused without being read.
  while (queue[0] && queue[0].deadlineAt <= Date.now()) {
    const late = queue.shift() as Job;
    late.resolve(refused(late, new ImportFailure('import/too_slow', { file: late.fileName, seconds: '0' })));
  }
  const job = queue[0];
  if (!job) return;
  const reader = readers.find((r) => !r.busy) ?? (readers.length < poolSize ? startReader() : null);
  if (!reader) return;
  queue.shift();
  void run(reader, job);
}

/**
 * `parseFile` of a file given as base64, in a worker thread, stopped at `deadlineAt` (epoch ms).
 * Throws `import/busy` when too many files already wait.
 */
export function parseFileIsolated(
  fileName: string,
  base64: string | Uint8Array,
  ctx: ImportContext,
  deadlineAt: number,
): Promise<ParsedFile> {
  if (queue.length >= queueLimit) throw appError('import/busy');
  return new Promise((resolve, reject) => {
    queue.push({ fileName, base64, ctx, deadlineAt, resolve, reject });
    next();
  });
}

/** Ends every worker (tests, shutdown). */
export async function stopImportWorkers(): Promise<void> {
  await Promise.all(readers.splice(0).map((r) => r.worker.terminate()));
}
