// The graph view's pointer hover: which actor or tie the pointer is over and where, with a pointer
// cursor on the container (Cytoscape draws on canvases that have none of their own); and the
// selection a line's tie names, which taps share. Ties drawn by the edge layer (a large graph)
// are no Cytoscape elements: the layer is asked which one the pointer is over.
import type { Core, Position, SingularElementArgument } from 'cytoscape';
import type { HoverTarget } from '../core/scene/hover';
import type { Selection } from '../core/scene/selection';
import type { EdgeLayer } from './edge-layer';
import type { DrawnAt } from './graph-focus';

/** What the pointer is over, and where. */
export interface GraphHover extends DrawnAt {
  readonly target: HoverTarget;
}

/** The tie a line draws ("a~b" in its data), as a selection; null if it names none. */
export function selectionOf(tie: unknown): Selection {
  const [a, b] = String(tie).split('~');
  return a && b ? { kind: 'tie', a, b } : null;
}

/** Where an element is drawn (the middle of a line), for an event without a pointer. */
function middleOf(ele: SingularElementArgument): Position {
  if (ele.isNode()) return ele.renderedPosition();
  const a = ele.source().renderedPosition();
  const b = ele.target().renderedPosition();
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

export interface PointerHoverOptions {
  /** The pointer came over an actor or a tie (null: it left). */
  readonly onHover?: (hover: GraphHover | null) => void;
}

export interface PointerHover {
  /** Reports the pointer as over nothing, if it was over an element (the view moved). */
  leave(): void;
  /** An element that goes loses the pointer's card. */
  forget(id: string): void;
  destroy(): void;
}

/** Reports what the pointer is over in `cy`, drawn in `container`. */
export function createPointerHover(
  cy: Core,
  container: HTMLElement,
  options: PointerHoverOptions,
  layer: Pick<EdgeLayer, 'hit'> | null = null,
): PointerHover {
  /** The element under the pointer, if any. */
  let hovered: string | null = null;
  /** Whether that is an actor (Cytoscape's), which wins over a tie of the layer beneath. */
  let overNode = false;
  const hover = (over: { id: string; at: GraphHover } | null): void => {
    hovered = over?.id ?? null;
    container.style.cursor = over ? 'pointer' : '';
    options.onHover?.(over?.at ?? null);
  };
  cy.on('mouseover', 'node, edge', (event) => {
    const ele = event.target as SingularElementArgument;
    if (ele.hasClass('is-leaving')) return;
    const isNode = ele.isNode();
    const target: HoverTarget | null = isNode
      ? { kind: 'actor', id: ele.id() }
      : selectionOf(ele.data('tie') as unknown);
    if (!target) return;
    const at = (event.renderedPosition as Position | undefined) ?? middleOf(ele);
    overNode = isNode;
    hover({ id: ele.id(), at: { target, x: at.x, y: at.y, radius: 0 } });
  });
  cy.on('mouseout', 'node, edge', () => {
    overNode = false;
    hover(null);
  });
  const onMove = (event: MouseEvent): void => {
    if (!layer || overNode) return;
    const box = container.getBoundingClientRect();
    const at = { x: event.clientX - box.left, y: event.clientY - box.top };
    const hit = layer.hit(at);
    const target = hit ? selectionOf(hit.tie) : null;
    if (hit && target) {
      if (hit.id !== hovered) hover({ id: hit.id, at: { target, ...at, radius: 0 } });
    } else if (hovered !== null) hover(null);
  };
  if (layer) container.addEventListener('mousemove', onMove);
  const leave = (): void => {
    if (hovered !== null) hover(null);
  };
  // Cytoscape says nothing when the pointer leaves the graph straight from an element.
  container.addEventListener('mouseleave', leave);

  return {
    leave,
    forget(id) {
      if (id === hovered) hover(null);
    },
    destroy() {
      container.removeEventListener('mouseleave', leave);
      container.removeEventListener('mousemove', onMove);
      container.style.cursor = '';
    },
  };
}
