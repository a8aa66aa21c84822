// Turns a Picture (core/scene/picture.ts) into Cytoscape element definitions: data + classes only;
// how they look is the stylesheet's business. Edges carry only what the stylesheet and the tap
// handler read (an edge's scores are for the SVG writer): any data that changes makes Cytoscape
// restyle the element, and a step along the timeline changes most scores.
import type { ElementDefinition } from 'cytoscape';
import type { Picture } from '../core/scene/picture';

export interface GraphElements {
  readonly nodes: readonly ElementDefinition[];
  readonly edges: readonly ElementDefinition[];
}

/** Edge definitions by the picture's edges they were made from: the same edges, the same array. */
const edgeDefinitions = new WeakMap<Picture['edges'], readonly ElementDefinition[]>();

/** A class list's text, by list: the ties share a few dozen lists (core/scene/picture.ts). */
const joined = new WeakMap<readonly string[], string>();
function classText(classes: readonly string[]): string {
  let text = joined.get(classes);
  if (text === undefined) joined.set(classes, (text = classes.join(' ')));
  return text;
}

function edgesOf(picture: Picture): readonly ElementDefinition[] {
  let made = edgeDefinitions.get(picture.edges);
  if (!made) {
    made = picture.edges.map((e) => ({
      group: 'edges',
      data: { id: e.id, tie: e.tie, source: e.source, target: e.target, width: e.width },
      classes: classText(e.classes),
    }));
    edgeDefinitions.set(picture.edges, made);
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
    edges: edgesOf(picture),
  };
}
