// The analysis panel on a data set of many actors: long lists of names — the camps, the
// runner-up split, the hedgers — name twenty each and "N more" until asked for every name.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDataset } from '../../src/core/data/dataset';
import { loadDataset } from '../../src/core/data/load';
import { generate } from '../../src/cli/generate';
import { Explorer } from '../../src/state/explorer.svelte';
import { explorerContext } from '../../src/state/explorer-context';
import AnalysisPanel from '../../src/ui/AnalysisPanel.svelte';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';

const shipped = loadDataset(readGraphDataFolder(SHIPPED_DATA));
if (!shipped.ok) throw new Error('Expected the shipped data to load');
const many = makeDataset({
  ...generate({ actors: 80, relations: 1400, seed: 3 }, shipped.dataset.relationTypes),
  relationTypes: [...shipped.dataset.relationTypes],
});

let component: ReturnType<typeof mount> | undefined;
afterEach(async () => {
  if (component) await unmount(component);
  document.body.innerHTML = '';
});

const text = (testid: string) =>
  document.querySelector(`[data-testid="${testid}"]`)?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('AnalysisPanel, many actors', () => {
  it('names twenty of a long list and how many more, and every name on request', () => {
    const explorer = new Explorer(many, '?view=recent');
    component = mount(AnalysisPanel, { target: document.body, context: explorerContext(explorer) });
    flushSync();
    const report = explorer.report;
    const runnerUp = report.runnerUp?.camps ?? [[], []];
    const longest = [...runnerUp, report.hedging.map((h) => h.actor)].sort(
      (a, b) => b.length - a.length,
    )[0]!;
    expect(longest.length).toBeGreaterThan(21);
    const name = (id: string) => explorer.names[id] ?? id;
    const mentions = (line: string) => line.match(/Synthetia \d+/g)?.length ?? 0;
    // The runner-up's two camps, the hedgers and their costs: twenty names each at most.
    const shown = `${text('camps-certainty')} ${text('hedging')}`;
    expect(shown).toMatch(/ and \d+ more/);
    expect(mentions(shown)).toBeLessThanOrEqual(4 * 20);
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Name every member',
    );
    expect(button).toBeDefined();
    button?.click();
    flushSync();
    const all = `${text('camps-certainty')} ${text('hedging')}`;
    for (const id of longest) expect(all).toContain(name(id));
    expect(mentions(all)).toBeGreaterThan(4 * 20);
  });
});
