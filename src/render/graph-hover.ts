// The graph view's pointer hover: which actor or tie the pointer is over and where, with a pointer
// cursor on the container (Cytoscape draws on canvases that have none of their own); and the
// selection a line's tie names, which taps share.
import type { Core, Position, SingularElementArgument } from 'cytoscape';
import type { HoverTarget } from '../core/scene/hover';
import type { Selection } from '../core/scene/selection';
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
): PointerHover {
  /** The element under the pointer, if any. */
  let hovered: string | null = null;
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
    hover({ id: ele.id(), at: { target, x: at.x, y: at.y, radius: 0 } });
  });
  cy.on('mouseout', 'node, edge', () => hover(null));
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
      container.style.cursor = '';
    },
  };
}
