// The whole data set as GEXF 1.3 with time, for Gephi: actors as nodes (with their lifespans),
// relations as edges with start and end dates, so Gephi's timeline plays them. Dates are days
// (partial dates expanded as the contract says: a start to its first day, an end to its last);
// a state still in force has no end. The dates are also kept as attributes ("from", "until").
import type { Dataset } from '../data/dataset';
import { firstDay, isoDay, lastDay } from '../time/dates';
import type { Point } from '../scene/layout';
import { escapeXml } from '../scene/svg';

const attr = (name: string, value: string | number): string =>
  ` ${name}="${escapeXml(String(value))}"`;

export function datasetGexf(
  dataset: Dataset,
  positions: Readonly<Record<string, Point>> = {},
  today = '2026-01-01',
): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
  );
  out.push(
    `  <meta lastmodifieddate="${escapeXml(today)}"><creator>Entente</creator><description>Typed, time-stamped relations between actors; edge weight is |valence × weight|, the sign is in "contribution".</description></meta>`,
  );
  out.push(
    '  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date" timerepresentation="interval">',
  );
  out.push('    <attributes class="node" mode="static">');
  out.push('      <attribute id="kind" title="kind" type="string"/>');
  out.push('      <attribute id="names" title="names" type="string"/>');
  out.push('    </attributes>');
  out.push('    <attributes class="edge" mode="static">');
  for (const [id, type] of [
    ['type', 'string'],
    ['kind', 'string'],
    ['valence', 'double'],
    ['relation_weight', 'double'],
    ['contribution', 'double'],
    ['from', 'string'],
    ['until', 'string'],
    ['title', 'string'],
    ['summary', 'string'],
    ['confidence', 'string'],
    ['disputed', 'string'],
    ['context', 'string'],
    ['sources', 'string'],
    ['source_titles', 'string'],
  ] as const) {
    out.push(`      <attribute id="${id}" title="${id}" type="${type}"/>`);
  }
  out.push('    </attributes>');
  out.push('    <nodes>');
  for (const actor of dataset.actors) {
    const from = actor.exists?.from;
    const until = actor.exists?.until;
    const time =
      (from ? attr('start', isoDay(firstDay(from))) : '') +
      (until ? attr('end', isoDay(lastDay(until))) : '');
    const names = (actor.names ?? [])
      .map((n) => `${n.name} (${n.from ?? '…'}–${n.until ?? '…'})`)
      .join('; ');
    out.push(`      <node${attr('id', actor.id)}${attr('label', actor.name)}${time}>`);
    out.push(
      `        <attvalues><attvalue for="kind"${attr('value', actor.kind)}/><attvalue for="names"${attr('value', names)}/></attvalues>`,
    );
    const p = positions[actor.id];
    if (p)
      out.push(
        `        <viz:position${attr('x', Math.round(p.x * 100) / 100)}${attr('y', Math.round(-p.y * 100) / 100)} z="0"/>`,
      );
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  for (const r of dataset.relations) {
    const type = dataset.typeById[r.type];
    if (!type) continue;
    const contribution = Math.round(type.valence * (r.weight ?? 1) * 1e9) / 1e9;
    const start = isoDay(firstDay(r.start));
    const endDay =
      r.end !== undefined ? lastDay(r.end) : type.kind === 'event' ? lastDay(r.start) : undefined;
    const end = endDay === undefined ? '' : attr('end', isoDay(endDay));
    const directed = r.directed ?? type.directed;
    out.push(
      `      <edge${attr('id', r.id)}${attr('source', r.source)}${attr('target', r.target)}${attr('type', directed ? 'directed' : 'undirected')}` +
        `${attr('label', r.title)}${attr('weight', Math.abs(contribution))}${attr('start', start)}${end}>`,
    );
    const values: [string, string | number][] = [
      ['type', r.type],
      ['kind', type.kind],
      ['valence', type.valence],
      ['relation_weight', r.weight ?? 1],
      ['contribution', contribution],
      ['from', r.start],
      ['until', r.end ?? ''],
      ['title', r.title],
      ['summary', r.summary],
      ['confidence', r.confidence ?? 'high'],
      ['disputed', r.disputed ?? ''],
      ['context', r.context ?? ''],
      ['sources', r.sources.map((s) => s.url).join(' ')],
      ['source_titles', r.sources.map((s) => s.title.replace(/\|/g, '/')).join(' | ')],
    ];
    out.push(
      `        <attvalues>${values.map(([k, v]) => `<attvalue for="${k}"${attr('value', v)}/>`).join('')}</attvalues>`,
    );
    out.push('      </edge>');
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return `${out.join('\n')}\n`;
}
