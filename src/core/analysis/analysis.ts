// One window's analysis, as a plain JSON-able report: the core (ties, camps, balance) and the
// extras (centrality, signed communities, the permutation test of the split). Pure; runs
// anywhere core runs.
import { analyzeCore, type WindowExtras, type WindowReport } from './analysis-core';
import type { CampOptions } from './camps';
import { centrality, type CentralityOptions } from './centrality';
import type { Dataset } from '../data/dataset';
import { defaultScoring, type ScoreOptions } from './scoring';
import { signedCommunities } from './signed-communities';
import { splitPValue } from './split-test';
import type { Tie } from './ties';
import type { Window } from '../time/time';

export type { WindowCore, WindowExtras, WindowReport } from './analysis-core';

export function analyzeExtras(
  actorIds: readonly string[],
  dyads: readonly Tie[],
  options: CentralityOptions = {},
): WindowExtras {
  const { groups, modularity } = signedCommunities(actorIds, dyads);
  const test = splitPValue(actorIds, dyads);
  return {
    centrality: centrality(actorIds, dyads, options),
    communities: groups,
    modularity,
    pValue: test.pValue,
    pTest: { shuffles: test.shuffles, method: test.method, actors: test.actors },
  };
}

export function analyzeWindow(
  dataset: Dataset,
  window: Window,
  options: CampOptions & CentralityOptions = {},
  scoring: ScoreOptions = defaultScoring(dataset),
): WindowReport {
  const core = analyzeCore(dataset, window, options, scoring);
  return {
    ...core,
    ...analyzeExtras(
      core.actors.map((a) => a.id),
      core.dyads,
      options,
    ),
  };
}
