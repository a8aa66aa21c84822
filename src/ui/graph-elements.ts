// The pictures the explorer draws, assembled from its state with core/scene/picture.ts, and their legend.
import type { CampLabel } from '../core/analysis/compare';
import { legendEntries, type LegendEntry } from '../core/scene/legend';
import {
  diffPicture,
  windowPicture,
  type Picture,
  type PictureOptions,
} from '../core/scene/picture';
import type { WindowReport } from '../core/analysis/analysis';
import type { Explorer } from '../state/explorer.svelte';

function options(explorer: Explorer): PictureOptions {
  return {
    edgeMode: explorer.edgeMode,
    sizeBy: explorer.sizeBy,
    selection: explorer.shownSelection,
  };
}

export function windowPictureOf(
  explorer: Explorer,
  report: WindowReport,
  camps: ReadonlyMap<string, CampLabel>,
): Picture {
  return windowPicture(explorer.filtered, report, camps, explorer.positions, options(explorer));
}

export function diffPictureOf(explorer: Explorer): Picture {
  return diffPicture(explorer.comparison, explorer.camps.current, explorer.positions, {
    ...options(explorer),
    edgeMode: 'ties',
  });
}

export function legendFor(
  explorer: Explorer,
  pictures: readonly Picture[],
  camps: ReadonlyMap<string, CampLabel>,
): LegendEntry[] {
  const members = (label: CampLabel): string[] =>
    [...camps.entries()].filter(([, l]) => l === label).map(([id]) => explorer.names[id] ?? id);
  return legendEntries(pictures, { campMembers: { A: members('A'), B: members('B') } });
}
