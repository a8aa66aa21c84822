// @vitest-environment jsdom
// (A container element and requestAnimationFrame; Cytoscape runs headless, as jsdom has no canvas.)
//
// The graph view's promises: updates in place by id (what is kept is never re-added), touches an
// element's data and classes only when they differ, fades gone elements out before removing them
// (and keeps one that comes back meanwhile), reports taps as selections and hovers as hovers, moves
// a keyboard focus ring round the actors, and cleans up.
import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { palette } from '../../src/core/scene/palette';
import type { Selection } from '../../src/core/scene/selection';
import type { PictureEdge } from '../../src/core/scene/picture';
import type { GraphElements } from '../../src/render/elements';
import { tieEdge } from './tie-edge';
import {
  createGraphView,
  ringOrder,
  type GraphFocus,
  type GraphHover,
  type GraphView,
  type GraphViewOptions,
} from '../../src/render/graph-view';
import type { WithEdgeLayer } from '../../src/render/edge-layer';
import { TRANSITION_MS } from '../../src/render/stylesheet';

/** jsdom has no ResizeObserver: this one records what it watches and can be told of a resize. */
class FakeResizeObserver {
  static made: FakeResizeObserver[] = [];
  readonly watched: Element[] = [];
  disconnected = false;
  constructor(readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.made.push(this);
  }
  observe(target: Element): void {
    this.watched.push(target);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  resized(): void {
    this.callback([], this as unknown as ResizeObserver);
  }
}

const node = (id: string, classes = 'actor', x = 0, label = id): ElementDefinition => ({
  group: 'nodes',
  data: { id, label, size: 10 },
  position: { x, y: 0 },
  classes,
});
const edge = (a: string, b: string, classes = 'tie', width = 2): PictureEdge =>
  tieEdge(a, b, classes, width);
const graph = (nodes: ElementDefinition[], edges: PictureEdge[] = []): GraphElements => ({
  nodes,
  edges,
});

let views: GraphView[] = [];
let container: HTMLDivElement;

function view(elements: GraphElements, options: GraphViewOptions = {}): GraphView {
  const made = createGraphView(container, elements, { ...options, headless: true });
  views.push(made);
  return made;
}

/** Every add, remove, data and class change Cytoscape is told of, as "event id". */
function changes(cy: Core): string[] {
  const seen: string[] = [];
  cy.on('add remove data class', (event: EventObject) => {
    if (event.target !== cy) seen.push(`${event.type} ${event.target.id()}`);
  });
  return seen;
}

const ids = (cy: Core, selector = '*') =>
  cy
    .elements(selector)
    .map((e) => e.id())
    .sort();

beforeEach(() => {
  FakeResizeObserver.made = [];
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.useFakeTimers();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  // A headless Cytoscape with styles keeps its animation loop going until destroyed.
  for (const v of views) if (!v.cy.destroyed()) v.destroy();
  views = [];
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  container.remove();
});

describe('createGraphView', () => {
  it('draws the elements it is given, with their classes, and watches its container', () => {
    const { cy } = view(graph([node('a', 'actor camp-a'), node('b')], [edge('a', 'b')]));
    expect(ids(cy)).toEqual(['a', 'a~b', 'b']);
    expect(cy.$id('a').classes()).toEqual(['actor', 'camp-a']);
    expect(cy.$id('a~b').source().id()).toBe('a');
    expect(FakeResizeObserver.made[0]?.watched).toEqual([container]);
  });
});

describe('update: the id diff', () => {
  it('adds new elements, removes gone ones and leaves the kept ones alone', () => {
    const v = view(graph([node('a'), node('b'), node('c')], [edge('a', 'b'), edge('b', 'c')]), {
      animate: false,
    });
    const seen = changes(v.cy);
    v.update(graph([node('a'), node('b'), node('d')], [edge('a', 'b'), edge('a', 'd')]));
    expect(ids(v.cy)).toEqual(['a', 'a~b', 'a~d', 'b', 'd']);
    expect(seen.sort()).toEqual(['add a~d', 'add d', 'remove b~c', 'remove c']);
  });

  it('changes data, classes and positions only on the elements where they differ', () => {
    const v = view(
      graph([node('a', 'actor camp-a'), node('b', 'actor camp-b')], [edge('a', 'b', 'tie', 2)]),
      { animate: false },
    );
    const seen = changes(v.cy);
    v.update(
      graph(
        [node('a', 'actor camp-a', 0, 'Renamed'), node('b', 'actor camp-a', 50)],
        [edge('a', 'b', 'tie', 2)],
      ),
    );
    expect(seen.sort()).toEqual(['class b', 'data a']);
    expect(v.cy.$id('a').data('label')).toBe('Renamed');
    expect(v.cy.$id('b').position()).toEqual({ x: 50, y: 0 });

    // The same elements again: Cytoscape hears of nothing.
    seen.length = 0;
    v.update(
      graph(
        [node('a', 'actor camp-a', 0, 'Renamed'), node('b', 'actor camp-a', 50)],
        [edge('a', 'b', 'tie', 2)],
      ),
    );
    expect(seen).toEqual([]);
  });

  it('replaces the classes of an element, dropping the ones it no longer has', () => {
    const v = view(graph([node('a', 'actor camp-a is-selected')]), { animate: false });
    v.update(graph([node('a', 'actor camp-b is-hedging')]));
    expect(v.cy.$id('a').classes().sort()).toEqual(['actor', 'camp-b', 'is-hedging']);
    v.update(graph([node('a', 'actor camp-b')]));
    expect(v.cy.$id('a').classes().sort()).toEqual(['actor', 'camp-b']);
  });

  it('gives an element that was removed and comes back its classes of now', () => {
    const v = view(graph([node('a'), node('b', 'actor camp-a')]), { animate: false });
    v.update(graph([node('a')]));
    expect(v.cy.$id('b').empty()).toBe(true);
    v.update(graph([node('a'), node('b', 'actor camp-b')]));
    expect(v.cy.$id('b').classes().sort()).toEqual(['actor', 'camp-b']);
    // And the bookkeeping knows them: the same classes again change nothing.
    const seen = changes(v.cy);
    v.update(graph([node('a'), node('b', 'actor camp-b')]));
    expect(seen).toEqual([]);
  });
});

describe('update: fading in and out', () => {
  it('fades a gone element out and removes it once the transition is over', () => {
    const v = view(graph([node('a'), node('b')], [edge('a', 'b')]));
    v.update(graph([node('a')]));
    expect(v.cy.$id('b').hasClass('is-leaving')).toBe(true);
    expect(v.cy.$id('a~b').hasClass('is-leaving')).toBe(true);
    expect(v.cy.$id('a').hasClass('is-leaving')).toBe(false);
    vi.advanceTimersByTime(TRANSITION_MS - 1);
    expect(ids(v.cy)).toEqual(['a', 'a~b', 'b']);
    vi.advanceTimersByTime(1);
    expect(ids(v.cy)).toEqual(['a']);
  });

  it('does not restart the fade of an element already leaving when asked again', () => {
    const v = view(graph([node('a'), node('b')]));
    v.update(graph([node('a')]));
    vi.advanceTimersByTime(TRANSITION_MS - 10);
    v.update(graph([node('a')]));
    vi.advanceTimersByTime(10);
    expect(ids(v.cy)).toEqual(['a']);
  });

  it('keeps an element that comes back after being told twice to leave', () => {
    const v = view(graph([node('a'), node('b')]));
    v.update(graph([node('a')]));
    vi.advanceTimersByTime(TRANSITION_MS / 2);
    v.update(graph([node('a')]));
    v.update(graph([node('a'), node('b')]));
    vi.advanceTimersByTime(TRANSITION_MS * 2);
    expect(ids(v.cy)).toEqual(['a', 'b']);
  });

  it('keeps an element that comes back while it fades out, with its classes of now', () => {
    const v = view(graph([node('a'), node('b', 'actor camp-a')]));
    v.update(graph([node('a')]));
    vi.advanceTimersByTime(TRANSITION_MS / 2);
    v.update(graph([node('a'), node('b', 'actor camp-a')]));
    vi.advanceTimersByTime(TRANSITION_MS * 2);
    expect(ids(v.cy)).toEqual(['a', 'b']);
    expect(v.cy.$id('b').classes().sort()).toEqual(['actor', 'camp-a']);
  });

  it('shows again an element without classes that comes back while it fades out', () => {
    const v = view(graph([node('a'), node('b', '')]));
    v.update(graph([node('a')]));
    expect(v.cy.$id('b').hasClass('is-leaving')).toBe(true);
    v.update(graph([node('a'), node('b', '')]));
    expect(v.cy.$id('b').hasClass('is-leaving')).toBe(false);
  });

  it('fades new elements in: drawn transparent first, then their class of entering goes', () => {
    const v = view(graph([node('a')]));
    v.update(graph([node('a'), node('b', 'actor camp-b')], [edge('a', 'b')]));
    expect(v.cy.$id('b').classes().sort()).toEqual(['actor', 'camp-b', 'is-entering']);
    expect(v.cy.$id('a~b').hasClass('is-entering')).toBe(true);
    expect(v.cy.$id('b').style('opacity')).toBe('0');
    vi.advanceTimersToNextFrame();
    expect(v.cy.$id('b').classes().sort()).toEqual(['actor', 'camp-b']);
    expect(v.cy.$id('a~b').hasClass('is-entering')).toBe(false);
  });

  it('removes at once and adds without fading when animation is off', () => {
    const v = view(graph([node('a'), node('b')]), { animate: false });
    v.update(graph([node('a'), node('c')]));
    expect(ids(v.cy)).toEqual(['a', 'c']);
    expect(v.cy.$id('c').hasClass('is-entering')).toBe(false);
  });

  it('never animates a large graph, and draws its ties in the batched layer, not as elements', () => {
    // Headless: no WebGL, so the ties go to the layer (src/render/edge-layer.ts).
    const v = view(
      graph([node('a'), node('b', 'actor', 100), node('c', 'actor', 200)], [edge('a', 'b')]),
      { large: true, animate: true },
    );
    expect(v.large).toBe(true);
    expect(v.webgl).toBe(false);
    expect(v.batched).toBe(true);
    expect(ids(v.cy)).toEqual(['a', 'b', 'c']);
    const layer = () => (container as WithEdgeLayer)._ententeEdges?.drawn;
    expect(layer()?.ids).toEqual(['a~b']);
    v.update(
      graph(
        [node('a'), node('b', 'actor', 100), node('d', 'actor', 300)],
        [edge('a', 'b', 'tie tie-negative'), edge('b', 'd')],
      ),
    );
    expect(ids(v.cy)).toEqual(['a', 'b', 'd']);
    expect(v.cy.$id('d').hasClass('is-entering')).toBe(false);
    expect(layer()?.ids).toEqual(['a~b', 'b~d']);
    expect(layer()?.classes).toEqual(['tie tie-negative', 'tie']);
    // The tie from b to d is drawn from b (x 100) to d (x 300).
    expect([...(layer()?.segments ?? [])]).toEqual([0, 0, 100, 0, 100, 0, 300, 0]);
  });

  it('draws the actors of a large graph in the layer, and tells Cytoscape only of what it draws', () => {
    const v = view(
      graph(
        [node('a', 'actor camp-A'), node('b', 'actor camp-B is-selected', 100)],
        [edge('a', 'b')],
      ),
      { large: true },
    );
    const layer = () => (container as WithEdgeLayer)._ententeEdges?.drawn;
    const marks = () =>
      Object.fromEntries(
        (layer()?.nodes ?? []).map((m) => [m.id, [m.x, m.r, m.look.fill, m.selected]]),
      );
    expect(marks()).toEqual({
      a: [0, 5, palette.campA, false],
      b: [100, 5, palette.campB, true],
    });
    // Cytoscape keeps the selection (where the focus ring starts) and a body that is not seen.
    expect(v.cy.$id('a').classes()).toEqual([]);
    expect(v.cy.$id('b').classes()).toEqual(['is-selected']);
    expect(v.cy.$id('b').style('background-opacity')).toBe('0');
    expect(v.cy.$id('b').style('underlay-opacity')).toBe('0');
    // Any collection's classes(): $id gives a new collection each time.
    const collections = Object.getPrototypeOf(v.cy.$id('a')) as { classes(c?: string): unknown };
    const styled = vi.spyOn(collections, 'classes');
    // Camps swap: the layer draws it, and Cytoscape is told nothing.
    v.update(
      graph(
        [node('a', 'actor camp-B is-faded'), node('b', 'actor camp-A is-selected', 100)],
        [edge('a', 'b')],
      ),
    );
    expect(marks()).toEqual({
      a: [0, 5, palette.campB, false],
      b: [100, 5, palette.campA, true],
    });
    expect(v.cy.$id('a').classes()).toEqual(['is-faded']);
    expect(v.cy.$id('b').classes()).toEqual(['is-selected']);
    expect(layer()?.nodes.map((m) => m.id)).toEqual(['a', 'b']); // the faded one first
    styled.mockClear();
    v.update(
      graph(
        [node('a', 'actor camp-A is-faded'), node('b', 'actor camp-B is-selected', 100)],
        [edge('a', 'b')],
      ),
    );
    expect(marks().a).toEqual([0, 5, palette.campA, false]);
    expect(styled).not.toHaveBeenCalledWith(expect.anything());
    // What it still draws, it is told of.
    v.update(
      graph(
        [node('a', 'actor camp-A'), node('b', 'actor camp-B is-selected', 100)],
        [edge('a', 'b')],
      ),
    );
    expect(styled).toHaveBeenCalledWith('');
    styled.mockRestore();
  });

  it('reports a tap and a hover on a tie of the layer as that tie, and beside it as nothing', () => {
    const chosen: Selection[] = [];
    const hovers: (GraphHover | null)[] = [];
    const v = view(graph([node('a'), node('b', 'actor', 100)], [edge('a', 'b')]), {
      large: true,
      onSelect: (s) => chosen.push(s),
      onHover: (h) => hovers.push(h),
    });
    const at = (x: number, y: number) => {
      // Headless Cytoscape: zoom 1, no pan, so rendered and model positions agree.
      expect(v.cy.zoom()).toBe(1);
      return { x: x + v.cy.pan().x, y: y + v.cy.pan().y };
    };
    // Cytoscape takes an event object with a position too, though its types name only strings.
    v.cy.emit({ type: 'tap', renderedPosition: at(50, 2) } as unknown as string);
    v.cy.emit({ type: 'tap', renderedPosition: at(50, 30) } as unknown as string);
    expect(chosen).toEqual([{ kind: 'tie', a: 'a', b: 'b' }, null]);
    const move = (x: number, y: number) => {
      const p = at(x, y);
      const box = container.getBoundingClientRect();
      container.dispatchEvent(
        new MouseEvent('mousemove', { clientX: box.left + p.x, clientY: box.top + p.y }),
      );
    };
    move(40, 1);
    move(60, -1); // the same tie: no second report
    move(40, 40);
    expect(hovers.map((h) => h?.target ?? null)).toEqual([{ kind: 'tie', a: 'a', b: 'b' }, null]);
    expect(container.style.cursor).toBe('');
    // An actor drawn over a tie wins.
    v.cy.$id('a').emit('mouseover');
    move(1, 0);
    expect(hovers.at(-1)?.target).toEqual({ kind: 'actor', id: 'a' });
  });

  it('takes its layer away when destroyed', () => {
    const v = view(graph([node('a'), node('b', 'actor', 100)], [edge('a', 'b')]), { large: true });
    expect((container as WithEdgeLayer)._ententeEdges).toBeDefined();
    v.destroy();
    expect((container as WithEdgeLayer)._ententeEdges).toBeUndefined();
  });
});

describe('selection', () => {
  function selecting() {
    const chosen: Selection[] = [];
    const v = view(graph([node('a'), node('b')], [edge('a', 'b')]), {
      onSelect: (s) => chosen.push(s),
    });
    return { cy: v.cy, chosen };
  }

  it('reports a tap on an actor as that actor', () => {
    const { cy, chosen } = selecting();
    cy.$id('b').emit('tap');
    expect(chosen).toEqual([{ kind: 'actor', id: 'b' }]);
  });

  it('reports a tap on a line as the tie it draws', () => {
    const { cy, chosen } = selecting();
    cy.$id('a~b').emit('tap');
    expect(chosen).toEqual([{ kind: 'tie', a: 'a', b: 'b' }]);
  });

  it('reports a tap on the background as no selection', () => {
    const { cy, chosen } = selecting();
    cy.emit('tap');
    expect(chosen).toEqual([null]);
  });

  it('reports a line whose tie is not a pair as no selection, not a half tie', () => {
    const chosen: Selection[] = [];
    const broken = { ...edge('a', 'b'), tie: 'a' };
    const v = view(graph([node('a'), node('b')], [broken]), { onSelect: (s) => chosen.push(s) });
    v.cy.$id('a~b').emit('tap');
    expect(chosen).toEqual([null]);
  });
});

describe('hover', () => {
  function hovering() {
    const seen: (GraphHover | null)[] = [];
    const v = view(graph([node('a'), node('b', 'actor', 100)], [edge('a', 'b')]), {
      onHover: (h) => seen.push(h),
    });
    return { cy: v.cy, seen };
  }

  it('reports the actor under the pointer, where it is drawn, with a pointer cursor', () => {
    const { cy, seen } = hovering();
    cy.$id('b').emit('mouseover');
    const at = cy.$id('b').renderedPosition();
    expect(seen).toEqual([{ target: { kind: 'actor', id: 'b' }, x: at.x, y: at.y, radius: 0 }]);
    expect(container.style.cursor).toBe('pointer');
  });

  it('reports a line as the tie it draws, and the pointer leaving as nothing', () => {
    const { cy, seen } = hovering();
    cy.$id('a~b').emit('mouseover');
    expect(seen[0]?.target).toEqual({ kind: 'tie', a: 'a', b: 'b' });
    cy.$id('a~b').emit('mouseout');
    expect(seen[1]).toBeNull();
    expect(container.style.cursor).toBe('');
  });

  it('reports nothing under the pointer when it leaves the graph straight from an element', () => {
    const { cy, seen } = hovering();
    cy.$id('b').emit('mouseover');
    container.dispatchEvent(new MouseEvent('mouseleave'));
    expect(seen.at(-1)).toBeNull();
    expect(container.style.cursor).toBe('');
  });

  it('drops the card of an element that goes from under the pointer', () => {
    const seen: (GraphHover | null)[] = [];
    const v = view(graph([node('a'), node('b', 'actor', 100)]), {
      animate: false,
      onHover: (h) => seen.push(h),
    });
    v.cy.$id('b').emit('mouseover');
    v.update(graph([node('a')]));
    expect(seen.at(-1)).toBeNull();
    expect(container.style.cursor).toBe('');
  });
});

describe('ringOrder', () => {
  it('goes clockwise from twelve o’clock round the centre of the points', () => {
    const points = [
      { id: 'west', x: -1, y: 0 },
      { id: 'south', x: 0, y: 1 },
      { id: 'north', x: 0, y: -1 },
      { id: 'east', x: 1, y: 0 },
    ];
    expect(ringOrder(points)).toEqual(['north', 'east', 'south', 'west']);
    // Around their own centre, wherever the ring is drawn.
    expect(ringOrder(points.map((p) => ({ ...p, x: p.x + 500, y: p.y + 300 })))).toEqual([
      'north',
      'east',
      'south',
      'west',
    ]);
  });
});

describe('keyboard focus', () => {
  /** Four actors on a ring: n(orth) at the top, then e, s and w clockwise. */
  const ring = (classes: Partial<Record<string, string>> = {}) =>
    graph(
      [
        { ...node('s', classes.s ?? 'actor'), position: { x: 0, y: 100 } },
        { ...node('w', classes.w ?? 'actor'), position: { x: -100, y: 0 } },
        { ...node('n', classes.n ?? 'actor'), position: { x: 0, y: -100 } },
        { ...node('e', classes.e ?? 'actor'), position: { x: 100, y: 0 } },
      ],
      [edge('n', 's')],
    );
  function focusing(elements = ring()) {
    const chosen: Selection[] = [];
    const rings: (GraphFocus | null)[] = [];
    container.tabIndex = 0;
    const v = view(elements, {
      animate: false,
      onSelect: (s) => chosen.push(s),
      onFocus: (f) => rings.push(f),
    });
    const press = (key: string) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      container.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const marked = () => v.cy.nodes('.is-focused').map((n) => n.id());
    return { v, chosen, rings, press, marked };
  }

  it('puts the ring on the first actor of the ring when the graph is tabbed to', () => {
    const { v, rings, marked } = focusing();
    container.focus();
    expect(v.focused).toBe('n');
    expect(marked()).toEqual(['n']);
    const at = v.cy.$id('n').renderedPosition();
    expect(rings).toEqual([
      { id: 'n', x: at.x, y: at.y, radius: v.cy.$id('n').renderedOuterWidth() / 2 },
    ]);
  });

  it('skips an actor that is fading out on its way off the graph', () => {
    container.tabIndex = 0;
    const v = view(ring(), { animate: true });
    v.update(
      graph(
        ring().nodes.filter((n) => n.data.id !== 'e'),
        [],
      ),
    );
    expect(v.cy.$id('e').hasClass('is-leaving')).toBe(true);
    container.focus();
    expect(v.focused).toBe('n');
    container.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    // Clockwise from the top: n, (e is leaving), s.
    expect(v.focused).toBe('s');
  });

  it('starts from the selected actor', () => {
    const { v } = focusing(ring({ s: 'actor is-selected' }));
    container.focus();
    expect(v.focused).toBe('s');
  });

  it('moves round the ring with the arrow keys, wrapping at either end', () => {
    const { v, press, marked } = focusing();
    container.focus();
    const visits: (string | null)[] = [];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowRight']) {
      expect(press(key)).toBe(true);
      visits.push(v.focused);
    }
    expect(visits).toEqual(['e', 's', 'w', 'n']);
    press('ArrowLeft');
    expect(v.focused).toBe('w');
    press('ArrowUp');
    expect(v.focused).toBe('s');
    press('Home');
    expect(v.focused).toBe('n');
    press('End');
    expect(v.focused).toBe('w');
    expect(marked()).toEqual(['w']);
  });

  it('selects the focused actor with Enter and clears the selection with Escape', () => {
    const { chosen, press } = focusing();
    container.focus();
    press('ArrowRight');
    expect(press('Enter')).toBe(true);
    expect(press('Escape')).toBe(true);
    expect(chosen).toEqual([{ kind: 'actor', id: 'e' }, null]);
    // Other keys are left to the page.
    expect(press('a')).toBe(false);
  });

  it('shows no ring when a pointer press focuses the graph, until an arrow key', () => {
    const { v, press } = focusing();
    container.dispatchEvent(new Event('pointerdown'));
    container.focus();
    expect(v.focused).toBeNull();
    press('ArrowRight');
    expect(v.focused).toBe('n');
  });

  it('takes the ring off when the graph loses focus, and puts it back where it was', () => {
    const { v, press, rings, marked } = focusing();
    container.focus();
    press('ArrowRight');
    container.blur();
    expect(v.focused).toBeNull();
    expect(marked()).toEqual([]);
    expect(rings.at(-1)).toBeNull();
    container.focus();
    expect(v.focused).toBe('e');
  });

  it('keeps the ring through new classes, and drops it when its actor goes', () => {
    const { v, marked, rings } = focusing();
    container.focus();
    v.update(ring({ n: 'actor camp-A' }));
    expect(v.cy.$id('n').classes().sort()).toEqual(['actor', 'camp-A', 'is-focused']);
    expect(marked()).toEqual(['n']);
    v.update(
      graph([
        { ...node('s'), position: { x: 0, y: 100 } },
        { ...node('e'), position: { x: 100, y: 0 } },
      ]),
    );
    expect(v.focused).toBeNull();
    expect(rings.at(-1)).toBeNull();
  });

  it('draws the ring in the stylesheet, outside the border', () => {
    const { v } = focusing();
    container.focus();
    expect(Number.parseFloat(String(v.cy.$id('n').style('outline-width')))).toBeGreaterThan(0);
    expect(Number.parseFloat(String(v.cy.$id('e').style('outline-width')))).toBe(0);
  });
});

describe('container and lifetime', () => {
  const at = (left: number, top: number) => ({ left, top }) as DOMRect;

  it('resizes Cytoscape on a press when the container has moved since the last one', () => {
    const rect = vi.spyOn(container, 'getBoundingClientRect').mockReturnValue(at(0, 0));
    const { cy } = view(graph([node('a')]));
    const resize = vi.spyOn(cy, 'resize');
    container.dispatchEvent(new Event('pointerdown'));
    expect(resize).not.toHaveBeenCalled();
    rect.mockReturnValue(at(0, 120));
    container.dispatchEvent(new Event('mousedown'));
    expect(resize).toHaveBeenCalledTimes(1);
    container.dispatchEvent(new Event('pointerdown'));
    expect(resize).toHaveBeenCalledTimes(1);
  });

  it('resizes and fits Cytoscape when its container is resized', () => {
    const { cy } = view(graph([node('a')]));
    const resize = vi.spyOn(cy, 'resize');
    const fit = vi.spyOn(cy, 'fit');
    FakeResizeObserver.made[0]?.resized();
    expect(resize).toHaveBeenCalledTimes(1);
    expect(fit).toHaveBeenCalledTimes(1);
  });

  it('lets go of everything on destroy, elements still fading out included', () => {
    const rect = vi.spyOn(container, 'getBoundingClientRect').mockReturnValue(at(0, 0));
    const v = view(graph([node('a'), node('b')]));
    const timers = vi.getTimerCount();
    v.update(graph([node('a')]));
    expect(vi.getTimerCount()).toBe(timers + 1);
    v.destroy();
    expect(v.cy.destroyed()).toBe(true);
    expect(FakeResizeObserver.made[0]?.disconnected).toBe(true);
    // The timer that would have removed "b" is cleared.
    expect(vi.getTimerCount()).toBe(timers);
    // Its press listeners are gone: a press after a move reads no position.
    rect.mockClear();
    rect.mockReturnValue(at(0, 120));
    container.dispatchEvent(new Event('pointerdown'));
    expect(rect).not.toHaveBeenCalled();
  });
});

describe('moving actors', () => {
  it('glides a moved actor to its new place when animating, and jumps when not', async () => {
    const v = view(graph([node('a', 'actor', 0), node('b', 'actor', 100)]));
    v.update(graph([node('a', 'actor', 300), node('b', 'actor', 100)]));
    // Not there at once: on its way.
    expect(v.cy.$id('a').position().x).toBeLessThan(300);
    for (let t = 0; t < TRANSITION_MS * 3; t += 16) await vi.advanceTimersByTimeAsync(16);
    expect(v.cy.$id('a').position().x).toBe(300);
    expect(v.cy.$id('b').position().x).toBe(100);

    const still = view(graph([node('a', 'actor', 0)]), { animate: false });
    still.update(graph([node('a', 'actor', 300)]));
    expect(still.cy.$id('a').position().x).toBe(300);
  });
});
