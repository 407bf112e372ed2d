/**
 * The worker thread that reads files (`isolate.ts` starts it): each message is a file and its
 * context, each answer its parsed plan. A file that would take the memory or the time stops this
 * thread, never the server's.
 */
import { parentPort } from 'node:worker_threads';
import { fromBase64, parseFile } from './index.ts';
import type { ImportContext } from './plan.ts';

export interface ParseJob {
  id: number;
  fileName: string;
  /** The file's bytes as base64: text, or the text's bytes. */
  base64: string | Uint8Array;
  ctx: ImportContext;
}

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread (see isolate.ts)');
port.on('message', (job: ParseJob) => {
  parseFile(job.fileName, fromBase64(job.base64), job.ctx).then(
    (parsed) => port.postMessage({ id: job.id, parsed }),
    (error: unknown) =>
      port.postMessage({
        id: job.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
port.postMessage({ ready: true });
