// What is drawn, as plain data: nodes and edges with positions, sizes, widths and classes. Both
// the Cytoscape view (render/) and the figure exporters (figure.ts, svg.ts) draw from a Picture,
// so the screen and an exported figure show the same thing. Classes name what a mark means
// (camp-A, tie-negative, diff-flipped, is-selected); style.ts says how each looks.
import { focus, relationClasses, relationIds, signClass, tieClasses, tieIds } from './tie-classes';
export { signClass } from './tie-classes';
import type { WindowReport } from '../analysis/analysis';
import type { CampLabel, Comparison } from '../analysis/compare';
import { relationById, type Dataset } from '../data/dataset';
import { keptEdges } from './kept-edges';
import { countedRelationsOf } from '../analysis/lean-core';
import type { Point } from './layout';
import type { Selection } from './selection';
import type { Relation, RelationType } from '../data/schema';
import type { Tie } from '../analysis/ties';
import { tieId } from '../analysis/ties';

export interface PictureNode {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  /** Diameter in model units. */
  readonly size: number;
  readonly classes: readonly string[];
}

export interface PictureEdge {
  readonly id: string;
  /** The pair this edge belongs to ("PAK~RUS"), for selection. */
  readonly tie: string;
  readonly source: string;
  readonly target: string;
  /** Line width in model units. */
  readonly width: number;
  readonly classes: readonly string[];
  /** Extra values carried along for readers of the picture (scores, type label). */
  readonly data?: Readonly<Record<string, string | number>>;
}

export interface Picture {
  readonly nodes: readonly PictureNode[];
  readonly edges: readonly PictureEdge[];
}

export type { EdgeMode, SizeMeasure } from './choices';
import type { EdgeMode, SizeMeasure } from './choices';

export interface PictureOptions {
  readonly edgeMode: EdgeMode;
  readonly sizeBy: SizeMeasure;
  readonly selection: Selection;
  /** Sizes in the coarser steps of a large graph (nodeStep). */
  readonly largeGraph?: boolean;
}

/**
 * Node size for a centrality value, relative to the largest, in steps of `step`: a step along the
 * timeline then resizes only the actors whose size visibly changed (Cytoscape restyles and
 * redraws a resized actor, a large part of a step's cost on a large graph).
 */
export function nodeSize(value: number, max: number, step: number = NODE_STEP): number {
  const exact = NODE_MIN + (NODE_MAX - NODE_MIN) * (max > 0 ? value / max : 0);
  return NODE_MIN + step * Math.round((exact - NODE_MIN) / step);
}

/**
 * The step of node sizes: 4 model units, or 10 on a large graph, drawn so small (a ring of
 * hundreds) that 4 units are under a pixel: five sizes, 30 to 70.
 */
export function nodeStep(largeGraph = false): number {
  return largeGraph ? LARGE_NODE_STEP : NODE_STEP;
}

/** Above this many edges (or actors) the screen draws a graph with level of detail. */
export const LARGE_GRAPH = { edges: 1500, nodes: 120 } as const;

export function isLargeGraph(size: { nodes: number; edges: number }): boolean {
  return size.edges > LARGE_GRAPH.edges || size.nodes > LARGE_GRAPH.nodes;
}

export const NODE_MIN = 30;
export const NODE_MAX = 70;
const NODE_STEP = 4;
const LARGE_NODE_STEP = 10;

/**
 * Edge width for an absolute score, relative to the strongest shown, in half-pixel steps: finer
 * steps cannot be seen, and a step along the timeline then restyles only the ties whose width
 * visibly changed.
 */
export function edgeWidth(absScore: number, maxAbsScore: number): number {
  if (maxAbsScore <= 0) return 1.5;
  return Math.round((1.5 + 8.5 * Math.sqrt(absScore / maxAbsScore)) * 2) / 2;
}

function nodes(
  report: WindowReport,
  camps: ReadonlyMap<string, CampLabel>,
  positions: Readonly<Record<string, Point>>,
  options: PictureOptions,
  moved: ReadonlySet<string> = new Set(),
): PictureNode[] {
  // Betweenness is null until computed: every node at the same size meanwhile.
  const values: Readonly<Record<string, number>> =
    report.centrality[options.sizeBy] ?? (Object.create(null) as Record<string, number>);
  const max = maxAbsOf(Object.values(values), (v) => v);
  const s = options.selection;
  const hedging = new Set(report.hedging.map((h) => h.actor));
  return report.actors.map((a) => {
    const classes = ['actor', `camp-${camps.get(a.id) ?? 'unaligned'}`];
    if (hedging.has(a.id)) classes.push('is-hedging');
    if (moved.has(a.id)) classes.push('is-moved');
    if (s?.kind === 'actor' && s.id === a.id) classes.push('is-selected');
    if (s?.kind === 'tie' && (s.a === a.id || s.b === a.id)) classes.push('is-related');
    const p = positions[a.id] ?? { x: 0, y: 0 };
    return {
      id: a.id,
      label: a.name,
      x: p.x,
      y: p.y,
      size: nodeSize(values[a.id] ?? 0, max, nodeStep(options.largeGraph)),
      classes,
    };
  });
}

/** The largest absolute value (0 for none), without spreading a long list into arguments. */
function maxAbsOf<T>(items: Iterable<T>, value: (item: T) => number): number {
  let max = 0;
  for (const item of items) max = Math.max(max, Math.abs(value(item)));
  return max;
}

/** `idOf` names a tie: tieIds(dataset) gives the data set's kept ids (tie-classes.ts). */
export function tieEdges(
  ties: readonly Tie[],
  selection: Selection,
  idOf: (a: string, b: string) => string = tieId,
): PictureEdge[] {
  const maxAbs = maxAbsOf(ties, (t) => t.score);
  // Thousands of ties a new window of a large data set: the ids and class lists shared.
  return ties.map((tie) => {
    const id = idOf(tie.a, tie.b);
    const classes = tieClasses(tie.score, tie.ambivalent, focus(selection, tie.a, tie.b));
    return {
      id,
      tie: id,
      source: tie.a,
      target: tie.b,
      width: edgeWidth(Math.abs(tie.score), maxAbs),
      classes,
    };
  });
}

export interface RelationMark {
  readonly relation: Relation;
  readonly type: RelationType;
  readonly contribution: number;
}

export function relationEdges(marks: readonly RelationMark[], selection: Selection): PictureEdge[] {
  const maxAbs = maxAbsOf(marks, (e) => e.contribution);
  // 11,000 lines a new window of a large data set: ids and class lists made once and shared.
  return marks.map(({ relation, type, contribution }) => {
    const { id, tie } = relationIds(relation);
    return {
      id,
      tie,
      source: relation.source,
      target: relation.target,
      width: edgeWidth(Math.abs(contribution), maxAbs) * 0.6,
      classes: relationClasses(
        type,
        contribution,
        focus(selection, relation.source, relation.target),
      ),
    };
  });
}

/** A tie that keeps its sign grew stronger when its |score| grew by this factor or more… */
export const STRONGER = 1.5;
/** …and any change smaller than this share of the strongest tie of either window is no change. */
export const CHANGE_FLOOR = 0.1;

/** How a tie that kept its sign changed: stronger, weaker (by STRONGER either way) or unchanged. */
export function strengthChange(
  before: number,
  after: number,
  maxAbs: number,
): 'stronger' | 'weaker' | 'unchanged' {
  const was = Math.abs(before);
  const now = Math.abs(after);
  if (Math.abs(now - was) < CHANGE_FLOOR * maxAbs) return 'unchanged';
  if (now >= was * STRONGER) return 'stronger';
  if (now * STRONGER <= was) return 'weaker';
  return 'unchanged';
}

/** Every tie of either window, classed by how it changed from the earlier to the later. */
export function diffEdges(comparison: Comparison, selection: Selection): PictureEdge[] {
  const signed = (dyads: readonly Tie[]) =>
    new Map(dyads.filter((t) => t.sign !== 0).map((t) => [tieId(t.a, t.b), t]));
  const before = signed(comparison.before.dyads);
  const after = signed(comparison.after.dyads);
  const all = [...new Set([...before.keys(), ...after.keys()])].sort();
  const maxAbs = Math.max(
    maxAbsOf(after.values(), (t) => t.score),
    maxAbsOf(before.values(), (t) => t.score),
  );
  return all.map((id) => {
    const was = before.get(id);
    const now = after.get(id);
    const tie = (now ?? was) as Tie;
    const change = !was
      ? 'appeared'
      : !now
        ? 'ended'
        : was.sign !== now.sign
          ? 'flipped'
          : strengthChange(was.score, now.score, maxAbs);
    const mark = focus(selection, tie.a, tie.b);
    return {
      id,
      tie: id,
      source: tie.a,
      target: tie.b,
      width: edgeWidth(Math.abs(tie.score), maxAbs),
      classes: ['diff', `diff-${change}`, `tie-${signClass(tie.score)}`, ...(mark ? [mark] : [])],
      data: { before: was?.score ?? 0, after: now?.score ?? 0 },
    };
  });
}

/** The picture of one window: its ties (or each relation behind them), nodes coloured by camp. */
export function windowPicture(
  dataset: Dataset,
  report: WindowReport,
  camps: ReadonlyMap<string, CampLabel>,
  positions: Readonly<Record<string, Point>>,
  options: PictureOptions,
): Picture {
  const edges = keptEdges(report.dyads, dataset, options, () =>
    windowEdges(dataset, report, options),
  );
  return { nodes: nodes(report, camps, positions, options), edges };
}

function windowEdges(
  dataset: Dataset,
  report: WindowReport,
  options: PictureOptions,
): PictureEdge[] {
  if (options.edgeMode !== 'relations')
    return tieEdges(report.dyads, options.selection, tieIds(dataset));
  // Each relation: 11,000 marks a new window of a large data set, made in one loop.
  const marks: RelationMark[] = [];
  // A core the worker sent: the window's relations tie by tie, no tie asked for its list.
  const counted = countedRelationsOf(report.dyads);
  if (counted) {
    counted.relations.forEach((relation, k) => {
      const type = dataset.typeById[relation.type];
      if (type) marks.push({ relation, type, contribution: counted.contribution[k] ?? 0 });
    });
    return relationEdges(marks, options.selection);
  }
  const byId = relationById(dataset);
  for (const t of report.dyads)
    for (const { id, contribution } of t.relations) {
      const relation = byId.get(id);
      const type = relation ? dataset.typeById[relation.type] : undefined;
      if (relation && type) marks.push({ relation, type, contribution });
    }
  return relationEdges(marks, options.selection);
}

/** The later window's picture of what changed since the earlier one, moved actors marked. */
export function diffPicture(
  comparison: Comparison,
  camps: ReadonlyMap<string, CampLabel>,
  positions: Readonly<Record<string, Point>>,
  options: PictureOptions,
): Picture {
  const moved = new Set(comparison.campChanges.map((c) => c.actor));
  return {
    nodes: nodes(comparison.after, camps, positions, options, moved),
    edges: diffEdges(comparison, options.selection),
  };
}
