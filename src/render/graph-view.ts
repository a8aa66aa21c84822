// The graph view: creates Cytoscape in a container, updates it in place by element id (so what
// stays is not redrawn and positions never move), and destroys it.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { GraphElements } from './elements';
import { stylesheet } from './stylesheet';

export interface GraphView {
  update(elements: GraphElements): void;
  destroy(): void;
}

function sync(cy: Core, definitions: readonly ElementDefinition[], selector: string): void {
  const wanted = new Map(definitions.map((d) => [String(d.data.id), d]));
  cy.elements(selector).forEach((ele) => {
    if (!wanted.has(ele.id())) ele.remove();
  });
  for (const [id, def] of wanted) {
    const existing = cy.getElementById(id);
    if (existing.empty()) {
      cy.add(def);
      continue;
    }
    existing.data(def.data);
    existing.classes(typeof def.classes === 'string' ? def.classes : '');
    if (def.position) existing.position(def.position);
  }
}

export function createGraphView(container: HTMLElement, elements: GraphElements): GraphView {
  const cy = cytoscape({
    container,
    elements: [...elements.nodes, ...elements.edges],
    style: stylesheet,
    layout: { name: 'preset', padding: 40 },
    autoungrabify: true,
    boxSelectionEnabled: false,
    minZoom: 0.2,
    maxZoom: 4,
  });
  cy.fit(undefined, 40);
  const resize = new ResizeObserver(() => {
    cy.resize();
    cy.fit(undefined, 40);
  });
  resize.observe(container);
  return {
    update(next) {
      cy.batch(() => {
        sync(cy, next.nodes, 'node');
        sync(cy, next.edges, 'edge');
      });
    },
    destroy() {
      resize.disconnect();
      cy.destroy();
    },
  };
}
