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
  /** Each relation's pair, numbered in order of first sight until the pairs are sorted. */
  const seenPair = new Int32Array(n);
  const pairsSeen: { a: string; b: string; id: string }[] = [];
  // Pairs by their two ends: no tie id made (and dropped) for each of 100,000 relations.
  const pairKeys = new Map<string, Map<string, number>>();
  /** What a relation's type gives it, worked out once a type. */
  const byType = new Map<string, { valence: number; state: boolean; layer: number }>();
  relations.forEach((r, i) => {
    const type = dataset.typeById[r.type];
    if (!type) return;
    let t = byType.get(r.type);
    if (!t) {
      t = {
        valence: type.valence,
        state: type.kind === 'state',
        layer: LAYERS.indexOf(layerOf(type)),
      };
      byType.set(r.type, t);
    }
    start[i] = relationStart(r);
    end[i] = relationEnd(r, type.kind);
    contribution[i] = Math.round(t.valence * (r.weight ?? 1) * 1e9) / 1e9;
    isState[i] = t.state ? 1 : 0;
    partial[i] = !t.state && datedByPeriodOnly(r) ? 1 : 0;
    layer[i] = t.layer;
    confidence[i] = CONFIDENCE_FACTORS[r.confidence ?? 'high'];
    const ordered = r.source < r.target;
    const a = ordered ? r.source : r.target;
    const b = ordered ? r.target : r.source;
    let withA = pairKeys.get(a);
    if (!withA) pairKeys.set(a, (withA = new Map()));
    let seen = withA.get(b);
    if (seen === undefined) {
      seen = pairsSeen.length;
      withA.set(b, seen);
      pairsSeen.push({ a, b, id: tieId(a, b) });
    }
    seenPair[i] = seen;
  });
  const order = pairsSeen.map((_, k) => k);
  order.sort((x, y) => {
    const p = pairsSeen[x]?.id ?? '';
    const q = pairsSeen[y]?.id ?? '';
    return p < q ? -1 : p > q ? 1 : 0;
  });
  const pairs = order.map((k) => pairsSeen[k] as { a: string; b: string; id: string });
  const numberOf = new Int32Array(pairsSeen.length);
  order.forEach((k, rank) => (numberOf[k] = rank));
  const pairOf = new Int32Array(n);
  for (let i = 0; i < n; i++) pairOf[i] = numberOf[seenPair[i] ?? 0] ?? 0;
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
