// The import kept in IndexedDB from an earlier visit, checked whole before anything of it reaches
// the page: storage is outside the data's border (another version of Entente, a browser extension
// or a person with the developer tools may have written it), so its name and notices are checked
// here and its parts by the engine, as every data set is.
import type { ImportInto } from '../core/exchange/import/added';
import type { DatasetParts } from '../core/exchange/import/reply';

export interface KeptImport {
  readonly name: string;
  readonly notices: readonly string[];
  /**
   * The data set that replaced the shipped one, or (`into: 'add'`) what was added to the
   * shipped data: added again to those of the visit that restores it.
   */
  readonly parts: DatasetParts;
  /** Absent in what earlier versions kept, which were all replacements. */
  readonly into?: ImportInto;
}

/** Longest name kept: a file's path inside a picked folder, with room to spare. */
export const MAX_NAME_CHARS = 1000;
/** The importer writes at most a few notices of a sentence each. */
export const MAX_NOTICES = 20;
export const MAX_NOTICE_CHARS = 1000;

const PART_KEYS = ['actors', 'relationTypes', 'relations', 'views'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with a stored value, or null when it has the shape of a kept import. */
function problem(value: unknown): string | null {
  if (!isRecord(value)) return 'it is not a record';
  const { name, notices, parts } = value;
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME_CHARS)
    return `its name is not a text of 1 to ${MAX_NAME_CHARS} characters`;
  if (
    !Array.isArray(notices) ||
    notices.length > MAX_NOTICES ||
    !notices.every((n) => typeof n === 'string' && n.length <= MAX_NOTICE_CHARS)
  )
    return `its notices are not a list of at most ${MAX_NOTICES} short texts`;
  if (value.into !== undefined && value.into !== 'replace' && value.into !== 'add')
    return 'it says neither that it replaced the shipped data nor that it was added to them';
  if (!isRecord(parts)) return 'it holds no data';
  const missing = PART_KEYS.filter((key) => !Array.isArray(parts[key]));
  if (missing.length) return `its data have no list of ${missing.join(', ')}`;
  return null;
}

/** The kept import when its shape is right, else what is wrong with it. */
export function readKeptImport(
  value: unknown,
): { readonly ok: true; readonly kept: KeptImport } | { readonly ok: false; readonly why: string } {
  const why = problem(value);
  if (why !== null) return { ok: false, why };
  const { name, notices, parts, into } = value as unknown as KeptImport;
  // Copies of just these fields: nothing else stored alongside reaches the page.
  return {
    ok: true,
    kept: {
      name,
      notices: [...notices],
      into: into ?? 'replace',
      parts: {
        actors: parts.actors,
        relationTypes: parts.relationTypes,
        relations: parts.relations,
        views: parts.views,
      },
    },
  };
}
