// Actors and relations from GEXF (Gephi, or our own export): nodes become actors, edges
// relations, with their dates from the "from"/"until" attributes, the edge's start/end, or its
// first spell. The relation type must be an attribute "type" naming a type of the vocabulary.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { excerpt, EXCERPT_LENGTH } from '../../data/characters';
import type { DataError } from '../../data/errors';
import type { RawRecord } from '../../data/records';

export interface GexfRecords {
  readonly records: RawRecord[];
  readonly errors: DataError[];
}

function children(parent: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === name) out.push(node as Element);
  }
  return out;
}

function descendants(parent: Element, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS('*', name));
}

/** Attribute titles by id, for a class (node or edge). */
function attributeTitles(graph: Element, cls: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const block of children(graph, 'attributes')) {
    if (block.getAttribute('class') !== cls) continue;
    for (const a of children(block, 'attribute'))
      titles.set(a.getAttribute('id') ?? '', a.getAttribute('title') ?? a.getAttribute('id') ?? '');
  }
  return titles;
}

function values(element: Element, titles: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of children(element, 'attvalues')) {
    for (const v of children(block, 'attvalue')) {
      const id = v.getAttribute('for') ?? v.getAttribute('id') ?? '';
      out.set(titles.get(id) ?? id, v.getAttribute('value') ?? '');
    }
  }
  return out;
}

const day = (value: string | null | undefined): string | undefined => {
  const v = value?.trim();
  return v ? v.slice(0, 10) : undefined;
};

export function recordsFromGexf(file: string, text: string): GexfRecords {
  const errors: DataError[] = [];
  const records: RawRecord[] = [];
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return {
      records,
      errors: [
        {
          file,
          message: 'declares a DOCTYPE or entities; GEXF files do not, and they are not read',
        },
      ],
    };
  }
  const parseErrors: string[] = [];
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') parseErrors.push(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    // xmldom throws on a fatal error, such as text that is not XML at all.
    parseErrors.push((error as Error).message || 'not well-formed XML');
  }
  const root = doc?.documentElement;
  if (parseErrors.length || !root || root.localName !== 'gexf') {
    return {
      records,
      errors: [
        {
          file,
          message: parseErrors.length
            ? `XML error: ${excerpt(parseErrors[0]?.split('\n')[0] ?? '', 2 * EXCERPT_LENGTH)}`
            : 'is not a GEXF file (no <gexf> element)',
        },
      ],
    };
  }
  const graph = descendants(root, 'graph')[0];
  if (!graph) return { records, errors: [{ file, message: 'has no <graph> element' }] };
  const defaultDirected = graph.getAttribute('defaultedgetype') === 'directed';
  const nodeTitles = attributeTitles(graph, 'node');
  const edgeTitles = attributeTitles(graph, 'edge');
  descendants(graph, 'node').forEach((node, index) => {
    const v = values(node, nodeTitles);
    const raw: Record<string, unknown> = {
      id: node.getAttribute('id') ?? '',
      name: node.getAttribute('label') || node.getAttribute('id') || '',
      kind: v.get('kind') || 'state',
    };
    const from = day(node.getAttribute('start'));
    const until = day(node.getAttribute('end'));
    if (from || until) raw.exists = { ...(from ? { from } : {}), ...(until ? { until } : {}) };
    records.push({
      kind: 'actors',
      file,
      index,
      raw,
      ...(node.lineNumber ? { line: node.lineNumber } : {}),
    });
  });
  descendants(graph, 'edge').forEach((edge, index) => {
    const v = values(edge, edgeTitles);
    const spell = descendants(edge, 'spell')[0];
    const start =
      v.get('from') || day(edge.getAttribute('start')) || day(spell?.getAttribute('start'));
    const end = v.get('until') || day(edge.getAttribute('end')) || day(spell?.getAttribute('end'));
    const urls = (v.get('sources') ?? '').split(/\s+/).filter(Boolean);
    const titles = (v.get('source_titles') ?? '').split(' | ');
    const type = edge.getAttribute('type');
    const raw: Record<string, unknown> = {
      id: edge.getAttribute('id') ?? `edge-${index}`,
      type: v.get('type') ?? '',
      source: edge.getAttribute('source') ?? '',
      target: edge.getAttribute('target') ?? '',
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      title: v.get('title') || edge.getAttribute('label') || '',
      summary: v.get('summary') || v.get('title') || edge.getAttribute('label') || '',
      sources: urls.map((url, i) => ({ title: titles[i]?.trim() || url, url })),
    };
    if (type === 'directed' || (type === null && defaultDirected)) raw.directed = true;
    const weight = v.get('relation_weight');
    if (weight) raw.weight = Number(weight);
    for (const key of ['confidence', 'disputed', 'context']) {
      const value = v.get(key);
      if (value) raw[key] = value;
    }
    records.push({
      kind: 'relations',
      file,
      index,
      raw,
      ...(edge.lineNumber ? { line: edge.lineNumber } : {}),
    });
  });
  return { records, errors };
}
