// The graph view: creates Cytoscape in a container, updates it in place by element id, reports
// taps as selections, and destroys it; pointer hovers (graph-hover.ts) and the keyboard focus ring
// (graph-focus.ts) are wired in here. Only what changed is touched: new elements are added and
// gone ones removed in bulk, and an element's data or classes are set only when they differ —
// Cytoscape restyles every element it is told about. Small graphs fade elements in and out and
// change by stylesheet transitions; large ones (level of detail) skip the animation, draw
// straight "haystack" lines, show labels only when zoomed in, and render at device pixel ratio 1
// with Cytoscape's WebGL renderer where the browser has WebGL 2 on a GPU, else on the 2D canvas
// with the ties and the actors' bodies drawn in batches by our own layer under Cytoscape's
// see-through nodes, which keep the names, hit testing and the focus ring (edge-layer.ts;
// docs/performance.md has the figures). WebGL draws no dashes (see drawsDashes). Actors never move.
import cytoscape, { type Core, type ElementDefinition, type Position } from 'cytoscape';
import type { Selection } from '../core/scene/selection';
import { drawingOf, drawsDashes, type Drawing } from './drawing';
import { createEdgeLayer } from './edge-layer';
import { graphClasses } from './node-marks';
import { edgeDefinitions, type GraphElements } from './elements';
import { createFocusRing, type GraphFocus } from './graph-focus';
import { createPointerHover, selectionOf, type GraphHover } from './graph-hover';
import { stylesheet, TRANSITION_MS } from './stylesheet';

export { ringOrder, type DrawnAt, type GraphFocus } from './graph-focus';
export { canDrawWithWebgl, drawingNote, drawingOf, drawsDashes, type Drawing } from './drawing';
export type { GraphHover } from './graph-hover';

export interface GraphView {
  update(elements: GraphElements): void;
  /** The actor with the keyboard focus ring, or null. */
  readonly focused: string | null;
  /** Puts the focus ring on an actor, or takes it off (null). */
  focus(id: string | null): void;
  /** Moves the focus ring round the ring of actors: 1 the next (clockwise), -1 the previous. */
  moveFocus(step: 1 | -1): void;
  /** The Cytoscape instance, for exporters that render from the same picture. */
  readonly cy: Core;
  readonly large: boolean;
  readonly webgl: boolean;
  /** Whether the ties are drawn in batches by our own layer (a large graph without WebGL). */
  readonly batched: boolean;
  destroy(): void;
}

export interface GraphViewOptions {
  readonly onSelect?: (selection: Selection) => void;
  /** The pointer came over an actor or a tie (null: it left). */
  readonly onHover?: (hover: GraphHover | null) => void;
  /** The keyboard focus ring moved, or went (null), or the actor it is on moved on screen. */
  readonly onFocus?: (focus: GraphFocus | null) => void;
  readonly animate?: boolean;
  /** Draw with level of detail (core/scene/picture.ts, isLargeGraph); decided once, when the view is made. */
  readonly large?: boolean;
  /** Keep elements, classes and styles without drawing them: for tests, as jsdom has no canvas. */
  readonly headless?: boolean;
}

function classesOf(def: ElementDefinition): string {
  return typeof def.classes === 'string' ? def.classes : '';
}

/** Whether every field of `wanted` is already the element's. */
function sameData(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  for (const key in wanted) if (current[key] !== wanted[key]) return false;
  return true;
}

export function createGraphView(
  container: HTMLElement,
  elements: GraphElements,
  options: GraphViewOptions = {},
): GraphView {
  const large = options.large ?? false;
  const animate = (options.animate ?? true) && !large;
  // Headless (tests) has no WebGL: a large graph there takes the batched layer.
  const drawing: Drawing = options.headless && large ? 'large-batched' : drawingOf(large);
  const webgl = drawing === 'large-webgl';
  const batched = drawing === 'large-batched';
  /**
   * The classes Cytoscape is given: all of them, but where the layer draws the actors' bodies
   * (batched), only those Cytoscape still draws — so that a camp changing restyles nothing there.
   */
  const shownBy = (def: ElementDefinition): string =>
    batched && def.group === 'nodes' ? graphClasses(classesOf(def)) : classesOf(def);
  /** The ties as Cytoscape's elements, where Cytoscape draws them (not the batched layer). */
  const cytoscapeEdges = batched ? [] : edgeDefinitions(elements.edges);
  const cy = cytoscape({
    container,
    elements: batched
      ? elements.nodes.map((def) => ({ ...def, classes: shownBy(def) }))
      : [...elements.nodes, ...cytoscapeEdges],
    style: stylesheet({ animate, large, bodies: !batched }),
    layout: { name: 'preset', padding: 40 },
    autoungrabify: true,
    boxSelectionEnabled: false,
    // A ring of hundreds of actors must fit too.
    minZoom: large ? 0.02 : 0.2,
    maxZoom: 4,
    ...(options.headless ? { headless: true, styleEnabled: true } : {}),
    ...(large
      ? {
          pixelRatio: 1,
          hideEdgesOnViewport: !webgl,
          textureOnViewport: !webgl,
          ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
        }
      : {}),
  });
  cy.fit(undefined, 40);
  // For the benchmark's "first render after load" (npm run bench).
  // "Complete" once the ties are on screen too: drawn by the edge layer, a frame or more later.
  const complete = (): void => void performance.mark('entente:graph-complete');
  cy.one('render', () => {
    performance.mark('entente:graph-drawn');
    if (!batched) complete();
  });
  const layer = batched
    ? createEdgeLayer(cy, container, {
        dashes: drawsDashes(drawing),
        headless: options.headless ?? false,
        onPainted: complete,
      })
    : null;
  layer?.set(elements.edges, elements.nodes);
  /** The classes each element was given, to tell whether they changed. */
  const shownClasses = new Map<string, string>();
  for (const def of [...elements.nodes, ...cytoscapeEdges])
    shownClasses.set(String(def.data.id), shownBy(def));
  const leaving = new Map<string, ReturnType<typeof setTimeout>>();
  // The keyboard focus ring and the pointer's card; an element that goes loses both.
  const ring = createFocusRing(cy, container, options);
  const pointer = createPointerHover(cy, container, options, layer);
  const forget = (id: string): void => {
    ring.forget(id);
    pointer.forget(id);
  };

  const sync = (definitions: readonly ElementDefinition[], selector: string): void => {
    const wanted = new Map(definitions.map((d) => [String(d.data.id), d]));
    const gone = cy.elements(selector).filter((ele) => !wanted.has(ele.id()));
    if (!animate) {
      for (const id of gone.map((ele) => ele.id())) {
        shownClasses.delete(id);
        forget(id);
      }
      cy.remove(gone);
    } else {
      gone.forEach((ele) => {
        forget(ele.id());
        if (leaving.has(ele.id())) return;
        ele.addClass('is-leaving');
        leaving.set(
          ele.id(),
          setTimeout(() => {
            leaving.delete(ele.id());
            shownClasses.delete(ele.id());
            if (!cy.destroyed()) ele.remove();
          }, TRANSITION_MS),
        );
      });
    }
    const added: ElementDefinition[] = [];
    for (const [id, def] of wanted) {
      const pending = leaving.get(id);
      if (pending) {
        clearTimeout(pending);
        leaving.delete(id);
        // Forget its classes, so that they are set anew (which also drops is-leaving).
        shownClasses.delete(id);
      }
      const existing = cy.getElementById(id);
      const classes = shownBy(def);
      if (existing.empty()) {
        const shown = ring.withFocus(id, classes);
        added.push({ ...def, classes: animate ? `${shown} is-entering` : shown });
        shownClasses.set(id, classes);
        continue;
      }
      if (!sameData(existing.data() as Record<string, unknown>, def.data)) existing.data(def.data);
      if (shownClasses.get(id) !== classes) {
        existing.classes(ring.withFocus(id, classes));
        shownClasses.set(id, classes);
      }
      const p = def.position;
      if (p) {
        const at = existing.position();
        if (at.x !== p.x || at.y !== p.y) {
          // An actor that moves (the sides layout between eras) glides there, so the eye
          // follows it across; without animation it jumps.
          existing.stop(true, false);
          if (animate && existing.isNode())
            existing.animate({ position: p }, { duration: TRANSITION_MS, easing: 'ease-in-out' });
          else existing.position(p);
        }
      }
    }
    if (!added.length) return;
    const entering = cy.add(added);
    if (animate) {
      requestAnimationFrame(() => {
        if (!cy.destroyed()) entering.removeClass('is-entering');
      });
    }
  };

  // Panning or zooming moves what a card points at: the pointer's card goes, the ring's follows.
  cy.on('viewport', () => {
    pointer.leave();
    ring.report();
  });

  cy.on('tap', 'node', (event) => options.onSelect?.({ kind: 'actor', id: event.target.id() }));
  cy.on('tap', 'edge', (event) => options.onSelect?.(selectionOf(event.target.data('tie'))));
  cy.on('tap', (event) => {
    if (event.target !== cy) return;
    // Ties in the layer are no elements of Cytoscape's: a tap beside every actor may be on one.
    const hit = layer?.hit(event.renderedPosition as Position);
    options.onSelect?.(hit ? selectionOf(hit.tie) : null);
  });
  const resize = new ResizeObserver(() => {
    cy.resize();
    cy.fit(undefined, 40);
  });
  resize.observe(container);
  // Cytoscape caches where its container is on the page and hears of scrolls and resizes only:
  // when something above it changes height (a note, a strip arriving), the container moves
  // without resizing and taps would land beside their target. Check on each press, before
  // Cytoscape reads the position.
  let place = container.getBoundingClientRect();
  const onPress = (): void => {
    const now = container.getBoundingClientRect();
    if (now.left !== place.left || now.top !== place.top) cy.resize();
    place = now;
  };
  container.addEventListener('pointerdown', onPress, { capture: true });
  container.addEventListener('mousedown', onPress, { capture: true });
  container.addEventListener('touchstart', onPress, { capture: true, passive: true });

  return {
    cy,
    large,
    webgl,
    batched,
    get focused() {
      return ring.focused;
    },
    focus: ring.set,
    moveFocus: ring.move,
    update(next) {
      cy.batch(() => {
        sync(next.nodes, 'node');
        if (!layer) sync(edgeDefinitions(next.edges), 'edge');
      });
      layer?.set(next.edges, next.nodes);
      // A size that changed moves the edge of the focused actor, and what points at it.
      ring.report();
    },
    destroy() {
      resize.disconnect();
      ring.destroy();
      pointer.destroy();
      container.removeEventListener('pointerdown', onPress, { capture: true });
      container.removeEventListener('mousedown', onPress, { capture: true });
      container.removeEventListener('touchstart', onPress, { capture: true });
      for (const timer of leaving.values()) clearTimeout(timer);
      layer?.destroy();
      cy.destroy();
    },
  };
}
