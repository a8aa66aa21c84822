// Builds the elements of each picture from the explorer's state with the render builders.
// (A plain module, so the components stay small; it reads state, it does not write it.)
import type { WindowReport } from '../core/analysis';
import type { CampLabel } from '../core/compare';
import { legendEntries, type LegendEntry } from '../render/legend';
import {
  diffElements,
  nodeElements,
  relationElements,
  tieElements,
  type GraphElements,
  type NodeSpec,
} from '../render/elements';
import type { Explorer } from '../state/explorer.svelte';

function nodes(
  explorer: Explorer,
  report: WindowReport,
  camps: ReadonlyMap<string, CampLabel>,
  moved: ReadonlySet<string> = new Set(),
): NodeSpec[] {
  const values = report.centrality[explorer.sizeBy];
  const max = Math.max(0, ...Object.values(values));
  return report.actors.map((a) => ({
    id: a.id,
    label: a.name,
    camp: camps.get(a.id) ?? 'unaligned',
    size: max > 0 ? (values[a.id] ?? 0) / max : 0,
    moved: moved.has(a.id),
  }));
}

/** The picture of one window: ties or relations, with nodes coloured by camp. */
export function windowElements(
  explorer: Explorer,
  report: WindowReport,
  camps: ReadonlyMap<string, CampLabel>,
): GraphElements {
  const selection = explorer.shownSelection;
  const ids = new Set(report.dyads.flatMap((t) => t.relations.map((r) => r.id)));
  const edges =
    explorer.edgeMode === 'relations'
      ? relationElements(
          explorer.filtered.relations
            .filter((r) => ids.has(r.id))
            .flatMap((relation) => {
              const type = explorer.filtered.typeById[relation.type];
              return type
                ? [{ relation, type, contribution: type.valence * (relation.weight ?? 1) }]
                : [];
            }),
          selection,
        )
      : tieElements(report.dyads, selection);
  return {
    nodes: nodeElements(nodes(explorer, report, camps), explorer.positions, selection),
    edges,
  };
}

/** The current window's changes since the reference era. */
export function diffPicture(explorer: Explorer): GraphElements {
  return {
    nodes: nodeElements(
      nodes(
        explorer,
        explorer.report,
        explorer.camps.current,
        new Set(explorer.comparison.campChanges.map((c) => c.actor)),
      ),
      explorer.positions,
      explorer.shownSelection,
    ),
    edges: diffElements(explorer.comparison, explorer.shownSelection),
  };
}

export function legendFor(
  explorer: Explorer,
  elements: GraphElements,
  camps: ReadonlyMap<string, CampLabel>,
): LegendEntry[] {
  const members = (label: CampLabel): string[] =>
    [...camps.entries()].filter(([, l]) => l === label).map(([id]) => explorer.names[id] ?? id);
  return legendEntries(elements, { campMembers: { A: members('A'), B: members('B') } });
}
