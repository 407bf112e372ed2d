/**
 * Where the project's files are, whether the server runs from its TypeScript sources (tsx,
 * vitest) or from the build (`dist/server/main.js`, one bundle): the folder of the nearest
 * package.json above this module. Files the server reads at run time (the SDL, the migrations,
 * the client's build, the import worker) are found from here, never from a module's own place,
 * which differs between the two.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);

/** True under tsx or vitest, false in the compiled server. */
export const fromSources = here.endsWith('.ts');

function findRoot(from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const projectRoot = findRoot(here);

/** A path inside the project, e.g. `fromRoot('drizzle')`. */
export const fromRoot = (...parts: string[]) => join(projectRoot, ...parts);
