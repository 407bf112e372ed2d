// Starts the import worker (`worker.ts`). When the server runs from its TypeScript sources (tsx,
// vitest), the thread has no TypeScript loader of its own: tsx's is registered first.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
