// An index of a data set's relations by year, so that the relations of a window are found
// without scanning them all: those active in the window's first year, plus those that start in
// its later years. Day numbers, bases and what the scoring needs of each relation (kind, layer,
// confidence, date precision) are computed once. Built lazily, once per (immutable) Dataset.
import type { Dataset } from '../data/dataset';
import type { Relation } from '../data/schema';
import { civilFromDay, firstDay } from '../time/dates';
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
  readonly firstYear: number;
  readonly lastYear: number;
  /** CSR lists: relations active in each year, and relations starting in each year. */
  readonly activeOffsets: Int32Array;
  readonly active: Int32Array;
  readonly startOffsets: Int32Array;
  readonly starts: Int32Array;
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

const yearOf = (day: number): number => civilFromDay(day).year;

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
  const startYear = new Int32Array(n);
  const endYear = new Int32Array(n);
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const v of dataset.views) {
    firstYear = Math.min(firstYear, yearOf(firstDay(v.start)));
    lastYear = Math.max(lastYear, yearOf(firstDay(v.end)));
  }
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
    startYear[i] = yearOf(start[i] ?? 0);
    firstYear = Math.min(firstYear, startYear[i] ?? firstYear);
    lastYear = Math.max(lastYear, startYear[i] ?? lastYear);
    if (Number.isFinite(end[i])) lastYear = Math.max(lastYear, yearOf(end[i] ?? 0));
  });
  const pairKeys = new Map<string, { a: string; b: string; id: string }>();
  for (const r of relations) {
    const [a, b] = r.source < r.target ? [r.source, r.target] : [r.target, r.source];
    const id = tieId(a, b);
    if (!pairKeys.has(id)) pairKeys.set(id, { a, b, id });
  }
  const pairs = [...pairKeys.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const pairNumber = new Map(pairs.map((p, i) => [p.id, i]));
  const pairOf = new Int32Array(n);
  relations.forEach((r, i) => {
    pairOf[i] = pairNumber.get(tieId(r.source, r.target)) ?? 0;
  });
  if (!Number.isFinite(firstYear)) {
    firstYear = 0;
    lastYear = 0;
  }
  const years = lastYear - firstYear + 1;
  for (let i = 0; i < n; i++) endYear[i] = Number.isFinite(end[i]) ? yearOf(end[i] ?? 0) : lastYear;
  // Counting pass, then filling pass, for both lists.
  const activeOffsets = new Int32Array(years + 1);
  const startOffsets = new Int32Array(years + 1);
  for (let i = 0; i < n; i++) {
    const s = (startYear[i] ?? 0) - firstYear;
    startOffsets[s + 1] = (startOffsets[s + 1] ?? 0) + 1;
    for (let y = s; y <= (endYear[i] ?? 0) - firstYear; y++)
      activeOffsets[y + 1] = (activeOffsets[y + 1] ?? 0) + 1;
  }
  for (let y = 0; y < years; y++) {
    activeOffsets[y + 1] = (activeOffsets[y + 1] ?? 0) + (activeOffsets[y] ?? 0);
    startOffsets[y + 1] = (startOffsets[y + 1] ?? 0) + (startOffsets[y] ?? 0);
  }
  const active = new Int32Array(activeOffsets[years] ?? 0);
  const starts = new Int32Array(n);
  const activeFill = activeOffsets.slice(0, years);
  const startFill = startOffsets.slice(0, years);
  for (let i = 0; i < n; i++) {
    const s = (startYear[i] ?? 0) - firstYear;
    starts[(startFill[s] = (startFill[s] ?? 0) + 1) - 1] = i;
    for (let y = s; y <= (endYear[i] ?? 0) - firstYear; y++)
      active[(activeFill[y] = (activeFill[y] ?? 0) + 1) - 1] = i;
  }
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
    firstYear,
    lastYear,
    activeOffsets,
    active,
    startOffsets,
    starts,
  };
}

/** Indices (into index.relations) of the relations active in the window, in no particular order. */
export function activeIn(index: RelationIndex, window: Window): number[] {
  const clamp = (y: number) => Math.min(index.lastYear, Math.max(index.firstYear, y));
  const ya =
    clamp(Number.isFinite(window.start) ? yearOf(window.start) : index.firstYear) - index.firstYear;
  const yb =
    clamp(Number.isFinite(window.end) ? yearOf(window.end) : index.lastYear) - index.firstYear;
  const out: number[] = [];
  const keep = (i: number) => {
    if ((index.start[i] ?? Infinity) <= window.end && (index.end[i] ?? -Infinity) >= window.start)
      out.push(i);
  };
  for (let k = index.activeOffsets[ya] ?? 0; k < (index.activeOffsets[ya + 1] ?? 0); k++)
    keep(index.active[k] ?? 0);
  for (let k = index.startOffsets[ya + 1] ?? 0; k < (index.startOffsets[yb + 1] ?? 0); k++)
    keep(index.starts[k] ?? 0);
  return out;
}

/** The relations active in a window, in the data set's order. */
export function relationsActiveIn(dataset: Dataset, window: Window): Relation[] {
  const index = relationIndex(dataset);
  return activeIn(index, window)
    .sort((a, b) => a - b)
    .flatMap((i) => index.relations[i] ?? []);
}
