// Turns actors, positions and ties into Cytoscape element definitions: data + classes only;
// how they look is the stylesheet's business.
import type { ElementDefinition } from 'cytoscape';
import type { Point } from '../core/layout';
import type { Tie } from '../core/ties';
import { tieId } from '../core/ties';

export interface ActorNode {
  readonly id: string;
  readonly label: string;
}

export interface GraphElements {
  readonly nodes: readonly ElementDefinition[];
  readonly edges: readonly ElementDefinition[];
}

/** Edge width in pixels for a tie's absolute score, relative to the strongest tie shown. */
export function tieWidth(absScore: number, maxAbsScore: number): number {
  if (maxAbsScore <= 0) return 1.5;
  return 1.5 + 8.5 * Math.sqrt(absScore / maxAbsScore);
}

export function signClass(sign: Tie['sign']): string {
  return sign > 0 ? 'tie-positive' : sign < 0 ? 'tie-negative' : 'tie-neutral';
}

export function buildElements(
  actors: readonly ActorNode[],
  positions: Readonly<Record<string, Point>>,
  ties: readonly Tie[],
): GraphElements {
  const maxAbs = Math.max(0, ...ties.map((t) => Math.abs(t.score)));
  return {
    nodes: actors.map((actor) => ({
      group: 'nodes',
      data: { id: actor.id, label: actor.label },
      position: { ...(positions[actor.id] ?? { x: 0, y: 0 }) },
      classes: 'actor',
    })),
    edges: ties.map((tie) => ({
      group: 'edges',
      data: {
        id: tieId(tie.a, tie.b),
        source: tie.a,
        target: tie.b,
        score: tie.score,
        width: tieWidth(Math.abs(tie.score), maxAbs),
      },
      classes: `tie ${signClass(tie.sign)}`,
    })),
  };
}
