// What an import does not bring, filled in with a notice saying so: the vocabulary of relation
// types, one view over its years, and its actors — the shipped ones for the ids they have (their
// names and lifespans), the others named by their ids.
import { excerpt, EXCERPT_LENGTH } from '../../data/characters';
import type { DataError } from '../../data/errors';
import type { RawRecord } from '../../data/records';
import type { Actor, FileKind, RelationType, View } from '../../data/schema';
import { civilFromDay, firstDay, lastDay } from '../../time/dates';
import { SHIPPED_FILE } from './added';
import { shortList } from './teach';

/** The record's id, when it has one that is text. */
export function idOf(raw: unknown): string | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const id = (raw as Record<string, unknown>).id;
  return typeof id === 'string' ? id : undefined;
}

/** The ids of the records of a kind, in order, once each. */
export function idsOf(records: readonly RawRecord[], kind: FileKind): Set<string> {
  const ids = new Set<string>();
  for (const r of records) {
    const id = r.kind === kind ? idOf(r.raw) : undefined;
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** The actor ids the relations name (source and target), in order, once each. */
function namedActors(records: readonly RawRecord[]): Set<string> {
  const ids = new Set<string>();
  for (const r of records) {
    if (r.kind !== 'relations' || typeof r.raw !== 'object' || r.raw === null) continue;
    for (const key of ['source', 'target'] as const) {
      const id = (r.raw as Record<string, unknown>)[key];
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}

/** The shipped vocabulary, for an import that brings no relation types. */
export function vocabulary(records: RawRecord[], types: readonly RelationType[]): string {
  types.forEach((raw, index) =>
    records.push({ kind: 'relationTypes', file: '(Entente vocabulary)', index, raw }),
  );
  return `The import brings no relation types, so the ${types.length} types of Entente's vocabulary are used.`;
}

/** One view spanning the years of the relations, for imports that bring no views. */
export function wholeSpan(records: readonly RawRecord[]): View | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const r of records) {
    if (r.kind !== 'relations' || typeof r.raw !== 'object' || r.raw === null) continue;
    const { start, end } = r.raw as { start?: unknown; end?: unknown };
    try {
      if (typeof start === 'string') {
        first = Math.min(first, civilFromDay(firstDay(start)).year);
        last = Math.max(last, civilFromDay(lastDay(start)).year);
      }
      if (typeof end === 'string') last = Math.max(last, civilFromDay(lastDay(end)).year);
    } catch {
      // An invalid date is reported by validation; it does not shape the view.
    }
  }
  if (!Number.isFinite(first)) return undefined;
  return {
    id: 'all',
    label: `${first}–${last}`,
    start: String(first).padStart(4, '0'),
    end: String(last).padStart(4, '0'),
    description: 'Every year of the imported relations.',
  };
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * The actors an import names but does not bring. Replacing the shipped data, those the shipped
 * data have come from them (with their names and lifespans); added to them, the shipped ones are
 * there already. The others are named by their ids when the import brings no actors at all —
 * when it brings some, an id missing from them is an error, which validation reports.
 */
export function fillActors(
  records: RawRecord[],
  shipped: readonly Actor[],
  adding: boolean,
): string[] {
  const notices: string[] = [];
  const brought = idsOf(records, 'actors');
  const shippedById = new Map(shipped.map((a) => [a.id, a]));
  const missing = [...namedActors(records)].filter((id) => !brought.has(id));
  if (!adding) {
    const taken = missing.map((id) => shippedById.get(id)).filter((a) => a !== undefined);
    taken.forEach((raw, index) => records.push({ kind: 'actors', file: SHIPPED_FILE, index, raw }));
    if (taken.length > 0) {
      const names = shortList(taken.map((a) => `${a.name} (${a.id})`));
      notices.push(
        `${taken.length} of the import's actors ${plural(taken.length, 'is a shipped one', 'are shipped ones')}, named and dated as in the shipped data: ${names}.`,
      );
    }
  }
  if (brought.size > 0) return notices;
  const named = missing.filter((id) => !shippedById.has(id));
  named.forEach((id, index) =>
    records.push({
      kind: 'actors',
      file: '(derived)',
      index,
      raw: { id, name: id, kind: 'state' },
    }),
  );
  if (named.length > 0) {
    const one = named.length === 1;
    const which =
      shippedById.size === 0
        ? ''
        : adding
          ? ' that the shipped data lack'
          : ` that ${one ? 'is' : 'are'} not shipped`;
    notices.push(
      `The import brings no actors, so the ${named.length} ${one ? `actor${which} is named by its id` : `actors${which} are named by their ids`}: ${shortList(named)}.`,
    );
  }
  return notices;
}

/** The error of an import that holds no relations (or no actors): it would replace the data with nothing. */
export function emptyImport(
  files: readonly { readonly name: string }[],
  what: 'relations' | 'actors',
): DataError {
  const why = `an import needs at least one, so the data set shown is kept`;
  const only = files.length === 1 ? files[0] : undefined;
  if (only) return { file: only.name, message: `holds no ${what}: ${why}` };
  const names = excerpt(files.map((f) => f.name).join(', '), 2 * EXCERPT_LENGTH);
  return {
    file: '(import)',
    message: `none of the ${files.length} files (${names}) holds any ${what}: ${why}`,
  };
}
