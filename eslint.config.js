// ESLint flat config: typescript-eslint and eslint-plugin-vue, with formatting left to Prettier
// (eslint-config-prettier turns off the rules it owns). Docs: https://typescript-eslint.io/getting-started
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/generated/**',
      'client/dist/**',
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
  {
    // API tests read untyped JSON responses.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
