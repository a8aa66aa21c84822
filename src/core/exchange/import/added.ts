// What an import does to the shipped data — take their place, or join them — and what an added
// import brought, which is what is kept to restore it. No validation here (merge.ts has it), so
// the page can use this without the schema.
import type { FileKind } from '../../data/schema';
import type { DatasetParts } from './reply';

/** What an import does to the shipped data: take their place, or join them. */
export type ImportInto = 'replace' | 'add';

/** How errors and notices name the records that come from the shipped data. */
export const SHIPPED_FILE = '(shipped data)';

/** What an added import brought: the records of the merged data set whose ids the shipped data lack. */
export function addedParts(merged: DatasetParts, shipped: DatasetParts): DatasetParts {
  const fresh = <K extends FileKind>(kind: K): DatasetParts[K] => {
    const ids = new Set(shipped[kind].map((r) => r.id));
    return merged[kind].filter((r) => !ids.has(r.id)) as DatasetParts[K];
  };
  return {
    actors: fresh('actors'),
    relationTypes: fresh('relationTypes'),
    relations: fresh('relations'),
    views: fresh('views'),
  };
}

/** How many records of each kind parts hold. */
export function partCounts(parts: DatasetParts): Readonly<Record<FileKind, number>> {
  return {
    actors: parts.actors.length,
    relationTypes: parts.relationTypes.length,
    relations: parts.relations.length,
    views: parts.views.length,
  };
}
