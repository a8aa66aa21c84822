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

/** The parts as records to validate, each named as coming from `file`. */
export function recordsOfParts(parts: DatasetParts, file: string): RawRecord[] {
  const records: RawRecord[] = [];
  // One push per item: a data set of tens of thousands of relations overflows a spread.
  parts.actors.forEach((raw, index) => records.push({ kind: 'actors', file, index, raw }));
  parts.relationTypes.forEach((raw, index) =>
    records.push({ kind: 'relationTypes', file, index, raw }),
  );
  parts.relations.forEach((raw, index) => records.push({ kind: 'relations', file, index, raw }));
  parts.views.forEach((raw, index) => records.push({ kind: 'views', file, index, raw }));
  return records;
}

/** Validates parts again (after a worker, or from storage) and builds the frozen Dataset. */
export function datasetOfParts(parts: DatasetParts, file: string): LoadResult {
  return validateRecords(recordsOfParts(parts, file));
}
