// Lint: the recommended rules of ESLint, eslint-plugin-astro and typescript-eslint's type-checked set, and
// the layers of README "How the code is layered": each folder sees only the globals of where it runs, and
// imports only from the layers below it. Formatting is Prettier's job, not ESLint's.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Globals only a browser has (the DOM), and globals only Node has (process, Buffer…); both have fetch, URL, console. */
const DOM_ONLY = Object.keys(globals.browser).filter((name) => !(name in globals.node));
const NODE_ONLY = Object.keys(globals.node).filter((name) => !(name in globals.browser));
/** A rule that the globals `names` are not there, saying why. */
const absent = (names, message) => ['error', ...names.map((name) => ({ name, message }))];

/** Node's own modules, with and without the `node:` prefix. */
const NODE_MODULES = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Imports src/lib never makes: it is pure TypeScript that runs at build time and in the browser alike. */
const NOT_IN_LIB = [
  { regex: '^\\.{1,2}/(.*/)?(client|pages|components|layouts|node)(/|$)', message: 'src/lib imports only src/lib.' },
  {
    regex: '^\\.{1,2}/(.*/)?(data|content\\.config)(\\.ts)?$',
    message: 'src/lib is handed the content; only src/data.ts reads it.',
  },
  { regex: '\\.astro$', message: 'src/lib imports no Astro component.' },
  { regex: '^astro(:|/|$)', message: 'src/lib imports no astro:* or astro module.' },
  { regex: '^node:', message: 'src/lib runs in the browser too: file system and clock belong in src/node.' },
  { regex: '^(vis-timeline|vis-data|d3-selection)(/|$)', message: 'src/lib draws nothing: the browser adapter does.' },
];
/**
 * Imports the bottom of src/lib never makes: the model (src/lib/model) and the content gate (src/lib/content)
 * know nothing of addresses, pages or views, which are built on them (README, "How the code is layered").
 */
const NOT_IN_MODEL = [
  ...NOT_IN_LIB,
  {
    regex: '^\\.{1,2}/(\\.\\./)*(site|chart|cite|compare|embed|explorer|open-data|party|pictures|releases|search)/',
    message: 'src/lib/model and src/lib/content are the bottom layer: they import only each other and src/lib/i18n.',
  },
];
/** Imports src/client never makes: it adds interaction to pages, and is no page. */
const NOT_IN_CLIENT = [
  {
    regex: '^\\.{1,2}/(.*/)?(pages|components|layouts|node)(/|$)',
    message: 'src/client imports src/lib, not pages or Node code.',
  },
  {
    regex: '^\\.{1,2}/(.*/)?(data|content\\.config)(\\.ts)?$',
    message: 'src/client reads the JSON in the page, not the content.',
  },
  { regex: '\\.astro$', message: 'src/client imports no Astro component.' },
  { regex: '^(astro(:|/|$)|node:)', message: 'src/client runs in the browser: no astro:* and no Node.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'reports/',
      '.stryker-tmp*/',
      'test-results/',
      'playwright-report/',
      '.scratch/',
      'bench/results*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      // Build scripts, tests and configuration run on Node; src/ narrows this below.
      globals: globals.node,
    },
    rules: {
      // An unused argument named with a leading underscore is deliberate (a callback's signature).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // A line of the site's code reads whole in a review: at most 160 characters (Prettier wraps code at
    // 120 but leaves a long string or comment as it is; wrap those by hand, a string as 'a ' + 'b').
    files: ['src/**'],
    rules: { 'max-len': ['error', { code: 160, ignoreUrls: true }] },
  },
  {
    // Type information is read from TypeScript files only: Astro components and plain JavaScript go without.
    files: ['**/*.astro', '**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // An Astro component runs on the server (its frontmatter) and in the browser (its scripts).
    files: ['**/*.astro'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Tests and scripts read parsed JSON and XML, which is `any` by nature, and match it with expect.any():
    // the no-unsafe-* rules guard the site's code, not them.
    files: ['tests/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Browser tests hand functions to the page, which run there.
    files: ['tests/e2e/**', 'scripts/bench/**', 'scripts/bench.ts', 'scripts/audit.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // src/lib: no DOM and no Node, only what every runtime has. (TypeScript knows the DOM's and Node's
    // globals everywhere, and typescript-eslint turns no-undef off, so the rule names them.)
    files: ['src/lib/**'],
    languageOptions: { globals: { ...globals.es2025, ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': absent(
        [...DOM_ONLY, ...NODE_ONLY],
        'src/lib runs on the server and in the browser: no DOM, no Node.',
      ),
      'no-restricted-imports': ['error', { patterns: NOT_IN_LIB, paths: NODE_MODULES }],
    },
  },
  {
    // The bottom of src/lib: the model and the content gate import no layer above them.
    files: ['src/lib/model/**', 'src/lib/content/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: NOT_IN_MODEL, paths: NODE_MODULES }] },
  },
  {
    // src/client: the browser's globals, never Node's.
    files: ['src/client/**'],
    languageOptions: { globals: { ...globals.es2025, ...globals.browser } },
    rules: {
      'no-restricted-globals': absent(NODE_ONLY, 'src/client runs in the browser: no Node.'),
      'no-restricted-imports': ['error', { patterns: NOT_IN_CLIENT, paths: NODE_MODULES }],
    },
  },
);
