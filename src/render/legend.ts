// The legend for exactly what is drawn: one entry for each kind of mark present in the
// elements, with the palette values the stylesheet uses, so the legend always matches.
import type { ElementDefinition } from 'cytoscape';
import { campShapes, dashes, palette } from '../core/palette';
import type { GraphElements } from './elements';

export interface LegendEntry {
  readonly key: string;
  readonly label: string;
  readonly mark:
    | {
        readonly kind: 'node';
        readonly fill: string;
        readonly shape: 'ellipse' | 'diamond';
        readonly dashed: boolean;
        readonly double?: boolean;
      }
    | { readonly kind: 'line'; readonly color: string; readonly dash: readonly number[] };
}

const classesOf = (def: ElementDefinition): string[] =>
  typeof def.classes === 'string' ? def.classes.split(' ') : [];

export interface LegendContext {
  /** Names of the members of each camp, for "Camp A: Pakistan, United States". */
  readonly campMembers: { readonly A: readonly string[]; readonly B: readonly string[] };
}

const EDGE_ENTRIES: readonly (LegendEntry & { readonly cls: string })[] = [
  {
    cls: 'tie-positive',
    key: 'tie-positive',
    label: 'Cooperation: the relations add up above 0',
    mark: { kind: 'line', color: palette.positive, dash: [] },
  },
  {
    cls: 'tie-negative',
    key: 'tie-negative',
    label: 'Conflict: the relations add up below 0',
    mark: { kind: 'line', color: palette.negative, dash: dashes.negative },
  },
  {
    cls: 'tie-neutral',
    key: 'tie-neutral',
    label: 'Relations that cancel out (score 0)',
    mark: { kind: 'line', color: palette.neutral, dash: dashes.neutral },
  },
  {
    cls: 'rel-positive',
    key: 'rel-positive',
    label: 'Cooperative relation (valence above 0)',
    mark: { kind: 'line', color: palette.positive, dash: [] },
  },
  {
    cls: 'rel-negative',
    key: 'rel-negative',
    label: 'Conflictual relation (valence below 0)',
    mark: { kind: 'line', color: palette.negative, dash: [] },
  },
  {
    cls: 'rel-event',
    key: 'rel-event',
    label: 'Event (a visit, a clash): dashed; a lasting state: solid',
    mark: { kind: 'line', color: palette.neutral, dash: dashes.event },
  },
  {
    cls: 'diff-flipped',
    key: 'diff-flipped',
    label: 'Tie that changed sign',
    mark: { kind: 'line', color: palette.flipped, dash: [] },
  },
  {
    cls: 'diff-appeared',
    key: 'diff-appeared',
    label: 'Tie that appeared',
    mark: { kind: 'line', color: palette.appeared, dash: [] },
  },
  {
    cls: 'diff-ended',
    key: 'diff-ended',
    label: 'Tie that ended',
    mark: { kind: 'line', color: palette.ended, dash: dashes.ended },
  },
  {
    cls: 'diff-unchanged',
    key: 'diff-unchanged',
    label: 'Tie that kept its sign',
    mark: { kind: 'line', color: palette.unchanged, dash: [] },
  },
];

export function legendEntries(elements: GraphElements, context: LegendContext): LegendEntry[] {
  const nodeClasses = new Set(elements.nodes.flatMap(classesOf));
  const edgeClasses = new Set(elements.edges.flatMap(classesOf));
  const entries: LegendEntry[] = [];
  const camp = (label: 'A' | 'B'): void => {
    if (!nodeClasses.has(`camp-${label}`)) return;
    const members = context.campMembers[label];
    entries.push({
      key: `camp-${label}`,
      label: `Camp ${label}${members.length ? `: ${members.join(', ')}` : ''}`,
      mark: {
        kind: 'node',
        fill: label === 'A' ? palette.campA : palette.campB,
        shape: campShapes[label],
        dashed: false,
      },
    });
  };
  camp('A');
  camp('B');
  if (nodeClasses.has('camp-unaligned')) {
    entries.push({
      key: 'camp-unaligned',
      label: 'No tie in this window',
      mark: { kind: 'node', fill: palette.unaligned, shape: 'ellipse', dashed: true },
    });
  }
  if (nodeClasses.has('is-moved')) {
    entries.push({
      key: 'moved',
      label: 'Changed camp (double border)',
      mark: {
        kind: 'node',
        fill: palette.unaligned,
        shape: 'ellipse',
        dashed: false,
        double: true,
      },
    });
  }
  const isDiff = edgeClasses.has('diff');
  for (const entry of EDGE_ENTRIES) {
    // In the diff view colour tells the change; the sign is still the line style.
    if (isDiff && entry.cls.startsWith('tie-') && entry.cls !== 'tie-negative') continue;
    if (!edgeClasses.has(entry.cls)) continue;
    const { cls, ...rest } = entry;
    entries.push(
      isDiff && entry.cls === 'tie-negative'
        ? {
            ...rest,
            label: 'Dashed: negative in the later window',
            mark: { kind: 'line', color: palette.neutral, dash: dashes.negative },
          }
        : rest,
    );
  }
  return entries;
}
