// Turns what is to be drawn into Cytoscape element definitions: data + classes only; how they
// look is the stylesheet's business. Ties (one edge a pair), relations (one edge a relation,
// parallel edges allowed) or the differences between two windows.
import type { ElementDefinition } from 'cytoscape';
import type { CampLabel, Comparison } from '../core/compare';
import type { Point } from '../core/layout';
import type { Relation, RelationType } from '../core/schema';
import type { Tie } from '../core/ties';
import { tieId } from '../core/ties';
import type { Selection } from '../core/selection';

export interface NodeSpec {
  readonly id: string;
  readonly label: string;
  readonly camp: CampLabel;
  /** The chosen centrality, scaled to [0, 1] among the actors shown. */
  readonly size: number;
  /** In the diff view: the actor changed camp since the earlier window. */
  readonly moved?: boolean;
}

export interface GraphElements {
  readonly nodes: readonly ElementDefinition[];
  readonly edges: readonly ElementDefinition[];
}

export const NODE_MIN = 30;
export const NODE_MAX = 70;

/** Edge width in pixels for an absolute score, relative to the strongest shown. */
export function edgeWidth(absScore: number, maxAbsScore: number): number {
  if (maxAbsScore <= 0) return 1.5;
  return 1.5 + 8.5 * Math.sqrt(absScore / maxAbsScore);
}

export function signClass(score: number): string {
  return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
}

function touches(selection: Selection, a: string, b: string): boolean {
  if (!selection) return false;
  if (selection.kind === 'actor') return selection.id === a || selection.id === b;
  return tieId(selection.a, selection.b) === tieId(a, b);
}

function focusClass(selection: Selection, a: string, b: string): string {
  if (!selection) return '';
  if (selection.kind === 'tie' && tieId(selection.a, selection.b) === tieId(a, b))
    return ' is-selected';
  return touches(selection, a, b) ? ' is-related' : ' is-faded';
}

export function nodeElements(
  nodes: readonly NodeSpec[],
  positions: Readonly<Record<string, Point>>,
  selection: Selection,
): ElementDefinition[] {
  return nodes.map((node) => {
    let focus = '';
    if (selection?.kind === 'actor') focus = selection.id === node.id ? ' is-selected' : '';
    if (selection?.kind === 'tie')
      focus = selection.a === node.id || selection.b === node.id ? ' is-related' : '';
    return {
      group: 'nodes',
      data: { id: node.id, label: node.label, size: NODE_MIN + (NODE_MAX - NODE_MIN) * node.size },
      position: { ...(positions[node.id] ?? { x: 0, y: 0 }) },
      classes: `actor camp-${node.camp}${node.moved ? ' is-moved' : ''}${focus}`,
    };
  });
}

export function tieElements(ties: readonly Tie[], selection: Selection): ElementDefinition[] {
  const maxAbs = Math.max(0, ...ties.map((t) => Math.abs(t.score)));
  return ties.map((tie) => ({
    group: 'edges',
    data: {
      id: tieId(tie.a, tie.b),
      tie: tieId(tie.a, tie.b),
      source: tie.a,
      target: tie.b,
      score: tie.score,
      width: edgeWidth(Math.abs(tie.score), maxAbs),
    },
    classes: `tie tie-${signClass(tie.score)}${focusClass(selection, tie.a, tie.b)}`,
  }));
}

export interface RelationEdge {
  readonly relation: Relation;
  readonly type: RelationType;
  readonly contribution: number;
}

export function relationElements(
  edges: readonly RelationEdge[],
  selection: Selection,
): ElementDefinition[] {
  const maxAbs = Math.max(0, ...edges.map((e) => Math.abs(e.contribution)));
  return edges.map(({ relation, type, contribution }) => ({
    group: 'edges',
    data: {
      id: `rel:${relation.id}`,
      tie: tieId(relation.source, relation.target),
      source: relation.source,
      target: relation.target,
      label: type.label,
      width: edgeWidth(Math.abs(contribution), maxAbs) * 0.6,
    },
    classes:
      `relation rel-${type.id} rel-${type.kind} rel-${signClass(contribution)}` +
      focusClass(selection, relation.source, relation.target),
  }));
}

/** Every tie of either window, classed by how it changed from the earlier to the later. */
export function diffElements(comparison: Comparison, selection: Selection): ElementDefinition[] {
  const before = new Map(
    comparison.before.dyads.filter((t) => t.sign !== 0).map((t) => [tieId(t.a, t.b), t]),
  );
  const after = new Map(
    comparison.after.dyads.filter((t) => t.sign !== 0).map((t) => [tieId(t.a, t.b), t]),
  );
  const all = [...new Set([...before.keys(), ...after.keys()])].sort();
  const maxAbs = Math.max(
    0,
    ...[...after.values(), ...before.values()].map((t) => Math.abs(t.score)),
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
          : 'unchanged';
    return {
      group: 'edges',
      data: {
        id,
        tie: id,
        source: tie.a,
        target: tie.b,
        before: was?.score ?? 0,
        after: now?.score ?? 0,
        width: edgeWidth(Math.abs(tie.score), maxAbs),
      },
      classes: `diff diff-${change} tie-${signClass(tie.score)}${focusClass(selection, tie.a, tie.b)}`,
    };
  });
}
