// The folder boundaries of the conventions are enforced by `npm run lint`; this proves the
// rules bite, by linting small snippets as if they lived in each folder. So does the typed rule
// against promises nobody awaits.
import { ESLint } from 'eslint';
import ts from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/node/paths';

// The folder rules need no types: the repository's config without its typed rules, so that each
// snippet is linted in milliseconds rather than in a TypeScript program of the whole project.
const eslint = new ESLint({ cwd: REPO_ROOT, overrideConfig: ts.configs.disableTypeChecked });

async function ruleIds(code: string, filePath: string, linter = eslint): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// The whole config, typed rules included. Typed linting reads a file in the program of
// tsconfig.json, which knows only files on disk: these snippets, which exist nowhere, are let
// into a program of their own with the same compiler options.
const SNIPPETS = ['src/state/bad.ts', 'src/state/ok.ts'];
const typed = new ESLint({
  cwd: REPO_ROOT,
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: SNIPPETS, defaultProject: 'tsconfig.json' },
      },
    },
  },
});
/** The first typed lint builds the TypeScript program of the project: seconds, once. */
const TYPED_MS = 60_000;

describe('ESLint folder boundaries', () => {
  it.each([
    ["import { mount } from 'svelte';\nexport const x = mount;", 'src/core/bad.ts'],
    ["import cytoscape from 'cytoscape';\nexport const x = cytoscape;", 'src/core/bad.ts'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'src/core/bad.ts'],
    [
      "import { stylesheet } from '../render/stylesheet';\nexport const x = stylesheet;",
      'src/core/bad.ts',
    ],
    [
      "import { Explorer } from '../state/explorer.svelte';\nexport const x = Explorer;",
      'src/render/bad.ts',
    ],
    ["import cytoscape from 'cytoscape';\nexport const x = cytoscape;", 'src/state/bad.ts'],
    [
      "import { buildElements } from '../render/elements';\nexport const x = buildElements;",
      'src/cli/bad.ts',
    ],
    ["import cytoscape from 'cytoscape';\nexport const x = cytoscape;", 'bench/bad.ts'],
    [
      "import { buildElements } from '../src/render/elements';\nexport const x = buildElements;",
      'bench/bad.ts',
    ],
    [
      "import { ensureChromium } from '../../tests/support/chromium';\nexport const x = ensureChromium;",
      'src/node/bad.ts',
    ],
    [
      "import { benchCommand } from '../../bench/run';\nexport const x = benchCommand;",
      'src/cli/bad.ts',
    ],
  ])('rejects %j in %s', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  it('rejects a file of src/ over 300 lines, and allows one of 300', async () => {
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) => `export const x${i} = ${i};`).join('\n');
    expect(await ruleIds(lines(301), 'src/core/bad.ts')).toContain('max-lines');
    expect(await ruleIds(lines(300), 'src/core/ok.ts')).not.toContain('max-lines');
  });

  it('rejects DOM globals in src/core', async () => {
    expect(await ruleIds('export const title = document.title;', 'src/core/bad.ts')).toContain(
      'no-restricted-globals',
    );
  });

  it.each([
    ['const a: number[] = [];\nexport const f = (b: number[]) => a.push(...b);', 'src/core/bad.ts'],
    ['export const f = (b: number[]) => Math.max(...b);', 'src/cli/bad.ts'],
    ['export const f = (b: string[]) => new Set(...b);', 'src/node/bad.ts'],
    ['export const f = (b: number[]) => Math.min(...b);', 'bench/bad.ts'],
  ])('rejects spreading an array into arguments: %j in %s', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-syntax');
  });

  it('allows what the arrows allow', async () => {
    expect(
      await ruleIds(
        "import { signedTies } from '../core/analysis/ties';\nexport const x = signedTies;",
        'src/render/ok.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import cytoscape from 'cytoscape';\nexport const x = cytoscape;",
        'src/render/ok.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import { findChromium } from '../src/node/chromium';\nimport { ensureChromium } from '../tests/support/chromium';\nexport const x = [findChromium, ensureChromium];",
        'bench/ok.ts',
      ),
    ).toEqual([]);
  });
});

describe('ESLint on promises', () => {
  const save = 'async function save(): Promise<void> {}\n';
  it.each([
    [`${save}export function f(): void {\n  save();\n}`, 'no-floating-promises'],
    // `void` only silences a rejection: it counts as floating too.
    [`${save}export function f(): void {\n  void save();\n}`, 'no-floating-promises'],
    [
      `${save}export const port: { onmessage: (() => void) | null } = { onmessage: null };\nport.onmessage = async () => save();`,
      'no-misused-promises',
    ],
  ])('rejects %j in src/state', { timeout: TYPED_MS }, async (code, rule) => {
    expect(await ruleIds(code, 'src/state/bad.ts', typed)).toContain(`@typescript-eslint/${rule}`);
  });

  it('allows a promise awaited, or whose rejection is handled', { timeout: TYPED_MS }, async () => {
    const code = `${save}export async function f(): Promise<void> {\n  await save();\n  save().catch((error: unknown) => console.error(error));\n}`;
    expect(await ruleIds(code, 'src/state/ok.ts', typed)).toEqual([]);
  });
});
