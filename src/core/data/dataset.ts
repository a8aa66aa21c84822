// The validated, frozen data set that everything downstream trusts.
import type { Actor, Relation, RelationType, View } from './schema';

export interface Dataset {
  readonly actors: readonly Actor[];
  readonly relationTypes: readonly RelationType[];
  readonly relations: readonly Relation[];
  readonly views: readonly View[];
  readonly actorById: Readonly<Record<string, Actor>>;
  readonly typeById: Readonly<Record<string, RelationType>>;
  readonly viewById: Readonly<Record<string, View>>;
}

/** A lookup by id with no prototype, so an id such as "constructor" finds nothing it should not. */
export function indexById<T extends { readonly id: string }>(
  items: readonly T[],
): Record<string, T> {
  const index = Object.create(null) as Record<string, T>;
  for (const item of items) index[item.id] = item;
  return index;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    // An array's items by index: the keys of a list of 100,000 relations would be as many texts.
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const inner = (value as unknown[])[i];
        if (inner !== null && typeof inner === 'object') deepFreeze(inner);
      }
      return value;
    }
    // The own keys, as Object.keys lists them, without a list for each of 100,000 records.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const inner = (value as Record<string, unknown>)[key];
      // Texts and numbers are frozen already: no call for each of them.
      if (inner !== null && typeof inner === 'object') deepFreeze(inner);
    }
  }
  return value;
}

export function makeDataset(parts: {
  actors: Actor[];
  relationTypes: RelationType[];
  relations: Relation[];
  views: View[];
}): Dataset {
  return deepFreeze({
    ...parts,
    actorById: indexById(parts.actors),
    typeById: indexById(parts.relationTypes),
    viewById: indexById(parts.views),
  });
}

const relationMaps = new WeakMap<Dataset, ReadonlyMap<string, Relation>>();

/** A data set's relations by id, built once per (immutable) data set. */
export function relationById(dataset: Dataset): ReadonlyMap<string, Relation> {
  let map = relationMaps.get(dataset);
  if (!map) {
    const byId = new Map<string, Relation>();
    for (const r of dataset.relations) byId.set(r.id, r);
    relationMaps.set(dataset, (map = byId));
  }
  return map;
}
