// The graph view: creates Cytoscape in a container, updates it in place by element id — new
// elements fade in, gone ones fade out, the rest change by stylesheet transitions, and actors
// never move — reports taps as selections, and destroys it.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { Selection } from '../core/selection';
import type { GraphElements } from './elements';
import { stylesheet, TRANSITION_MS } from './stylesheet';

export interface GraphView {
  update(elements: GraphElements): void;
  /** The Cytoscape instance, for exporters that render from the same picture. */
  readonly cy: Core;
  destroy(): void;
}

export interface GraphViewOptions {
  readonly onSelect?: (selection: Selection) => void;
  readonly animate?: boolean;
}

function selectionOf(tie: unknown): Selection {
  const [a, b] = String(tie).split('~');
  return a && b ? { kind: 'tie', a, b } : null;
}

export function createGraphView(
  container: HTMLElement,
  elements: GraphElements,
  options: GraphViewOptions = {},
): GraphView {
  const animate = options.animate ?? true;
  const cy = cytoscape({
    container,
    elements: [...elements.nodes, ...elements.edges],
    style: stylesheet(animate),
    layout: { name: 'preset', padding: 40 },
    autoungrabify: true,
    boxSelectionEnabled: false,
    minZoom: 0.2,
    maxZoom: 4,
  });
  cy.fit(undefined, 40);
  const leaving = new Map<string, ReturnType<typeof setTimeout>>();

  const sync = (definitions: readonly ElementDefinition[], selector: string): void => {
    const wanted = new Map(definitions.map((d) => [String(d.data.id), d]));
    cy.elements(selector).forEach((ele) => {
      if (wanted.has(ele.id()) || leaving.has(ele.id())) return;
      if (!animate) {
        ele.remove();
        return;
      }
      ele.addClass('is-leaving');
      leaving.set(
        ele.id(),
        setTimeout(() => {
          leaving.delete(ele.id());
          if (!cy.destroyed()) ele.remove();
        }, TRANSITION_MS),
      );
    });
    const entering: string[] = [];
    for (const [id, def] of wanted) {
      const pending = leaving.get(id);
      if (pending) {
        clearTimeout(pending);
        leaving.delete(id);
      }
      const existing = cy.getElementById(id);
      const classes = typeof def.classes === 'string' ? def.classes : '';
      if (existing.empty()) {
        cy.add({ ...def, classes: animate ? `${classes} is-entering` : classes });
        entering.push(id);
        continue;
      }
      existing.data(def.data);
      existing.classes(classes);
      if (def.position) existing.position(def.position);
    }
    if (animate && entering.length) {
      requestAnimationFrame(() => {
        if (!cy.destroyed())
          for (const id of entering) cy.getElementById(id).removeClass('is-entering');
      });
    }
  };

  cy.on('tap', 'node', (event) => options.onSelect?.({ kind: 'actor', id: event.target.id() }));
  cy.on('tap', 'edge', (event) => options.onSelect?.(selectionOf(event.target.data('tie'))));
  cy.on('tap', (event) => {
    if (event.target === cy) options.onSelect?.(null);
  });
  const resize = new ResizeObserver(() => {
    cy.resize();
    cy.fit(undefined, 40);
  });
  resize.observe(container);

  return {
    cy,
    update(next) {
      cy.batch(() => {
        sync(next.nodes, 'node');
        sync(next.edges, 'edge');
      });
    },
    destroy() {
      resize.disconnect();
      for (const timer of leaving.values()) clearTimeout(timer);
      cy.destroy();
    },
  };
}
