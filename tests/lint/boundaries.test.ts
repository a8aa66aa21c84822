// The folder boundaries of the conventions are enforced by `npm run lint`; this proves the
// rules bite, by linting small snippets as if they lived in each folder.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/node/paths';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

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
  ])('rejects %j in %s', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
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
  });
});
