// The graph view's keyboard focus ring: which actor has it, moving it round the ring of actors
// (arrow keys, Home and End; Enter selects, Escape clears), putting it on when the graph gains
// focus from the keyboard (not from a pointer's press) and off when it loses it, and where it is.
import type { Core } from 'cytoscape';
import type { Selection } from '../core/scene/selection';

/** Where something is drawn, in pixels from the container's top left corner. */
export interface DrawnAt {
  readonly x: number;
  readonly y: number;
  /** Half the drawn size of an actor (0 for a point on a line), to place a card beside it. */
  readonly radius: number;
}

/** The actor with the keyboard focus ring, and where it is drawn. */
export interface GraphFocus extends DrawnAt {
  readonly id: string;
}

/**
 * Actors in the order of the ring they are drawn on: clockwise round the centre of their
 * positions, from twelve o'clock; the keyboard moves the focus along it.
 */
export function ringOrder(points: readonly { id: string; x: number; y: number }[]): string[] {
  const n = points.length || 1;
  const cx = points.reduce((sum, p) => sum + p.x, 0) / n;
  const cy = points.reduce((sum, p) => sum + p.y, 0) / n;
  const TAU = 2 * Math.PI;
  // Screen y grows downwards: atan2(dx, -dy) is 0 straight up and grows clockwise.
  const angle = (p: { x: number; y: number }) => (Math.atan2(p.x - cx, cy - p.y) + TAU) % TAU;
  return [...points]
    .map((p) => ({ id: p.id, angle: angle(p) }))
    .sort((p, q) => p.angle - q.angle || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0))
    .map((p) => p.id);
}

const KEY_STEPS: Readonly<Record<string, 1 | -1>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

export interface FocusRingOptions {
  readonly onSelect?: (selection: Selection) => void;
  /** The ring moved, or went (null), or the actor it is on moved on screen. */
  readonly onFocus?: (focus: GraphFocus | null) => void;
}

export interface FocusRing {
  /** The actor with the focus ring, or null. */
  readonly focused: string | null;
  /** The graph's own classes plus the focus ring's, which only the screen has. */
  withFocus(id: string, classes: string): string;
  /** Puts the ring on an actor, or takes it off (null). */
  set(id: string | null): void;
  /** Moves the ring round the ring of actors: 1 the next (clockwise), -1 the previous. */
  move(step: 1 | -1): void;
  /** An element that goes loses the ring. */
  forget(id: string): void;
  /** Tells again where the focused actor is drawn (the view moved, or its size changed). */
  report(): void;
  destroy(): void;
}

/** Puts a keyboard focus ring on the actors of `cy`, driven by keys pressed in `container`. */
export function createFocusRing(
  cy: Core,
  container: HTMLElement,
  options: FocusRingOptions,
): FocusRing {
  /** The actor with the focus ring; the last one, kept while the graph is not focused. */
  let focused: string | null = null;
  let lastFocused: string | null = null;

  const actors = () => cy.nodes().not('.is-leaving').nodes();
  const ring = () => ringOrder(actors().map((n) => ({ id: n.id(), ...n.position() })));
  const drawnAt = (id: string): GraphFocus | null => {
    const node = cy.getElementById(id);
    if (node.empty()) return null;
    const p = node.renderedPosition();
    return { id, x: p.x, y: p.y, radius: node.renderedOuterWidth() / 2 };
  };
  const setFocus = (wanted: string | null): void => {
    const id = wanted !== null && cy.getElementById(wanted).isNode() ? wanted : null;
    if (id === focused) return;
    if (focused !== null) cy.getElementById(focused).removeClass('is-focused');
    focused = id;
    if (id !== null) {
      lastFocused = id;
      cy.getElementById(id).addClass('is-focused');
    }
    options.onFocus?.(id === null ? null : drawnAt(id));
  };
  /** Where the ring starts: the selected actor, else where it last was, else the first. */
  const ringStart = (): string | null => {
    const shown = actors();
    const selected = shown.filter('.is-selected');
    if (selected.nonempty()) return selected.first().id();
    if (lastFocused !== null && shown.map((n) => n.id()).includes(lastFocused)) return lastFocused;
    return ring()[0] ?? null;
  };
  const moveFocus = (step: 1 | -1): void => {
    if (focused === null) return setFocus(ringStart());
    const order = ring();
    const at = order.indexOf(focused);
    setFocus(order[(at + step + order.length) % order.length] ?? null);
  };

  const onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = KEY_STEPS[event.key];
    if (step !== undefined) moveFocus(step);
    else if (event.key === 'Home' || event.key === 'End') {
      const order = ring();
      setFocus((event.key === 'Home' ? order[0] : order.at(-1)) ?? null);
    } else if (event.key === 'Enter' && focused !== null)
      options.onSelect?.({ kind: 'actor', id: focused });
    else if (event.key === 'Escape') options.onSelect?.(null);
    else return;
    event.preventDefault();
  };
  /** Whether the press of a pointer is what focuses the graph (then no ring until a key). */
  let pressing = false;
  const onFocusIn = (): void => {
    const byPointer = pressing;
    pressing = false;
    if (!byPointer) setFocus(ringStart());
  };
  const onFocusOut = (): void => {
    pressing = false;
    setFocus(null);
  };
  const onPress = (): void => {
    pressing = document.activeElement !== container;
  };
  const onRelease = (): void => {
    pressing = false;
  };
  container.addEventListener('keydown', onKey);
  container.addEventListener('focus', onFocusIn);
  container.addEventListener('blur', onFocusOut);
  container.addEventListener('pointerdown', onPress, { capture: true });
  container.addEventListener('mousedown', onPress, { capture: true });
  container.addEventListener('touchstart', onPress, { capture: true, passive: true });
  container.addEventListener('pointerup', onRelease, { capture: true });

  return {
    get focused() {
      return focused;
    },
    withFocus: (id, classes) => (id === focused ? `${classes} is-focused` : classes),
    set: setFocus,
    move: moveFocus,
    forget(id) {
      if (id === focused) setFocus(null);
    },
    report() {
      if (focused !== null) options.onFocus?.(drawnAt(focused));
    },
    destroy() {
      container.removeEventListener('keydown', onKey);
      container.removeEventListener('focus', onFocusIn);
      container.removeEventListener('blur', onFocusOut);
      container.removeEventListener('pointerdown', onPress, { capture: true });
      container.removeEventListener('mousedown', onPress, { capture: true });
      container.removeEventListener('touchstart', onPress, { capture: true });
      container.removeEventListener('pointerup', onRelease, { capture: true });
    },
  };
}
