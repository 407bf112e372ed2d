/**
 * JSON request bodies, parsed off the main thread when they are large. A file to import comes as
 * base64 inside the GraphQL request (up to about 13 MB of JSON); parsing that on the main thread
 * would hold every other request for a tenth of a second, so bodies over `inlineBytes` are
 * parsed by a worker thread and only the parsed object comes back.
 */
import { Worker } from 'node:worker_threads';
import express, { type RequestHandler } from 'express';

/** Plain JavaScript, so that the thread needs no TypeScript loader. */
const source = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, bytes }) => {
  let value;
  try {
    value = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    parentPort.postMessage({ id, failed: true });
    return;
  }
  parentPort.postMessage({ id, value });
});`;

let worker: Worker | null = null;
let jobs = 0;
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

function parser(): Worker {
  if (worker) return worker;
  const started = new Worker(source, { eval: true });
  started.unref();
  started.on('message', (m: { id: number; value?: unknown; failed?: boolean }) => {
    const job = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.failed)
      job?.reject(Object.assign(new Error('bad JSON'), { type: 'entity.parse.failed', status: 400 }));
    else job?.resolve(m.value);
  });
  started.on('error', (error) => {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
    worker = null;
  });
  worker = started;
  return started;
}

function parseOffThread(bytes: Buffer): Promise<unknown> {
  const id = ++jobs;
  // A copy of its own moves to the worker; the request's buffer may be a slice of a pool.
  const copy = new Uint8Array(bytes);
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    parser().postMessage({ id, bytes: copy }, [copy.buffer]);
  });
}

/** `express.json()`, with bodies over `inlineBytes` parsed by a worker thread. */
export function jsonBody(limit: string, inlineBytes = 256 * 1024): RequestHandler {
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
        try {
          req.body = JSON.parse(bytes.toString('utf8'));
        } catch {
          return next(Object.assign(new Error('bad JSON'), { type: 'entity.parse.failed', status: 400 }));
        }
        return next();
      }
      parseOffThread(bytes).then((value) => {
        req.body = value;
        next();
      }, next);
    });
}
