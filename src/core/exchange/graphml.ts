// The whole data set as GraphML: actors as nodes, relations as edges (directed where the type or
// the relation says so) with their type, dates, contribution and title as data.
import type { Dataset } from '../data/dataset';
import { escapeXml } from '../scene/svg';

const KEYS = [
  ['label', 'node', 'string'],
  ['kind', 'node', 'string'],
  ['type', 'edge', 'string'],
  ['start', 'edge', 'string'],
  ['end', 'edge', 'string'],
  ['weight', 'edge', 'double'],
  ['valence', 'edge', 'double'],
  ['contribution', 'edge', 'double'],
  ['title', 'edge', 'string'],
  ['sources', 'edge', 'string'],
] as const;

export function datasetGraphml(dataset: Dataset): string {
  const data = (key: string, value: string | number | undefined): string =>
    value === undefined || value === ''
      ? ''
      : `<data key="${key}">${escapeXml(String(value))}</data>`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(
      ([id, scope, type]) =>
        `  <key id="${id}" for="${scope}" attr.name="${id}" attr.type="${type}"/>`,
    ),
    '  <graph id="entente" edgedefault="undirected">',
  ];
  for (const actor of dataset.actors) {
    out.push(
      `    <node id="${escapeXml(actor.id)}">${data('label', actor.name)}${data('kind', actor.kind)}</node>`,
    );
  }
  for (const r of dataset.relations) {
    const type = dataset.typeById[r.type];
    if (!type) continue;
    const directed = r.directed ?? type.directed;
    const contribution = Math.round(type.valence * (r.weight ?? 1) * 1e9) / 1e9;
    out.push(
      `    <edge id="${escapeXml(r.id)}" source="${escapeXml(r.source)}" target="${escapeXml(r.target)}" directed="${directed}">` +
        data('type', r.type) +
        data('start', r.start) +
        data('end', r.end) +
        data('weight', r.weight ?? 1) +
        data('valence', type.valence) +
        data('contribution', contribution) +
        data('title', r.title) +
        data('sources', r.sources.map((s) => s.url).join(' ')) +
        '</edge>',
    );
  }
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}
