// What an import returns across a worker boundary: plain parts of a data set, or the errors.
import type { DataError } from '../../data/errors';
import { validateRecords, type LoadResult, type RawRecord } from '../../data/records';
import type { Actor, Relation, RelationType, View } from '../../data/schema';

export interface DatasetParts {
  readonly actors: readonly Actor[];
  readonly relationTypes: readonly RelationType[];
  readonly relations: readonly Relation[];
  readonly views: readonly View[];
}

export type ImportReply =
  | {
      readonly ok: true;
      readonly name: string;
      readonly notices: readonly string[];
      readonly parts: DatasetParts;
    }
  | { readonly ok: false; readonly errors: readonly DataError[] };

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
