// One window's analysis, as a plain JSON-able report: the core (ties, camps, balance) and the
// extras computed with graphology (centrality, communities). Pure; runs anywhere core runs.
import { analyzeCore, type WindowExtras, type WindowReport } from './analysis-core';
import type { CampOptions } from './camps';
import { centrality, communities } from './centrality';
import type { Dataset } from './dataset';
import type { Tie } from './ties';
import type { Window } from './time';

export type { WindowCore, WindowExtras, WindowReport } from './analysis-core';

export function analyzeExtras(actorIds: readonly string[], dyads: readonly Tie[]): WindowExtras {
  return { centrality: centrality(actorIds, dyads), communities: communities(actorIds, dyads) };
}

export function analyzeWindow(
  dataset: Dataset,
  window: Window,
  options: CampOptions = {},
): WindowReport {
  const core = analyzeCore(dataset, window, options);
  return {
    ...core,
    ...analyzeExtras(
      core.actors.map((a) => a.id),
      core.dyads,
    ),
  };
}
