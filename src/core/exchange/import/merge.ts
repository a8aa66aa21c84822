// Adding an import to the shipped data instead of replacing them: the shipped records and the
// imported ones validated as one data set, an imported id that the shipped data already use
// refused with an error of its own. What an added import brought is in added.ts (the page needs it
// without the validation).
import { excerpt, quoted } from '../../data/characters';
import type { DataError } from '../../data/errors';
import { validateRecords, type LoadResult, type RawRecord } from '../../data/records';
import type { FileKind } from '../../data/schema';
import { SHIPPED_FILE } from './added';
import { idOf } from './complete';
import { recordsOfParts, type DatasetParts } from './reply';

const KINDS: readonly FileKind[] = ['actors', 'relationTypes', 'relations', 'views'];

/** What an error says of an imported id that the shipped data use already. */
function taken(kind: FileKind, id: string, titles: ReadonlyMap<string, string>): string {
  const q = quoted(id);
  const replace = 'or choose "Replace the shipped data"';
  switch (kind) {
    case 'actors':
      return `${q} is already an actor of the shipped data: leave it out to use theirs (relations may name it), ${replace}`;
    case 'relationTypes':
      return `${q} is already a relation type of the shipped data: leave it out to use theirs, ${replace}`;
    case 'views':
      return `${q} is already a view of the shipped data: give yours another id, ${replace}`;
    case 'relations': {
      const title = titles.get(id) ?? '';
      return `${q} is already the id of a shipped relation (${quoted(title)}): when adding, every relation needs an id of its own, ${replace}`;
    }
  }
}

/**
 * The imported records whose ids the shipped data do not use, and an error for each one whose
 * id they do (each said once, here, rather than again as a duplicate by the validation).
 */
export function newRecords(
  records: readonly RawRecord[],
  shipped: DatasetParts,
): { records: RawRecord[]; errors: DataError[] } {
  const used = new Map<FileKind, Set<string>>(
    KINDS.map((kind) => [kind, new Set(shipped[kind].map((r) => r.id))]),
  );
  const titles = new Map(shipped.relations.map((r) => [r.id, r.title]));
  const kept: RawRecord[] = [];
  const errors: DataError[] = [];
  for (const record of records) {
    const id = idOf(record.raw);
    if (id === undefined || !used.get(record.kind)?.has(id)) {
      kept.push(record);
      continue;
    }
    errors.push({
      file: record.file,
      record: excerpt(id),
      field: 'id',
      ...(record.line === undefined ? {} : { line: record.line }),
      message: taken(record.kind, id, titles),
    });
  }
  return { records: kept, errors };
}

/** The shipped data's records followed by the imported ones that are new, and the errors of the others. */
export function addedRecords(
  records: readonly RawRecord[],
  shipped: DatasetParts,
): { records: RawRecord[]; errors: DataError[] } {
  const fresh = newRecords(records, shipped);
  const all = recordsOfParts(shipped, SHIPPED_FILE);
  for (const record of fresh.records) all.push(record);
  return { records: all, errors: fresh.errors };
}

/** The shipped data with parts added (a kept import restored), validated as one data set. */
export function addParts(shipped: DatasetParts, added: DatasetParts, name: string): LoadResult {
  const { records, errors } = addedRecords(recordsOfParts(added, name), shipped);
  return validateRecords(records, errors, [name]);
}
