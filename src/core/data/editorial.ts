// Editorial warnings (graph-data/README.md, "Validation that guards the rules"): data that loads
// but breaks a rule of the shipped data set. They never stop a load; `validate --strict` fails
// on them, and CI runs the shipped data strictly.
import { excerpt } from './characters';
import { civilFromDay, firstDay, lastDay } from '../time/dates';
import type { DataError } from './errors';
import type { Records } from './references';
import type { Relation } from './schema';

/** An open-ended cooperative state older than this (in years before the data's last date) needs `confirmed`. */
export const CONFIRM_AFTER_YEARS = 30;

export function editorialWarnings(records: Records): DataError[] {
  const warnings: DataError[] = [];
  const typeById = new Map(records.relationTypes.map((t) => [t.value.id, t.value]));
  // The data's "as of": the last day a relation starts or a view ends (an end can lie in the
  // future: a treaty's term).
  let asOf = -Infinity;
  for (const { value: r } of records.relations) asOf = Math.max(asOf, lastDay(r.start));
  for (const { value: v } of records.views) asOf = Math.max(asOf, lastDay(v.end));
  const asOfYear = Number.isFinite(asOf) ? civilFromDay(asOf).year : 0;
  const seen = new Map<string, string>();
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
  for (const { file, value: r } of records.relations) {
    const type = typeById.get(r.type);
    if (
      type?.kind === 'state' &&
      type.valence > 0 &&
      r.end === undefined &&
      r.confirmed === undefined &&
      asOfYear - civilFromDay(firstDay(r.start)).year > CONFIRM_AFTER_YEARS
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
    const pair =
      r.source < r.target ? `${r.source}\u0000${r.target}` : `${r.target}\u0000${r.source}`;
    const key = `${pair}\u0000${r.type}\u0000${r.start}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      warnings.push(
        at(
          file,
          r,
          'start',
          `repeats ${excerpt(earlier)}: the same pair, type (${excerpt(r.type)}) and start (${r.start})`,
        ),
      );
    else seen.set(key, r.id);
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
  }
  return warnings;
}
