// Where the parts of a figure go for each shape: the frame keeps its shape, one era is drawn
// landscape with the legend beside it, two eras side by side, and nothing leaves the frame or
// covers another part.
import { describe, expect, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import { loadDataset } from '../../src/core/data/load';
import { extentAt, nodeExtents } from '../../src/core/scene/figure-fit';
import {
  figureLayout,
  FIGURE_SHAPES,
  MARGIN,
  type FigureLayout,
  type LayoutInput,
  type Rect,
} from '../../src/core/scene/figure-layout';
import { sizeKeyCircles } from '../../src/core/scene/figure-legend';
import {
  blockHeight,
  textWidth,
  TYPE,
  wrap,
  type TextBlock,
} from '../../src/core/scene/figure-text';
import { bearingCircleLayout } from '../../src/core/scene/layout';
import { sizeKey } from '../../src/core/scene/legend';
import { buildScene, readyWindow } from '../../src/core/scene/scene';
import type { Mode } from '../../src/core/scene/choices';
import { viewWindow } from '../../src/core/time/time';
import { SHIPPED_DATA } from '../../src/node/paths';
import { readGraphDataFolder } from '../../src/node/read-folder';

const loaded = loadDataset(readGraphDataFolder(SHIPPED_DATA));
if (!loaded.ok) throw new Error('invalid shipped data');
const dataset = loaded.dataset;
const positions = bearingCircleLayout(dataset.actors);
const era = (id: string) =>
  readyWindow(
    dataset.viewById[id]!.label,
    analyzeWindow(dataset, viewWindow(dataset.viewById[id]!)),
  );

/** What the figure of the shipped data in a mode lays out, with a size key in its legend. */
function inputFor(mode: Mode, shape: LayoutInput['shape'], over: Partial<LayoutInput> = {}) {
  const scene = buildScene({
    dataset,
    mode,
    current: era('2022'),
    reference: era('cold-war'),
    positions,
    edgeMode: 'ties',
    sizeBy: 'pagerank',
    selection: null,
  });
  const key = sizeKey({ measure: 'pagerank', values: [scene.report.centrality.pagerank] });
  return {
    shape,
    title: scene.title,
    subtitle: scene.headline,
    captions: scene.panels.map((p) => p.caption),
    pictures: scene.panels.map((p) => p.picture),
    legend: key ? [...scene.legend, key] : scene.legend,
    note: scene.legendNote,
    footer: scene.footer,
    ...over,
  } satisfies LayoutInput;
}

const RATIOS = { '16:9': 16 / 9, '4:5': 4 / 5, '1:1': 1 } as const;

const textBox = (b: TextBlock): Rect => ({
  x: b.x,
  y: b.y,
  width: Math.max(0, ...b.lines.map((l) => textWidth(l, b.size, b.bold))),
  height: blockHeight(b),
});

/** Every box the layout places: texts, legend entries and the graphs as drawn (names too). */
function boxes(input: LayoutInput, layout: FigureLayout): [string, Rect][] {
  const out: [string, Rect][] = [];
  if (layout.title) out.push(['title', textBox(layout.title)]);
  if (layout.subtitle) out.push(['subtitle', textBox(layout.subtitle)]);
  const nodes = nodeExtents(input.pictures);
  const e = extentAt(nodes, layout.scale);
  layout.panels.forEach((p, i) => {
    if (p.caption) out.push([`caption ${i}`, textBox(p.caption)]);
    out.push([
      `graph ${i}`,
      { x: p.tx + e.minX, y: p.ty + e.minY, width: e.maxX - e.minX, height: e.maxY - e.minY },
    ]);
  });
  for (const item of layout.legend?.items ?? [])
    out.push([
      `legend ${item.entry.key}`,
      { x: item.x, y: item.y, width: item.width, height: item.lines.length * TYPE.legend * 1.3 },
    ]);
  if (layout.legend?.note) out.push(['note', textBox(layout.legend.note)]);
  if (layout.footer) out.push(['footer', textBox(layout.footer.text)]);
  return out;
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

function expectTidy(input: LayoutInput, layout: FigureLayout) {
  const all = boxes(input, layout);
  for (const [name, r] of all) {
    expect({ name, inside: r.x >= MARGIN - 0.5 && r.y >= MARGIN - 0.5 }).toEqual({
      name,
      inside: true,
    });
    expect({ name, inside: r.x + r.width <= layout.width - MARGIN + 0.5 }).toEqual({
      name,
      inside: true,
    });
    expect({ name, inside: r.y + r.height <= layout.height - MARGIN + 0.5 }).toEqual({
      name,
      inside: true,
    });
  }
  for (const [i, [a, ra]] of all.entries())
    for (const [b, rb] of all.slice(i + 1))
      expect({ a, b, overlap: overlap(ra, rb) }).toEqual({ a, b, overlap: false });
}

describe('figureLayout', () => {
  it.each(['single', 'compare', 'diff'] as const)(
    'keeps each fixed shape, and puts every part of a %s figure inside it without overlaps',
    (mode) => {
      for (const shape of ['16:9', '4:5', '1:1'] as const) {
        const input = inputFor(mode, shape);
        const layout = figureLayout(input);
        expect(layout.fitted).toBe(true);
        expect(layout.width / layout.height).toBeCloseTo(RATIOS[shape], 2);
        expect(layout.scale).toBeGreaterThan(0);
        expectTidy(input, layout);
      }
    },
  );

  it('draws one era landscape by default, with the legend beside the graph', () => {
    const layout = figureLayout(inputFor('single', '16:9'));
    expect([layout.width, layout.height]).toEqual([1600, 900]);
    expect(layout.arrangement).toEqual({ legend: 'beside', panels: 'row' });
    const graph = layout.panels[0]!.box;
    for (const item of layout.legend!.items) expect(item.x).toBeGreaterThan(graph.x + graph.width);
  });

  it('puts two eras side by side in 16:9, at one scale, on one line', () => {
    const layout = figureLayout(inputFor('compare', '16:9'));
    expect(layout.arrangement.panels).toBe('row');
    const [a, b] = layout.panels;
    expect(a!.box.y).toBe(b!.box.y);
    expect(b!.box.x).toBeGreaterThan(a!.box.x + a!.box.width);
    expect(a!.caption!.lines).toEqual(['Cold War, 1947–1991']);
  });

  it('puts the legend under the graph in a portrait figure of one era', () => {
    const layout = figureLayout(inputFor('single', '4:5'));
    expect(layout.arrangement.legend).toBe('below');
    const graph = layout.panels[0]!.box;
    for (const item of layout.legend!.items)
      expect(item.y).toBeGreaterThanOrEqual(graph.y + graph.height);
  });

  it('leaves room for what is switched off: no title, no legend, no footer', () => {
    const full = figureLayout(inputFor('single', '16:9'));
    const bare = figureLayout(
      inputFor('single', '16:9', {
        title: '',
        subtitle: '',
        captions: null,
        legend: [],
        note: '',
        footer: '',
      }),
    );
    expect([bare.title, bare.subtitle, bare.legend, bare.footer]).toEqual([null, null, null, null]);
    expect(bare.panels[0]!.caption).toBeNull();
    expect(bare.scale).toBeGreaterThan(full.scale);
  });

  it('makes a figure taller, and says so, when its text cannot fit the shape', () => {
    const subtitle = 'A very long subtitle that goes on. '.repeat(1000);
    const input = inputFor('single', '16:9', { subtitle });
    const layout = figureLayout(input);
    expect(layout.fitted).toBe(false);
    expect(layout.height).toBeGreaterThan(layout.width / RATIOS['16:9']);
    expectTidy(input, layout);
  });

  it('fits the figure to its content in the automatic shape: panels of 760, as tall as needed', () => {
    const one = figureLayout(inputFor('single', 'auto'));
    const two = figureLayout(inputFor('compare', 'auto'));
    expect(one.width).toBe(2 * MARGIN + 760);
    expect(two.width).toBe(2 * MARGIN + 2 * 760 + 24);
    expect(one.arrangement.legend).toBe('below');
    expectTidy(inputFor('compare', 'auto'), two);
  });

  it('offers every shape, 16:9 first', () => {
    expect(FIGURE_SHAPES[0]).toBe('16:9');
    for (const shape of FIGURE_SHAPES)
      expect(figureLayout(inputFor('compare', shape)).scale).toBeGreaterThan(0);
  });
});

describe('sizeKeyCircles', () => {
  it('draws each circle at the graph’s scale, side by side on one baseline', () => {
    const circles = sizeKeyCircles(
      [
        { size: 30, label: '0.1' },
        { size: 70, label: '0.3' },
      ],
      10,
      100,
      0.5,
    );
    expect(circles.map((c) => c.r)).toEqual([7.5, 17.5]);
    expect(circles[0]!.cy + circles[0]!.r).toBe(circles[1]!.cy + circles[1]!.r);
    expect(circles[1]!.cx - circles[1]!.r).toBeGreaterThan(circles[0]!.cx + circles[0]!.r);
    expect(circles[0]!.cy - circles[0]!.r).toBeGreaterThan(100);
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width, and cuts a word longer than a line', () => {
    const max = Math.floor(200 / (10 * 0.58));
    const lines = wrap(`a few words then ${'x'.repeat(90)} and more`, 200, 10);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(max);
    expect(lines.join('').replace(/ /g, '')).toBe(`afewwordsthen${'x'.repeat(90)}andmore`);
    expect(wrap('  ', 200, 10)).toEqual([]);
  });
});
