// The benchmark's figures measured in Node: loading and validating, indexing, slicing a window
// and analysing it (whole and by part), on the shipped data and on a scale set.
import { analyzeWindow } from '../src/core/analysis/analysis';
import { structuralBalance } from '../src/core/analysis/balance';
import { findCamps } from '../src/core/analysis/camps';
import { centrality } from '../src/core/analysis/centrality';
import { signedCommunities } from '../src/core/analysis/signed-communities';
import { splitPValue } from '../src/core/analysis/split-test';
import type { Dataset } from '../src/core/data/dataset';
import { loadDataset, type DataFile } from '../src/core/data/load';
import { activeIn, buildIndex, relationIndex } from '../src/core/analysis/relation-index';
import { signedTies } from '../src/core/analysis/ties';
import { isActive, viewWindow, yearWindow, type Window } from '../src/core/time/time';
import { figure, time, type Figure } from './measure';

/** The plainest way to find a window's relations: test every one, parsing its dates. */
function plainScan(dataset: Dataset, window: Window): number {
  let n = 0;
  for (const r of dataset.relations) {
    const type = dataset.typeById[r.type];
    if (type && isActive(r, type.kind, window)) n++;
  }
  return n;
}

export function nodeFigures(
  label: string,
  files: readonly DataFile[],
  targets: { load: number | null; analysis: number | null },
): Figure[] {
  const figures: Figure[] = [];
  const parse = time(() => files.map((f) => JSON.parse(f.text) as unknown), { runs: 7 });
  const load = time(() => loadDataset(files), { runs: 7, budgetMs: 10_000 });
  figures.push(
    figure(
      `load + validate (${label})`,
      load.median,
      'ms',
      { value: parse.median, name: 'JSON.parse of the same files' },
      targets.load,
    ),
  );
  const loaded = loadDataset(files);
  if (!loaded.ok) throw new Error(`the ${label} data do not validate`);
  const dataset = loaded.dataset;
  const window = dataset.viewById['2022']
    ? viewWindow(dataset.viewById['2022'])
    : yearWindow(2000, 2000);
  const scan = time(() => plainScan(dataset, window));
  const baseline = { value: scan.median, name: 'a plain scan of every relation for the window' };
  figures.push(
    figure(
      `index build (${label})`,
      time(() => buildIndex(dataset), { runs: 7 }).median,
      'ms',
      baseline,
      null,
    ),
  );
  const index = relationIndex(dataset);
  figures.push(
    figure(
      `slice one window (${label})`,
      time(() => activeIn(index, window)).median,
      'ms',
      baseline,
      null,
    ),
  );
  const ids = dataset.actors.map((a) => a.id);
  const ties = signedTies(dataset, window);
  figures.push(
    figure(
      `ties of one window (${label})`,
      time(() => signedTies(dataset, window)).median,
      'ms',
      baseline,
      null,
    ),
  );
  figures.push(
    figure(`camps (${label})`, time(() => findCamps(ids, ties)).median, 'ms', baseline, null),
  );
  figures.push(
    figure(
      `structural balance (${label})`,
      time(() => structuralBalance(ids, ties)).median,
      'ms',
      baseline,
      null,
    ),
  );
  figures.push(
    figure(`centrality (${label})`, time(() => centrality(ids, ties)).median, 'ms', baseline, null),
  );
  figures.push(
    figure(
      `communities, signed modularity (${label})`,
      time(() => signedCommunities(ids, ties)).median,
      'ms',
      baseline,
      null,
    ),
  );
  figures.push(
    figure(
      `p-value, 1,000 shuffles (${label})`,
      time(() => splitPValue(ids, ties)).median,
      'ms',
      baseline,
      null,
    ),
  );
  figures.push(
    figure(
      `slice + full analysis of one window (${label})`,
      time(() => analyzeWindow(dataset, window)).median,
      'ms',
      baseline,
      targets.analysis,
    ),
  );
  return figures;
}
