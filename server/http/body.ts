/**
 * JSON request bodies, parsed off the main thread when they are large. A file to import comes as
 * base64 inside the GraphQL request (up to about 13 MB of JSON). Parsing that, and handing its
 * string on to the import worker, held every other request for a fifth of a second on the main
 * thread; so a body over `inlineBytes` is parsed by a worker thread, and each string in it longer
 * than `largeChars` comes back as bytes of its own (moved, not copied) with a short reference in
 * its place (`bodyPart`). The import reads its file through the reference and moves the bytes
 * on to its own worker: the main thread never holds the file as a string.
 */
import { Worker } from 'node:worker_threads';
import express, { type RequestHandler, type Response } from 'express';

/** A string of the body handed over as bytes: `\0part:N` in the parsed body. */
const partPattern = /^\0part:(\d+)$/;

/** Deeper than this, a body is refused (`request/too_deep`): nothing the API takes nests so. */
export const maxBodyDepth = 64;
/** A large body with more values than this is refused (`request/too_complex`): a file is one string. */
export const maxLargeBodyValues = 100_000;

/**
 * The depth and count of a parsed body's values, walked without recursion (a body 5,000 levels
 * deep must not overflow the stack that reads it), stopping at the limits. The worker runs the
 * same function, from its source.
 */
function measure(root: unknown, maxDepth: number, maxValues: number): 'deep' | 'many' | null {
  const stack: Array<[unknown, number]> = [[root, 1]];
  let values = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    values++;
    if (depth > maxDepth) return 'deep';
    if (values > maxValues) return 'many';
    if (node !== null && typeof node === 'object')
      for (const value of Object.values(node)) stack.push([value, depth + 1]);
  }
  return null;
}

/** Plain JavaScript, so that the thread needs no TypeScript loader. */
const source = `
const { parentPort } = require('node:worker_threads');
${measure.toString()}
parentPort.on('message', ({ id, bytes, largeChars, maxDepth, maxValues }) => {
  let value;
  try {
    value = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    parentPort.postMessage({ id, failed: 'json' });
    return;
  }
  const refused = measure(value, maxDepth, maxValues);
  if (refused) {
    parentPort.postMessage({ id, failed: refused });
    return;
  }
  const parts = [];
  const walk = (node, depth) => {
    if (depth > maxDepth || node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (typeof v === 'string' && v.length > largeChars) {
        const part = Buffer.from(v, 'utf8');
        const own = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
        node[key] = '\\0part:' + parts.length;
        parts.push(own.byteOffset === 0 && own.byteLength === own.buffer.byteLength ? own : own.slice());
      } else walk(v, depth + 1);
    }
  };
  try {
    walk(value, 0);
    parentPort.postMessage({ id, value, parts }, parts.map((p) => p.buffer));
  } catch {
    parentPort.postMessage({ id, failed: 'json' });
  }
});`;

let worker: Worker | null = null;
let jobs = 0;
type Parsed = { value: unknown; parts: Uint8Array[] };
const waiting = new Map<number, { resolve: (parsed: Parsed) => void; reject: (error: Error) => void }>();
type Refusal = 'json' | 'deep' | 'many';
/** The error the error handler turns into a coded answer (`http/errors.ts`). */
const refusal = (why: Refusal) =>
  why === 'json'
    ? Object.assign(new Error('bad JSON'), { type: 'entity.parse.failed', status: 400 })
    : Object.assign(new Error('body refused'), {
        type: why === 'deep' ? 'body.too.deep' : 'body.too.complex',
        status: 400,
      });

function parser(): Worker {
  if (worker) return worker;
  const started = new Worker(source, { eval: true });
  started.unref();
  started.on('message', (m: { id: number; value?: unknown; parts?: Uint8Array[]; failed?: Refusal }) => {
    const job = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.failed) job?.reject(refusal(m.failed));
    else job?.resolve({ value: m.value, parts: m.parts ?? [] });
  });
  started.on('error', (error) => {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
    worker = null;
  });
  worker = started;
  return started;
}

function parseOffThread(bytes: Buffer, largeChars: number): Promise<Parsed> {
  const id = ++jobs;
  // The body's own memory moves to the worker when it is all of its buffer (a large body is);
  // otherwise a copy does.
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const own = whole ? new Uint8Array(bytes.buffer) : new Uint8Array(bytes);
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const limits = { maxDepth: maxBodyDepth, maxValues: maxLargeBodyValues };
    parser().postMessage({ id, bytes: own, largeChars, ...limits }, [own.buffer as ArrayBuffer]);
  });
}

/** The bytes (UTF-8) of a string of the body handed over by reference, or null when `text` is not one. */
export function bodyPart(res: Response, text: string): Uint8Array | null {
  const match = partPattern.exec(text);
  const parts = res.locals.bodyParts as Uint8Array[] | undefined;
  return match ? (parts?.[Number(match[1])] ?? null) : null;
}

/** `express.json()`, with bodies over `inlineBytes` parsed by a worker thread (see above). */
export function jsonBody(limit: string, inlineBytes = 256 * 1024, largeChars = 64 * 1024): RequestHandler {
  const raw = express.raw({ type: ['application/json', 'application/*+json'], limit });
  return (req, res, next) =>
    raw(req, res, (error?: unknown) => {
      if (error) return next(error);
      const bytes: unknown = req.body;
      if (!Buffer.isBuffer(bytes)) return next();
      if (bytes.length === 0) {
        req.body = {};
        return next();
      }
      if (bytes.length <= inlineBytes) {
        let value: unknown;
        try {
          value = JSON.parse(bytes.toString('utf8'));
        } catch {
          return next(refusal('json'));
        }
        // A small body holds too few values to be many; only its depth is checked.
        if (measure(value, maxBodyDepth, Infinity) === 'deep') return next(refusal('deep'));
        req.body = value;
        return next();
      }
      parseOffThread(bytes, largeChars).then(({ value, parts }) => {
        req.body = value;
        res.locals.bodyParts = parts;
        next();
      }, next);
    });
}
