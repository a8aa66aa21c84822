// A data set as plain parts, as it crosses a worker boundary or is kept in storage, and the way
// back from parts to a validated Dataset.
import { validateRecords, type LoadResult, type RawRecord } from '../../data/records';
import type { Actor, Relation, RelationType, View } from '../../data/schema';

export interface DatasetParts {
  readonly actors: readonly Actor[];
  readonly relationTypes: readonly RelationType[];
  readonly relations: readonly Relation[];
  readonly views: readonly View[];
}

/** Validates parts again (after a worker, or from storage) and builds the frozen Dataset. */
export function datasetOfParts(parts: DatasetParts, file: string): LoadResult {
  const records: RawRecord[] = [
    ...parts.actors.map((raw, index) => ({ kind: 'actors' as const, file, index, raw })),
    ...parts.relationTypes.map((raw, index) => ({
      kind: 'relationTypes' as const,
      file,
      index,
      raw,
    })),
    ...parts.relations.map((raw, index) => ({ kind: 'relations' as const, file, index, raw })),
    ...parts.views.map((raw, index) => ({ kind: 'views' as const, file, index, raw })),
  ];
  return validateRecords(records);
}
