// What the analysis needs of each relation of a data set, computed once as parallel typed arrays:
// day numbers, bases and what the scoring reads (kind, layer, confidence, date precision), and
// each relation's pair. Built lazily, once per (immutable) Dataset. The relations of a window are
// found by one pass over the start and end days (under half a millisecond at 100,000 relations):
// cheaper than building, at every load, a list of the relations active in each year (a million
// entries at that size), which cost a tenth of a second of `analyze`.
import type { Dataset } from '../data/dataset';
import type { Relation } from '../data/schema';
import { LAYERS } from '../data/vocabulary';
import { CONFIDENCE_FACTORS, datedByPeriodOnly, layerOf } from './scoring';
import { relationEnd, relationStart, type Window } from '../time/time';
import { tieId } from './pair';

export interface RelationIndex {
  /** Relations with a known type, in data order; the arrays below are parallel to it. */
  readonly relations: Dataset['relations'];
  readonly start: Float64Array;
  /** Last day; Infinity for a state still in force. */
  readonly end: Float64Array;
  /** valence(type) × weight: the contribution in the plain sum. */
  readonly contribution: Float64Array;
  /** 1 for a state, 0 for an event. */
  readonly isState: Uint8Array;
  /** 1 for an event known only to its year or month (no end): placed at the middle of that period. */
  readonly partial: Uint8Array;
  /** The index in LAYERS of the relation type's layer. */
  readonly layer: Uint8Array;
  /** The confidence factor of the record (CONFIDENCE_FACTORS). */
  readonly confidence: Float64Array;
  /** For each relation, its pair: an index into `pairs`, which are sorted by tie id. */
  readonly pairOf: Int32Array;
  readonly pairs: readonly { readonly a: string; readonly b: string; readonly id: string }[];
}

const cache = new WeakMap<Dataset, RelationIndex>();

export function relationIndex(dataset: Dataset): RelationIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = buildIndex(dataset);
    cache.set(dataset, index);
  }
  return index;
}

export function buildIndex(dataset: Dataset): RelationIndex {
  const relations = dataset.relations.filter((r) => dataset.typeById[r.type] !== undefined);
  const n = relations.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const contribution = new Float64Array(n);
  const isState = new Uint8Array(n);
  const partial = new Uint8Array(n);
  const layer = new Uint8Array(n);
  const confidence = new Float64Array(n);
  /** The tie id of each relation's pair, until the pairs are numbered. */
  const pairIds = new Array<string>(n);
  const pairKeys = new Map<string, { a: string; b: string; id: string }>();
  relations.forEach((r, i) => {
    const type = dataset.typeById[r.type];
    if (!type) return;
    start[i] = relationStart(r);
    end[i] = relationEnd(r, type.kind);
    contribution[i] = Math.round(type.valence * (r.weight ?? 1) * 1e9) / 1e9;
    isState[i] = type.kind === 'state' ? 1 : 0;
    partial[i] = type.kind === 'event' && datedByPeriodOnly(r) ? 1 : 0;
    layer[i] = LAYERS.indexOf(layerOf(type));
    confidence[i] = CONFIDENCE_FACTORS[r.confidence ?? 'high'];
    const ordered = r.source < r.target;
    const a = ordered ? r.source : r.target;
    const b = ordered ? r.target : r.source;
    const id = tieId(a, b);
    pairIds[i] = id;
    if (!pairKeys.has(id)) pairKeys.set(id, { a, b, id });
  });
  const pairs = [...pairKeys.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const pairNumber = new Map(pairs.map((p, i) => [p.id, i]));
  const pairOf = new Int32Array(n);
  for (let i = 0; i < n; i++) pairOf[i] = pairNumber.get(pairIds[i] ?? '') ?? 0;
  return {
    relations,
    start,
    end,
    contribution,
    isState,
    partial,
    layer,
    confidence,
    pairOf,
    pairs,
  };
}

/** Indices (into index.relations) of the relations active in the window, in data order. */
export function activeIn(index: RelationIndex, window: Window): number[] {
  const { start, end } = index;
  const out: number[] = [];
  for (let i = 0; i < start.length; i++) {
    if ((start[i] ?? Infinity) <= window.end && (end[i] ?? -Infinity) >= window.start) out.push(i);
  }
  return out;
}

/** The relations active in a window, in the data set's order. */
export function relationsActiveIn(dataset: Dataset, window: Window): Relation[] {
  const index = relationIndex(dataset);
  return activeIn(index, window).flatMap((i) => index.relations[i] ?? []);
}
