// ESLint flat config. Besides the usual rules (and, with type information, no promise left
// unawaited: see TYPED_FILES) it enforces the folder boundaries of
// ../shared/conventions.md: core ← render ← ui, core ← state ← ui, core ← cli (and node), and
// src ← bench, src ← tests: src/ holds only what ships and never imports the tooling.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/** What ships never imports the tooling that measures or tests it. */
const TOOLING = {
  group: ['**/bench/*', '../bench', '**/tests/*', '../tests'],
  message: 'src/ holds only what ships: bench/ and tests/ import from src/, never the reverse.',
};

/**
 * no-restricted-imports for one folder: the packages and sibling folders it must not import
 * (and, for a folder of src/, the tooling).
 */
function boundary(files, { packages = [], folders = [], node = false, why }) {
  const patterns = [
    ...packages.map((name) => ({ group: [name, `${name}/*`], message: why })),
    ...folders.map((folder) => ({
      group: [`**/${folder}/*`, `../${folder}`, `./${folder}`],
      message: why,
    })),
  ];
  if (node) patterns.push({ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: why });
  if (files.every((file) => file.startsWith('src/'))) patterns.push(TOOLING);
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

/** The files linted with type information: the app, its tests and its benchmarks. */
const TYPED_FILES = ['{src,tests,bench}/**/*.ts', '{src,tests,bench}/**/*.svelte'];

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'HTMLElement',
  'Element',
  'Node',
  'Event',
  'CustomEvent',
  'requestAnimationFrame',
  'getComputedStyle',
  'alert',
  'process',
  'require',
  'Buffer',
];

export default ts.config(
  {
    ignores: [
      'dist/',
      '.cli-build/',
      'node_modules/',
      'test-artifacts/',
      '.scratch/',
      'graph-data/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The same extraFileExtensions for every file, as eslint-plugin-svelte advises: the project
    // service reloads its projects whenever they differ from one file to the next.
    languageOptions: { parserOptions: { extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // Typed linting where the app and its tests live (bench/ too, whenever it exists: a pattern
    // that matches nothing costs nothing). Each file is read in the program of tsconfig.json, so
    // a new folder here needs its line in that file's "include" as well.
    files: TYPED_FILES,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits fails in silence (an unhandled rejection): await it, or handle
      // its rejection with something the user sees. `void` would only silence it, so it counts
      // as floating too.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  boundary(['src/core/**'], {
    packages: ['svelte', 'cytoscape'],
    folders: ['render', 'state', 'ui', 'cli', 'node'],
    node: true,
    why: 'src/core is plain TypeScript for Node, browser and worker: no svelte, no cytoscape, no DOM, no I/O.',
  }),
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({
          name,
          message: 'src/core has no DOM and no I/O: take the value as an argument instead.',
        })),
      ],
    },
  },
  {
    // A file of what ships is read whole by the next person: past 300 lines, split it along its
    // meaning (counted as `wc -l` counts, blank lines and comments included).
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
  {
    // `push(...items)`, `Math.max(...values)`: every item becomes an argument on the stack, and
    // tens of thousands of them overflow it. Loop, or reduce, over data of unbounded size.
    files: ['src/core/**', 'src/cli/**', 'src/node/**', 'bench/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message:
            'Spreading an array into arguments overflows the stack on large data: loop over it, or use reduce/concat.',
        },
      ],
    },
  },
  boundary(['src/render/**'], {
    packages: ['svelte'],
    folders: ['state', 'ui', 'cli', 'node'],
    node: true,
    why: 'src/render knows cytoscape and core only, nothing of Svelte or the app state.',
  }),
  boundary(['src/state/**'], {
    packages: ['cytoscape'],
    folders: ['render', 'ui', 'cli', 'node'],
    node: true,
    why: 'src/state derives from core; drawing belongs to render, and the UI reads state, not the reverse.',
  }),
  boundary(['src/ui/**'], {
    folders: ['cli', 'node'],
    node: true,
    why: 'src/ui runs in the browser: no CLI or Node code.',
  }),
  boundary(['src/cli/**', 'src/node/**'], {
    packages: ['svelte', 'cytoscape'],
    folders: ['render', 'state', 'ui'],
    why: 'The command line works over core only.',
  }),
  // main.ts wires the page; like every folder of src/ it imports no tooling.
  { files: ['src/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [TOOLING] }] } },
  boundary(['bench/**'], {
    packages: ['svelte', 'cytoscape'],
    folders: ['render', 'state', 'ui'],
    why: 'The benchmark works over core and src/node, and drives the page through Chromium only.',
  }),
);
