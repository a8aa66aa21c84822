import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import { ALL_PARTS, figureOf } from '../../src/core/scene/figure';
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

function figureFor(viewId: string, mode: 'single' | 'compare' | 'diff' = 'single') {
  const report = analyzeWindow(dataset, viewWindow(dataset.viewById[viewId]!));
  const reference = analyzeWindow(dataset, viewWindow(dataset.viewById['cold-war']!));
  return figureOf(
    buildScene({
      dataset,
      mode,
      current: readyWindow(dataset.viewById[viewId]!.label, report),
      reference: readyWindow('Cold War', reference),
      positions,
      edgeMode: 'ties',
      sizeBy: 'pagerank',
      selection: null,
    }),
  );
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
    const { svg } = figureSvg(figureFor('2022'), {
      parts: { title: false, caption: false, legend: false, footer: false },
      background: 'transparent',
    });
    const all = texts(parse(svg)).join(' ');
    expect(all).not.toContain('Alignments among');
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
    expect(compare.width).toBeGreaterThan(single.width);
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
