// The actors of a large graph as the batched layer draws them (edge-layer.ts), under Cytoscape's
// canvas: each actor's body — fill, shape, border and opacity from the same rules as the
// stylesheet and the SVG writer (core/scene/style.ts) — and the glow of a selected one. Cytoscape
// keeps each actor as an element with a see-through body, for its name, the keyboard focus ring
// and hit testing, and is told only of what it still draws (GRAPH_CLASSES): a step along the
// timeline recolours most actors of the scale set (their camps reshuffle every year), and
// Cytoscape restyled, measured and redrew each one (8–13 ms a step). Pure: no canvas.
import type { ElementDefinition } from 'cytoscape';
import { nodeLook, type NodeLook } from '../core/scene/style';
import { sameInOrder } from './edge-batches';

export interface NodeMark {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Half the actor's size, model units. */
  readonly r: number;
  readonly look: NodeLook;
  readonly selected: boolean;
}

/** The glow under a selected actor, as the stylesheet's underlay: opacity and padding. */
export const SELECTED_ACTOR_GLOW = { opacity: 0.12, padding: 8 } as const;

/** A dashed border's pattern, model units (the SVG writer's). */
export const BORDER_DASH = [4, 3] as const;

/**
 * The classes Cytoscape's element of an actor keeps when the layer draws its body: a faded
 * actor's name fades too, and the focus ring starts on the selected actor (graph-focus.ts).
 */
export const GRAPH_CLASSES: ReadonlySet<string> = new Set(['is-selected', 'is-faded']);

/** Of an actor's classes, those Cytoscape still draws (GRAPH_CLASSES), in order. */
export function graphClasses(classes: string): string {
  let kept = '';
  for (const name of classes.split(' '))
    if (GRAPH_CLASSES.has(name)) kept = kept ? `${kept} ${name}` : name;
  return kept;
}

/** Looks by class list: a few distinct lists among hundreds of actors, each looked up once. */
const looks = new Map<string, NodeLook>();
function lookOf(classes: string): NodeLook {
  let look = looks.get(classes);
  if (!look) {
    look = nodeLook(classes.split(' ').filter(Boolean));
    if (looks.size > 1000) looks.clear();
    looks.set(classes, look);
  }
  return look;
}

/** The marks of these actor definitions; an actor without a position is left out. */
export function nodeMarks(nodes: readonly ElementDefinition[]): NodeMark[] {
  const marks: NodeMark[] = [];
  for (const def of nodes) {
    const at = def.position;
    if (!at) continue;
    const classes = typeof def.classes === 'string' ? def.classes : '';
    marks.push({
      id: String(def.data.id),
      x: at.x,
      y: at.y,
      r: Number(def.data.size) / 2,
      look: lookOf(classes),
      selected: classes.split(' ').includes('is-selected'),
    });
  }
  // Faded actors first: what matters is drawn over what does not.
  return marks.sort((a, b) => a.look.opacity - b.look.opacity);
}

/** Whether two lists of actor definitions would be drawn alike (ids, places, sizes, classes). */
export function sameNodes(
  a: readonly ElementDefinition[],
  b: readonly ElementDefinition[],
): boolean {
  return sameInOrder(
    a,
    b,
    (x, y) =>
      x.data.id === y.data.id &&
      x.data.size === y.data.size &&
      x.classes === y.classes &&
      x.position?.x === y.position?.x &&
      x.position?.y === y.position?.y,
  );
}
