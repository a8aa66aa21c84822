// Editorial warnings (graph-data/README.md, "Validation that guards the rules"): data that loads
// but breaks a rule of the shipped data set. They never stop a load; `validate --strict` fails
// on them, and CI runs the shipped data strictly.
import { excerpt } from './characters';
import { yearOf } from '../time/dates';
import type { DataError } from './errors';
import type { Records } from './references';
import type { Relation } from './schema';

/** An open-ended cooperative state older than this (in years before the data's last date) needs `confirmed`. */
export const CONFIRM_AFTER_YEARS = 30;

/** FNV-1a over a text and then a separator, carried on from `hash`. */
function mix(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0xff, 0x01000193);
}

/** A 30-bit hash of a relation's pair (in either direction), type and start. */
export function repeatHash(r: Relation): number {
  const low = r.source < r.target ? r.source : r.target;
  const high = r.source < r.target ? r.target : r.source;
  return mix(mix(mix(mix(0x811c9dc5, low), high), r.type), r.start) >>> 2;
}

const sameRepeatKey = (a: Relation, b: Relation): boolean =>
  a.type === b.type &&
  a.start === b.start &&
  ((a.source === b.source && a.target === b.target) ||
    (a.source === b.target && a.target === b.source));

/**
 * The relations seen so far by pair (in either direction), type and start. Found by a 30-bit hash
 * of the four texts: a map of 100,000 small integers is several times faster than one of as many
 * joined texts. Different keys that share a hash are told apart by their joined texts.
 */
class Repeats {
  private readonly byHash = new Map<number, Relation>();
  private readonly byKey = new Map<string, string>();

  /** The id of the first relation seen with r's pair, type and start, if any; else r is noted. */
  earlier(r: Relation): string | undefined {
    const hash = repeatHash(r);
    const first = this.byHash.get(hash);
    if (first === undefined) {
      this.byHash.set(hash, r);
      return undefined;
    }
    if (sameRepeatKey(first, r)) return first.id;
    const [low, high] = r.source < r.target ? [r.source, r.target] : [r.target, r.source];
    const key = `${low}\u0000${high}\u0000${r.type}\u0000${r.start}`;
    const earlier = this.byKey.get(key);
    if (earlier === undefined) this.byKey.set(key, r.id);
    return earlier;
  }
}

export function editorialWarnings(records: Records): DataError[] {
  const warnings: DataError[] = [];
  const typeById = new Map(records.relationTypes.values.map((t) => [t.id, t]));
  // The year of the data's "as of": the last day a relation starts or a view ends (an end can lie
  // in the future: a treaty's term), that is the latest year of those dates.
  let asOfYear = -Infinity;
  for (const r of records.relations.values) asOfYear = Math.max(asOfYear, yearOf(r.start));
  for (const v of records.views.values) asOfYear = Math.max(asOfYear, yearOf(v.end));
  if (!Number.isFinite(asOfYear)) asOfYear = 0;
  const repeats = new Repeats();
  const at = (
    file: string,
    r: Relation,
    field: string | undefined,
    message: string,
  ): DataError => ({
    file,
    record: r.id,
    ...(field === undefined ? {} : { field }),
    message,
  });
  const { files, values } = records.relations;
  values.forEach((r, i) => {
    const file = files[i] ?? '';
    const type = typeById.get(r.type);
    if (
      type?.kind === 'state' &&
      type.valence > 0 &&
      r.end === undefined &&
      r.confirmed === undefined &&
      asOfYear - yearOf(r.start) > CONFIRM_AFTER_YEARS
    ) {
      warnings.push(
        at(
          file,
          r,
          'end',
          `is missing on a cooperative state that began more than ${CONFIRM_AFTER_YEARS} years before the data's last date (${asOfYear}): give its end, or "confirmed" with a source that says it still holds`,
        ),
      );
    }
    const earlier = repeats.earlier(r);
    if (earlier !== undefined)
      warnings.push(
        at(
          file,
          r,
          'start',
          `repeats ${excerpt(earlier)}: the same pair, type (${excerpt(r.type)}) and start (${r.start})`,
        ),
      );
    if (
      (r.confidence ?? 'high') === 'high' &&
      r.sources.length > 0 &&
      r.sources.every((s) => s.kind === 'other')
    ) {
      warnings.push(
        at(
          file,
          r,
          'confidence',
          'is high but every source is of kind "other": cite a primary, scholarly, reference or press source, or lower the confidence',
        ),
      );
    }
  });
  return warnings;
}
