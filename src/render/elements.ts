// Turns a Picture (core/scene/picture.ts) into Cytoscape element definitions: data + classes only;
// how they look is the stylesheet's business. Edges carry only what the stylesheet and the tap
// handler read: any data that changes makes Cytoscape restyle the element, and a step along the
// timeline changes most scores.
import type { ElementDefinition } from 'cytoscape';
import type { Picture, PictureEdge } from '../core/scene/picture';

/**
 * What the graph view is handed: the actors as Cytoscape definitions, the ties as the picture's
 * edges. Where the edge layer draws the ties (a large graph without a GPU) Cytoscape never holds
 * them, and no definition is made for them: at 4,400 ties a new window, two objects a tie that the
 * page kept with each of the windows it keeps (docs/performance.md, ninth round).
 */
export interface GraphElements {
  readonly nodes: readonly ElementDefinition[];
  readonly edges: readonly PictureEdge[];
}

/** Edge definitions by the picture's edges they were made from: the same edges, the same array. */
const definitions = new WeakMap<readonly PictureEdge[], readonly ElementDefinition[]>();

/** A class list's text, by list: the ties share a few dozen lists (core/scene/picture.ts). */
const joined = new WeakMap<readonly string[], string>();
export function classText(classes: readonly string[]): string {
  let text = joined.get(classes);
  if (text === undefined) joined.set(classes, (text = classes.join(' ')));
  return text;
}

/** The picture's edges as Cytoscape's definitions, for where Cytoscape draws them. */
export function edgeDefinitions(edges: readonly PictureEdge[]): readonly ElementDefinition[] {
  let made = definitions.get(edges);
  if (!made) {
    made = edges.map((e) => ({
      group: 'edges',
      data: { id: e.id, tie: e.tie, source: e.source, target: e.target, width: e.width },
      classes: classText(e.classes),
    }));
    definitions.set(edges, made);
  }
  return made;
}

export function toElements(picture: Picture): GraphElements {
  return {
    nodes: picture.nodes.map((n) => ({
      group: 'nodes',
      data: { id: n.id, label: n.label, size: n.size },
      position: { x: n.x, y: n.y },
      classes: n.classes.join(' '),
    })),
    edges: picture.edges,
  };
}
