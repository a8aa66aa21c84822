// ESLint flat config. Besides the usual rules it enforces the folder boundaries of
// ../shared/conventions.md: core ← render ← ui, core ← state ← ui, core ← cli (and node).
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/** no-restricted-imports for one folder: the packages and sibling folders it must not import. */
function boundary(files, { packages = [], folders = [], node = false, why }) {
  const patterns = [
    ...packages.map((name) => ({ group: [name, `${name}/*`], message: why })),
    ...folders.map((folder) => ({
      group: [`**/${folder}/*`, `../${folder}`, `./${folder}`],
      message: why,
    })),
  ];
  if (node) patterns.push({ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: why });
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

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
  { ignores: ['dist/', 'node_modules/', 'test-artifacts/', '.scratch/', 'graph-data/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
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
    // `push(...items)`, `Math.max(...values)`: every item becomes an argument on the stack, and
    // tens of thousands of them overflow it. Loop, or reduce, over data of unbounded size.
    files: ['src/core/**', 'src/cli/**', 'src/node/**'],
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
);
