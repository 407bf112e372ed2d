/**
 * Compiles the server for production (`npm run build`; `npm start` runs Node on the output):
 * esbuild bundles server/main.ts and the import worker into dist/server/, the npm packages left
 * as imports. Files read at run time (SDL, migrations, the client's build) stay where they are
 * and are found from the project's root (server/lib/root.ts).
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['server/main.ts', 'server/import/worker.ts'],
  outbase: '.',
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
