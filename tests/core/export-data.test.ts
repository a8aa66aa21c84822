import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import { parse as parseGexf } from 'graphology-gexf';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import { firstDay, isoDay, lastDay } from '../../src/core/time/dates';
import {
  CSV_COLUMNS,
  csvField,
  relationsCsv,
  reportRelations,
  viewJson,
} from '../../src/core/exchange/export-data';
import { DATASET_FILE, exportFileName } from '../../src/core/exchange/export-name';
import { datasetGexf } from '../../src/core/exchange/gexf';
import { datasetGraphml } from '../../src/core/exchange/graphml';
import { loadDataset } from '../../src/core/data/load';
import { rasterSize } from '../../src/core/scene/raster';
import { LAYERS } from '../../src/core/data/schema';
import { DEFAULT_SCORING } from '../../src/core/analysis/scoring';
import { viewWindow } from '../../src/core/time/time';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';

const loaded = loadDataset(readGraphDataFolder(SHIPPED_DATA));
if (!loaded.ok) throw new Error('invalid shipped data');
const dataset = loaded.dataset;
// Every layer, so that the Khan visit (diplomacy) is among the relations behind the ties.
const report2022 = analyzeWindow(
  dataset,
  viewWindow(dataset.viewById['2022']!),
  {},
  {
    ...DEFAULT_SCORING,
    layers: LAYERS,
  },
);

describe('relationsCsv', () => {
  it('reads back with a standard CSV parser, one row per relation behind the ties', () => {
    const parsed = Papa.parse<Record<string, string>>(relationsCsv(dataset, report2022), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data;
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(reportRelations(dataset, report2022).length);
    const khan = rows.find((r) => r.relation_id === 'pak-rus-2022-khan-visit');
    expect(khan).toMatchObject({
      source: 'PAK',
      target: 'RUS',
      start: '2022-02-23',
      end: '2022-02-24',
      type: 'diplomatic-visit',
    });
    const tie = report2022.dyads.find((t) => t.a === 'PAK' && t.b === 'RUS');
    expect(Number(khan?.tie_score)).toBe(tie?.score);
    expect((khan?.source_urls ?? '').split(' ').every((u) => /^https?:\/\//.test(u))).toBe(true);
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-6, false)).toBe('-6');
  });
});

describe('viewJson', () => {
  it('holds the window, the analysis and the relations behind it', () => {
    const json = JSON.parse(
      viewJson(dataset, { caption: '2022', report: report2022, hiddenTypes: [], hiddenActors: [] }),
    );
    expect(json.window).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(json.analysis.camps).toEqual(report2022.camps);
    expect(json.relations.map((r: { id: string }) => r.id)).toContain('pak-rus-2022-khan-visit');
  });
});

describe('datasetGexf', () => {
  const gexf = datasetGexf(dataset, {}, '2026-11-27');

  it('round-trips through graphology-gexf with every actor, relation and date attribute', () => {
    const graph = parseGexf(Graph, gexf, { addMissingNodes: false });
    expect(graph.order).toBe(dataset.actors.length);
    expect(graph.size).toBe(dataset.relations.length);
    const khan = graph.getEdgeAttributes('pak-rus-2022-khan-visit');
    expect(khan).toMatchObject({
      type: 'diplomatic-visit',
      from: '2022-02-23',
      until: '2022-02-24',
      contribution: 1.9,
    });
    expect(graph.getNodeAttribute('RUS', 'label')).toBe('Russia');
  });

  it('gives each edge the start and end days Gephi plays on its timeline', () => {
    const doc = new DOMParser().parseFromString(gexf, 'text/xml');
    const graphEl = doc.getElementsByTagName('graph')[0];
    expect(graphEl?.getAttribute('mode')).toBe('dynamic');
    expect(graphEl?.getAttribute('timeformat')).toBe('date');
    const edges = new Map(
      Array.from(doc.getElementsByTagName('edge')).map((e) => [e.getAttribute('id'), e]),
    );
    for (const r of dataset.relations) {
      const edge = edges.get(r.id);
      const kind = dataset.typeById[r.type]?.kind;
      expect(edge?.getAttribute('start'), r.id).toBe(isoDay(firstDay(r.start)));
      const end =
        r.end !== undefined
          ? isoDay(lastDay(r.end))
          : kind === 'event'
            ? isoDay(lastDay(r.start))
            : null;
      expect(edge?.getAttribute('end') || null, r.id).toBe(end);
    }
    const pak = Array.from(doc.getElementsByTagName('node')).find(
      (n) => n.getAttribute('id') === 'PAK',
    );
    expect(pak?.getAttribute('start')).toBe('1947-08-14');
  });
});

describe('datasetGraphml', () => {
  it('parses, with every actor and relation', () => {
    const doc = new DOMParser().parseFromString(datasetGraphml(dataset), 'text/xml');
    expect(doc.getElementsByTagName('node')).toHaveLength(dataset.actors.length);
    expect(doc.getElementsByTagName('edge')).toHaveLength(dataset.relations.length);
    const visit = Array.from(doc.getElementsByTagName('edge')).find(
      (e) => e.getAttribute('id') === 'pak-rus-2022-khan-visit',
    );
    expect(visit?.getAttribute('directed')).toBe('true');
  });
});

describe('exportFileName', () => {
  it.each([
    [
      ['png', { viewId: 'cold-war', start: '1947-03-12', end: '1991-12-26' }],
      'entente-cold-war-1947-1991.png',
    ],
    [['svg', { viewId: '2022', start: '2022-01-01', end: '2022-12-31' }], 'entente-2022.svg'],
    [['csv', { start: '1979-01-01', end: '1989-12-31' }], 'entente-1979-1989.csv'],
  ] as const)('names %j %s', ([ext, w], name) => {
    expect(exportFileName(ext, w)).toBe(name);
  });

  it('names comparisons and diffs by both windows, and the whole data set plainly', () => {
    const cw = { viewId: 'cold-war', start: '1947-03-12', end: '1991-12-26' };
    const y = { viewId: '2022', start: '2022-01-01', end: '2022-12-31' };
    expect(exportFileName('png', y, cw, 'compare')).toBe('entente-cold-war-1947-1991-vs-2022.png');
    expect(exportFileName('svg', y, cw, 'diff')).toBe(
      'entente-changes-cold-war-1947-1991-to-2022.svg',
    );
    expect(DATASET_FILE('gexf')).toBe('entente-dataset.gexf');
  });
});

describe('rasterSize', () => {
  it('follows the scale, and caps it at the canvas limits', () => {
    expect(rasterSize(800, 600, 2)).toEqual({ scale: 2, width: 1600, height: 1200, capped: false });
    const big = rasterSize(8000, 6000, 4);
    expect(big.capped).toBe(true);
    expect(big.width).toBeLessThanOrEqual(16384);
    expect(big.width * big.height).toBeLessThanOrEqual(268_435_456);
  });
});
