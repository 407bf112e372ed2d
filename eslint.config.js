// ESLint flat config: typescript-eslint and eslint-plugin-vue, with formatting left to Prettier
// (eslint-config-prettier turns off the rules it owns). Docs: https://typescript-eslint.io/getting-started
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The server's layers, lowest first: a folder may import its own layer and those below, never one
 * above (type-only imports are free: they vanish at run time; `tests/unit/layers.test.ts` checks
 * that no imports, types included, go round in a circle). The client never imports the server, the
 * server never the client; both import shared/, which imports neither.
 */
const serverLayers = [
  ['domain', 'lib', 'errors.ts', 'config.ts'],
  ['db'],
  ['services', 'import'],
  ['auth'],
  ['read', 'commands', 'export', 'seed'],
  ['charts', 'graphql', 'http'],
  ['app.ts', 'main.ts', 'startup.ts'],
];
const above = (level) => serverLayers.slice(level + 1).flat();
/** A relative import that reaches into one of these folders or files of server/ (not the client's). */
const folderPattern = (names) =>
  `^(?!.*(^|/)client/)\\.\\.?/(.*/)?(${names.map((n) => n.replace('.', '\\.')).join('|')})(/|$)`;
const upward = (level) => ({
  regex: folderPattern(above(level)),
  allowTypeImports: true,
  message: `layers (eslint.config.js): ${serverLayers[level].join(', ')} may not import ${above(level).join(', ')}`,
});
const noClient = {
  regex: '(^|/)client/',
  message: 'the server never imports client/src (layers, eslint.config.js)',
};
const layers = [
  ...serverLayers.map((names, level) => ({
    files: names.map((n) => (n.endsWith('.ts') ? `server/${n}` : `server/${n}/**/*.ts`)),
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noClient, ...(level < serverLayers.length - 1 ? [upward(level)] : [])] },
      ],
    },
  })),
  {
    // The core both sides use (chart builders, formatting, labels, the message catalogue).
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(client|server)/',
              message: 'shared/ imports neither the client nor the server (layers, eslint.config.js)',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)server/',
              message: 'the client never imports the server (layers, eslint.config.js)',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/generated/**',
      'client/dist/**',
      'dist/**',
      'drizzle/**',
      'drizzle-pg/**',
      'data/**',
      'coverage/**',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSAnyKeyword', message: 'No `as any`.' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // One-word page and component names are the router's (DistrictPage …) and ours.
      'vue/multi-word-component-names': 'off',
    },
  },
  {
    // Every statement is asynchronous on both engines: a write not awaited would run outside its
    // transaction, or after it. Type-aware, so only for the TypeScript the server and tests run.
    files: ['server/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  ...layers,
  {
    // API tests read untyped JSON responses.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
