// The legend for exactly what is drawn: one entry for each kind of mark present in a Picture,
// with the looks of style.ts, so the legend on screen and in an exported figure always matches.
import { SIZE_LABELS, type SizeMeasure } from './choices';
import { nameList } from '../analysis/camp-words';
import { campShapes, dashes, palette } from './palette';
import { nodeSize, nodeStep, type Picture } from './picture';

export type LegendMark =
  | {
      readonly kind: 'node';
      readonly fill: string;
      readonly shape: 'ellipse' | 'diamond';
      readonly dashed: boolean;
      readonly double?: boolean;
      /** A coloured border (hedging), drawn thick. */
      readonly border?: string;
    }
  | { readonly kind: 'line'; readonly color: string; readonly dash: readonly number[] }
  /** Node sizes, smallest to largest (diameters in model units), each with what it stands for. */
  | { readonly kind: 'size'; readonly steps: readonly SizeStep[] };

export interface SizeStep {
  readonly size: number;
  readonly label: string;
}

export interface LegendEntry {
  readonly key: string;
  readonly label: string;
  readonly mark: LegendMark;
}

export interface LegendContext {
  /** Names of the members of each camp, for "Camp A: Pakistan, United States". */
  readonly campMembers: { readonly A: readonly string[]; readonly B: readonly string[] };
  /** What sizes the actors, for the size key; without it there is none. */
  readonly size?: SizeKeyContext;
}

export interface SizeKeyContext {
  readonly measure: SizeMeasure;
  /** Sizes in a large graph's coarser steps, as the picture draws them. */
  readonly largeGraph?: boolean;
  /** Each panel's values of the measure, in panel order; null while they are being computed. */
  readonly values: readonly (Readonly<Record<string, number>> | null)[];
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
    cls: 'tie-ambivalent',
    key: 'tie-ambivalent',
    label: 'Ambivalent: large parts of both cooperation and conflict (dash-dot)',
    mark: { kind: 'line', color: palette.neutral, dash: dashes.ambivalent },
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
    cls: 'diff-stronger',
    key: 'diff-stronger',
    label: 'Tie that grew stronger (half again or more), same sign',
    mark: { kind: 'line', color: palette.stronger, dash: [] },
  },
  {
    cls: 'diff-weaker',
    key: 'diff-weaker',
    label: 'Tie that grew weaker (by a third or more), same sign',
    mark: { kind: 'line', color: palette.weaker, dash: [] },
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
    label: 'Tie that kept its sign and about its strength',
    mark: { kind: 'line', color: palette.unchanged, dash: [] },
  },
];

/** Every class of these elements, each shared class list read once (ties share theirs). */
function classesIn(elements: readonly { readonly classes: readonly string[] }[]): Set<string> {
  const lists = new Set<readonly string[]>();
  for (const e of elements) lists.add(e.classes);
  const classes = new Set<string>();
  for (const list of lists) for (const c of list) classes.add(c);
  return classes;
}

export function legendEntries(pictures: readonly Picture[], context: LegendContext): LegendEntry[] {
  const nodeClasses = classesIn(pictures.flatMap((p) => p.nodes));
  const edgeClasses = classesIn(pictures.flatMap((p) => p.edges));
  const entries: LegendEntry[] = [];
  for (const label of ['A', 'B'] as const) {
    if (!nodeClasses.has(`camp-${label}`)) continue;
    const members = context.campMembers[label];
    entries.push({
      key: `camp-${label}`,
      label: `Camp ${label}${members.length ? `: ${nameList(members)}` : ''}`,
      mark: {
        kind: 'node',
        fill: label === 'A' ? palette.campA : palette.campB,
        shape: campShapes[label],
        dashed: false,
      },
    });
  }
  if (nodeClasses.has('camp-unaligned')) {
    entries.push({
      key: 'camp-unaligned',
      label: 'No tie in this window',
      mark: { kind: 'node', fill: palette.unaligned, shape: 'ellipse', dashed: true },
    });
  }
  if (nodeClasses.has('is-hedging')) {
    entries.push({
      key: 'hedging',
      label: 'Hedging: switching camps would cost it little (orange dashed ring)',
      mark: {
        kind: 'node',
        fill: palette.unaligned,
        shape: 'ellipse',
        dashed: true,
        border: palette.hedging,
      },
    });
  }
  if (nodeClasses.has('is-moved')) {
    entries.push({
      key: 'moved',
      label: 'Changed camp (thick double ring)',
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
  for (const { cls, ...entry } of EDGE_ENTRIES) {
    // In the diff view colour tells the change; the sign is still the line style.
    if (isDiff && cls.startsWith('tie-') && cls !== 'tie-negative') continue;
    if (!edgeClasses.has(cls)) continue;
    entries.push(
      isDiff && cls === 'tie-negative'
        ? {
            ...entry,
            label: 'Dashed: negative in the later window',
            mark: { kind: 'line', color: palette.neutral, dash: dashes.negative },
          }
        : entry,
    );
  }
  const size = context.size ? sizeKey(context.size) : null;
  if (size) entries.push(size);
  return entries;
}

/** "0.12", "3.4", "27", "−1.5": two or three figures, enough to tell the circles apart. */
export function keyValue(v: number): string {
  const a = Math.abs(v);
  const digits = Number.isInteger(v) || a >= 10 ? 0 : a >= 1 ? 1 : 2;
  const text = a.toFixed(digits);
  return v < 0 && Number(text) !== 0 ? `−${text}` : text;
}

/**
 * The size key: circles of the smallest, a middle and the largest size drawn, each with its value
 * of the measure. Nodes are sized against the largest value of their own panel, so with two
 * panels the circles say the share of each panel's largest. None while the values are being
 * computed, or when every actor is drawn the same size.
 */
export function sizeKey(context: SizeKeyContext): LegendEntry | null {
  if (!context.values.length || context.values.some((v) => v === null)) return null;
  const name = SIZE_LABELS[context.measure];
  const step = nodeStep(context.largeGraph);
  const keyOf = (label: string, steps: SizeStep[]): LegendEntry | null => {
    const distinct = steps.filter((s, i) => i === 0 || s.size !== steps[i - 1]?.size);
    return distinct.length > 1
      ? { key: 'size', label, mark: { kind: 'size', steps: distinct } }
      : null;
  };
  if (context.values.length > 1) {
    return keyOf(`Node size: ${name}, in each era against its largest`, [
      { size: nodeSize(0, 1, step), label: '0' },
      { size: nodeSize(0.5, 1, step), label: 'half' },
      { size: nodeSize(1, 1, step), label: 'largest' },
    ]);
  }
  const values = Object.values(context.values[0] ?? {}).filter(Number.isFinite);
  if (!values.length) return null;
  let least = Infinity;
  let most = -Infinity;
  let maxAbs = 0;
  for (const v of values) {
    least = Math.min(least, v);
    most = Math.max(most, v);
    maxAbs = Math.max(maxAbs, Math.abs(v));
  }
  const mid = (least + most) / 2;
  return keyOf(
    `Node size: ${name}`,
    [least, mid, most].map((v) => ({ size: nodeSize(v, maxAbs, step), label: keyValue(v) })),
  );
}
