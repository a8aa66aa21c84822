import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import { ALL_PARTS, figureOf, type FigureTexts } from '../../src/core/scene/figure';
import { sizeKey } from '../../src/core/scene/legend';
import { buildScene, readyWindow, windowCaption } from '../../src/core/scene/scene';
import { bearingCircleLayout } from '../../src/core/scene/layout';
import { loadDataset } from '../../src/core/data/load';
import { escapeXml, figureSvg, wrap } from '../../src/core/scene/svg';
import { viewWindow, yearWindow } from '../../src/core/time/time';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';
import { actor, folder, relation } from '../builders';

const loaded = loadDataset(readGraphDataFolder(SHIPPED_DATA));
if (!loaded.ok) throw new Error('invalid shipped data');
const dataset = loaded.dataset;
const positions = bearingCircleLayout(dataset.actors);

function sceneFor(viewId: string, mode: 'single' | 'compare' | 'diff' = 'single') {
  const report = analyzeWindow(dataset, viewWindow(dataset.viewById[viewId]!));
  const reference = analyzeWindow(dataset, viewWindow(dataset.viewById['cold-war']!));
  return buildScene({
    dataset,
    mode,
    current: readyWindow(dataset.viewById[viewId]!.label, report),
    reference: readyWindow('Cold War', reference),
    positions,
    edgeMode: 'ties',
    sizeBy: 'pagerank',
    selection: null,
  });
}

function figureFor(
  viewId: string,
  mode: 'single' | 'compare' | 'diff' = 'single',
  texts: FigureTexts = {},
) {
  return figureOf(sceneFor(viewId, mode), texts);
}

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => errors.push(`${level}: ${message}`),
  }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return doc;
}

const texts = (doc: ReturnType<typeof parse>) =>
  Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');

/** The lines of the texts of one class (title, subtitle, caption, footer), in order. */
const linesOf = (doc: ReturnType<typeof parse>, cls: string) =>
  Array.from(doc.getElementsByTagName('text'))
    .filter((t) => t.getAttribute('class') === cls)
    .map((t) => t.textContent ?? '');

const groups = (doc: ReturnType<typeof parse>, cls: string) =>
  Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === cls);

/** A panel's translation and scale, read from its transform. */
function placement(g: { getAttribute(name: string): string | null }) {
  const m = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([\d.]+)\)/.exec(
    g.getAttribute('transform') ?? '',
  );
  if (!m) throw new Error('a panel without its transform');
  return { x: Number(m[1]), y: Number(m[2]), scale: Number(m[3]) };
}

describe('figureSvg', () => {
  it('writes a well-formed SVG with every actor, the caption, the legend and the footer as text', () => {
    const { svg, width, height } = figureSvg(figureFor('cold-war'), {
      parts: ALL_PARTS,
      background: 'white',
    });
    const doc = parse(svg);
    const root = doc.documentElement!;
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    const all = texts(doc);
    for (const name of [
      'Pakistan',
      'Soviet Union',
      'United States',
      'China',
      'India',
      'Afghanistan',
    ])
      expect(all).toContain(name);
    expect(all).toContain('Cold War, 1947–1991');
    expect(linesOf(doc, 'title')).toEqual([
      'Who sided with whom among 6 actors, Cold War, 1947–1991',
    ]);
    expect(linesOf(doc, 'subtitle').join(' ')).toMatch(
      /^Two camps: Pakistan, United States and China on one side; Soviet Union, India and Afghanistan on the other\./,
    );
    expect(all.join(' ')).toContain('Camp A: Pakistan, United States, China');
    expect(all.join(' ')).toMatch(/relations citing \d+ public sources behind the ties shown/);
    expect(doc.getElementsByTagName('image')).toHaveLength(0);
    const report = analyzeWindow(dataset, viewWindow(dataset.viewById['cold-war']!));
    expect(doc.getElementsByTagName('path')).toHaveLength(report.dyads.length);
  });

  it('draws the same colours and dashes as the stylesheet rules (a negative tie is vermillion and dashed)', () => {
    const { svg } = figureSvg(figureFor('2022'), { parts: ALL_PARTS, background: 'white' });
    const doc = parse(svg);
    const negative = Array.from(doc.getElementsByTagName('path')).find((p) =>
      (p.getAttribute('class') ?? '').includes('tie-negative'),
    );
    expect(negative?.getAttribute('stroke')).toBe('#D55E00');
    expect(negative?.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  it('leaves out each part that is switched off, and the background when transparent', () => {
    const full = texts(
      parse(figureSvg(figureFor('2022'), { parts: ALL_PARTS, background: 'white' }).svg),
    ).join(' ');
    expect(full).toContain('Who sided with whom');
    expect(full).toContain('Two camps:');
    const { svg } = figureSvg(figureFor('2022'), {
      parts: { title: false, subtitle: false, caption: false, legend: false, footer: false },
      background: 'transparent',
    });
    const all = texts(parse(svg)).join(' ');
    expect(all).not.toContain('Who sided with whom');
    expect(all).not.toContain('Two camps:');
    expect(all).not.toContain('Camp A');
    expect(all).not.toContain('public sources');
    expect(svg).not.toContain('<rect width="100%"');
  });

  it('puts two eras side by side in one figure in compare mode', () => {
    const single = figureSvg(figureFor('2022'), { parts: ALL_PARTS, background: 'white' });
    const compare = figureSvg(figureFor('2022', 'compare'), {
      parts: ALL_PARTS,
      background: 'white',
    });
    const doc = parse(compare.svg);
    expect(doc.getElementsByTagName('g').length).toBeGreaterThan(0);
    expect(
      Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'panel'),
    ).toHaveLength(2);
    expect(texts(doc)).toEqual(
      expect.arrayContaining(['Cold War, 1947–1991', '2022', 'Soviet Union', 'Russia']),
    );
    // Both 16:9, the two eras side by side at one scale.
    expect([single.width, single.height]).toEqual([compare.width, compare.height]);
    const [a, b] = groups(doc, 'panel').map(placement);
    expect(a!.y).toBe(b!.y);
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(a!.scale).toBe(b!.scale);
  });

  it('draws names on a white halo — a stroked copy under each name — and no boxes behind them', () => {
    const doc = parse(
      figureSvg(figureFor('cold-war'), { parts: ALL_PARTS, background: 'white' }).svg,
    );
    const rects = Array.from(doc.getElementsByTagName('rect'));
    expect(rects.map((r) => r.getAttribute('width'))).toEqual(['100%']);
    const [halos] = groups(doc, 'label-halos');
    const [names] = groups(doc, 'labels');
    const halo = Array.from(halos!.getElementsByTagName('text'));
    const name = Array.from(names!.getElementsByTagName('text'));
    expect(name.map((t) => t.textContent)).toEqual(halo.map((t) => t.textContent));
    expect(name.map((t) => t.textContent)).toContain('Soviet Union');
    for (const [i, t] of halo.entries()) {
      expect(t.getAttribute('stroke')).toBe('#FFFFFF');
      expect(t.getAttribute('stroke-linejoin')).toBe('round');
      expect(Number(t.getAttribute('stroke-width'))).toBeGreaterThan(2);
      expect([t.getAttribute('x'), t.getAttribute('y')]).toEqual([
        name[i]!.getAttribute('x'),
        name[i]!.getAttribute('y'),
      ]);
      expect(name[i]!.getAttribute('stroke')).toBeNull();
    }
    expect(halos!.getAttribute('aria-hidden')).toBe('true');
    // Over the lines and nodes of the panel, halos first, names on top.
    const order = Array.from(doc.documentElement!.childNodes).filter((c) => c.nodeType === 1);
    const at = (g: unknown) => order.indexOf(g as (typeof order)[number]);
    expect(at(groups(doc, 'panel')[0])).toBeLessThan(at(halos));
    expect(at(halos)).toBeLessThan(at(names));
  });

  it('draws the title and subtitle the user wrote, the subtitle wrapped to the figure', () => {
    const subtitle = 'An editor’s own words about this figure, long enough to wrap. '.repeat(5);
    const { svg, width } = figureSvg(
      figureFor('2022', 'single', { title: 'Pakistan turns', subtitle }),
      {
        parts: ALL_PARTS,
        background: 'white',
      },
    );
    const doc = parse(svg);
    expect(linesOf(doc, 'title')).toEqual(['Pakistan turns']);
    const lines = linesOf(doc, 'subtitle');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(subtitle.trim());
    for (const line of lines) expect(line.length * 19 * 0.58).toBeLessThanOrEqual(width - 72);
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('Pakistan turns');
  });

  it('refuses a title XML cannot hold, saying which and where', () => {
    expect(() => figureFor('2022', 'single', { title: 'Bad\u0001' })).toThrow(
      "The figure's title contains a control character U+0001 at position 4",
    );
  });

  it.each([
    ['16:9', 16 / 9],
    ['4:5', 4 / 5],
    ['1:1', 1],
  ] as const)('keeps the shape %s for one era and for two', (shape, ratio) => {
    for (const mode of ['single', 'compare'] as const) {
      const f = figureSvg(figureFor('2022', mode), {
        parts: ALL_PARTS,
        background: 'white',
        shape,
      });
      expect(f.fitted).toBe(true);
      expect(f.width / f.height).toBeCloseTo(ratio, 2);
    }
  });

  it('is 16:9 by default', () => {
    const f = figureSvg(figureFor('cold-war'), { parts: ALL_PARTS, background: 'white' });
    expect([f.width, f.height]).toEqual([1600, 900]);
  });

  it('names each era in its own time: the Cold War’s title and subtitle never say Russia', () => {
    const single = parse(
      figureSvg(figureFor('cold-war'), { parts: ALL_PARTS, background: 'white' }).svg,
    );
    const words = [...linesOf(single, 'title'), ...linesOf(single, 'subtitle')].join(' ');
    expect(words).toContain('Soviet Union');
    expect(words).not.toContain('Russia');
    const compare = parse(
      figureSvg(figureFor('2022', 'compare'), { parts: ALL_PARTS, background: 'white' }).svg,
    );
    const subtitle = linesOf(compare, 'subtitle').join(' ');
    const coldWar = subtitle.slice(0, subtitle.indexOf(' 2022:'));
    expect(coldWar).toMatch(/^Cold War, 1947–1991: /);
    expect(coldWar).toContain('Soviet Union');
    expect(coldWar).not.toContain('Russia');
    expect(subtitle.slice(coldWar.length)).toContain('Russia');
  });

  it('draws the size key’s circles at the graph’s scale, so they measure the nodes', () => {
    const scene = sceneFor('2022');
    const key = sizeKey({ measure: 'pagerank', values: [scene.report.centrality.pagerank] });
    if (key?.mark.kind !== 'size') throw new Error('expected a size key');
    const figure = { ...figureOf(scene), legend: [...scene.legend, key] };
    const doc = parse(figureSvg(figure, { parts: ALL_PARTS, background: 'white' }).svg);
    const { scale } = placement(groups(doc, 'panel')[0]!);
    const entry = Array.from(doc.getElementsByTagName('g')).find(
      (g) => g.getAttribute('data-key') === 'size',
    );
    const radii = Array.from(entry!.getElementsByTagName('circle')).map((c) =>
      Number(c.getAttribute('r')),
    );
    // The transform's scale is written to two decimals: the radii agree to a tenth of a px.
    expect(radii).toHaveLength(key.mark.steps.length);
    key.mark.steps.forEach((step, k) => expect(radii[k]).toBeCloseTo((step.size * scale) / 2, 1));
    const words = Array.from(entry!.getElementsByTagName('text')).map((t) => t.textContent);
    expect(words).toEqual(['Node size: PageRank', ...key.mark.steps.map((s) => s.label)]);
  });

  it('escapes text, so a hostile name is shown, not run', () => {
    const result = loadDataset(
      folder({
        actors: [
          actor({ name: '<script>alert(1)</script>' }),
          actor({ id: 'south', name: 'S & "T"' }),
        ],
        relations: [relation()],
      }),
    );
    if (!result.ok) throw new Error('invalid');
    const d = result.dataset;
    const report = analyzeWindow(d, yearWindow(1955, 1956));
    const figure = figureOf(
      buildScene({
        dataset: d,
        mode: 'single',
        current: readyWindow('', report),
        positions: bearingCircleLayout(d.actors),
        edgeMode: 'ties',
        sizeBy: 'pagerank',
        selection: null,
      }),
    );
    const { svg } = figureSvg(figure, { parts: ALL_PARTS, background: 'white' });
    expect(svg).not.toContain('<script>');
    const doc = parse(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(texts(doc)).toContain('<script>alert(1)</script>');
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});

describe('windowCaption and wrap', () => {
  it('captions an era with its years, and a window of years by its years', () => {
    const report = analyzeWindow(dataset, viewWindow(dataset.viewById['cold-war']!));
    expect(windowCaption('Cold War', report.window)).toBe('Cold War, 1947–1991');
    expect(windowCaption('2022', analyzeWindow(dataset, yearWindow(2022, 2022)).window)).toBe(
      '2022',
    );
    expect(windowCaption('', analyzeWindow(dataset, yearWindow(1979, 1989)).window)).toBe(
      '1979–1989',
    );
  });

  it('wraps text to a width', () => {
    expect(wrap('one two three four', 60, 10)).toEqual(['one two', 'three four']);
  });
});
