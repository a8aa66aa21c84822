// A GEXF node or edge as its tags said it (gexf.ts collects them), and the actor or relation
// record it becomes, once the titles of the file's attributes are all known.
import type { RawRecord } from '../../data/records';

export interface Collected {
  /** The element's own attributes, as written. */
  readonly attrs: Readonly<Record<string, string>>;
  /** Its <attvalue>s, as [for (or id), value], in order. */
  readonly values: [string, string][];
  /** The line its tag starts on. */
  readonly line: number;
  /** The attributes of an edge's first <spell>. */
  spell?: Readonly<Record<string, string>>;
}

/** The element's values by the titles of their attributes (by id when one has no title). */
function valuesOf(element: Collected, titles: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, value] of element.values) out.set(titles.get(id) ?? id, value);
  return out;
}

const day = (value: string | undefined): string | undefined => {
  const v = value?.trim();
  return v ? v.slice(0, 10) : undefined;
};

const at = (line: number) => (line ? { line } : {});

export function actorOf(
  file: string,
  index: number,
  node: Collected,
  titles: ReadonlyMap<string, string>,
): RawRecord {
  const v = valuesOf(node, titles);
  const { attrs } = node;
  const raw: Record<string, unknown> = {
    id: attrs.id ?? '',
    name: attrs.label || attrs.id || '',
    kind: v.get('kind') || 'state',
  };
  const from = day(attrs.start);
  const until = day(attrs.end);
  if (from || until) raw.exists = { ...(from ? { from } : {}), ...(until ? { until } : {}) };
  return { kind: 'actors', file, index, raw, ...at(node.line) };
}

export function relationOf(
  file: string,
  index: number,
  edge: Collected,
  titles: ReadonlyMap<string, string>,
  defaultDirected: boolean,
): RawRecord {
  const v = valuesOf(edge, titles);
  const { attrs, spell } = edge;
  const start = v.get('from') || day(attrs.start) || day(spell?.start);
  const end = v.get('until') || day(attrs.end) || day(spell?.end);
  const urls = (v.get('sources') ?? '').split(/\s+/).filter(Boolean);
  const sourceTitles = (v.get('source_titles') ?? '').split(' | ');
  const type = attrs.type;
  const raw: Record<string, unknown> = {
    id: attrs.id ?? `edge-${index}`,
    type: v.get('type') ?? '',
    source: attrs.source ?? '',
    target: attrs.target ?? '',
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    title: v.get('title') || attrs.label || '',
    summary: v.get('summary') || v.get('title') || attrs.label || '',
    sources: urls.map((url, i) => ({ title: sourceTitles[i]?.trim() || url, url })),
  };
  if (type === 'directed' || (type === undefined && defaultDirected)) raw.directed = true;
  const weight = v.get('relation_weight');
  if (weight) raw.weight = Number(weight);
  for (const key of ['confidence', 'disputed', 'context']) {
    const value = v.get(key);
    if (value) raw[key] = value;
  }
  return { kind: 'relations', file, index, raw, ...at(edge.line) };
}
