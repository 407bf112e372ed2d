/**
 * The server's layers (eslint.config.js) hold: the lint rule refuses an import up the layers and
 * lets one down (or a type) through, and no module imports itself round a circle, types included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

describe('the layers lint rule', () => {
  const eslint = new ESLint({ cwd: root });
  /** The layer rule's messages for `code` as if it were the file at `path`. */
  const refusals = async (path: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(root, path) });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it.each([
    ['server/domain/asOf.ts', "import { userById } from '../services/users.ts';"],
    ['server/db/engine.ts', "import { authorize } from '../auth/authorize.ts';"],
    ['server/services/stations.ts', "import { page } from '../read/page.ts';"],
    // A service that authorizes is a command's work (no service is excepted any more).
    ['server/services/figures.ts', "import { authorize } from '../auth/authorize.ts';"],
    ['server/services/audit.ts', "import { recordProgress } from '../commands/entry.ts';"],
    ['server/read/page.ts', "import { typeDefs } from '../graphql/schema.ts';"],
    ['server/commands/auth.ts', "import { createApp } from '../app.ts';"],
    ['server/charts/draw.ts', "import { i18n } from '../../client/src/modules/i18n.ts';"],
    ['client/src/modules/session.ts', "import { appError } from '../../../server/errors.ts';"],
    ['shared/format.ts', "import { i18n } from '../client/src/modules/i18n.ts';"],
    ['shared/charts/frame.ts', "import { appError } from '../../server/errors.ts';"],
  ])('refuses %s importing up: %s', async (path, code) => {
    expect(await refusals(path, `${code}\nexport const used = 1;\n`)).toHaveLength(1);
  });

  it.each([
    ['server/read/page.ts', "import { appError } from '../errors.ts';"],
    ['server/graphql/guard.ts', "import { page } from '../read/page.ts';"],
    ['server/commands/entry.ts', "import { authorize } from '../auth/authorize.ts';"],
    ['server/domain/asOf.ts', "import type { Reader } from '../read/reader.ts';"],
    ['server/charts/draw.ts', "import { formatPercent } from '../../shared/format.ts';"],
    ['client/src/modules/i18n.ts', "import { formatPercent } from '../../../shared/format.ts';"],
  ])('lets %s import down (or a type): %s', async (path, code) => {
    expect(await refusals(path, `${code}\nexport const used = 1;\n`)).toEqual([]);
  });
});

/** The project's TypeScript modules under these folders. */
function modules(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.parentPath.includes('generated'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** Strongly connected groups of more than one module (Tarjan), each a circle of imports. */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('imports', () => {
  const files = [...modules('server'), ...modules('scripts'), ...modules('client/src'), ...modules('shared')];
  const graph = new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
      const targets = importedFiles
        .map((i) => i.fileName)
        .filter((name) => name.startsWith('.') && name.endsWith('.ts'))
        .map((name) => relative(root, resolve(dirname(join(root, file)), name)));
      return [file, targets] as const;
    }),
  );

  it('are read from every module (the check sees the real graph)', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get('server/app.ts')).toContain('server/graphql/schema.ts');
  });

  it('never go round in a circle, types included', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('a circle would be found', () => {
    const withCircle = new Map(graph);
    withCircle.set('server/db/engine.ts', [
      ...(graph.get('server/db/engine.ts') ?? []),
      'server/db/client.ts',
    ]);
    expect(circles(withCircle)).toContainEqual(
      expect.arrayContaining(['server/db/client.ts', 'server/db/engine.ts']),
    );
  });
});
