// Checks that span records and files: duplicate ids, references to actors and types,
// date order, and relations outside an actor's lifespan.
import { excerpt, quoted } from './characters';
import { firstDay, lastDay } from '../time/dates';
import type { DataError } from './errors';
import type { Actor, FileKind, Relation, RelationType, View } from './schema';
import { indexById } from './dataset';

/**
 * The records of one kind that passed the schema, and beside each the file it came from: two
 * lists rather than an object per record, which a load of 100,000 relations would keep alive.
 */
export interface Kept<T> {
  readonly files: string[];
  readonly values: T[];
}

export interface Records {
  actors: Kept<Actor>;
  relationTypes: Kept<RelationType>;
  relations: Kept<Relation>;
  views: Kept<View>;
}

export function emptyRecords(): Records {
  const kept = () => ({ files: [], values: [] });
  return { actors: kept(), relationTypes: kept(), relations: kept(), views: kept() };
}

export interface SeenId {
  readonly kind: FileKind;
  readonly file: string;
  readonly id: string;
}

export function checkDuplicates(ids: readonly SeenId[]): DataError[] {
  const errors: DataError[] = [];
  // One map of ids per kind (an actor and a view may share an id).
  const firsts = new Map<FileKind, Map<string, SeenId>>();
  for (const seen of ids) {
    let first = firsts.get(seen.kind);
    if (!first) firsts.set(seen.kind, (first = new Map()));
    const earlier = first.get(seen.id);
    if (!earlier) {
      first.set(seen.id, seen);
      continue;
    }
    const where = earlier.file === seen.file ? 'earlier in this file' : `in ${earlier.file}`;
    errors.push({
      file: seen.file,
      record: excerpt(seen.id),
      field: 'id',
      message: `${quoted(seen.id)} is already used ${where}`,
    });
  }
  return errors;
}

// Each check pushes into the list it is given: no intermediate arrays, and no spread into push
// (which overflows the stack when a list is long).

function checkOrder(
  errors: DataError[],
  file: string,
  record: string,
  from: string | undefined,
  until: string | undefined,
  names: [string, string],
): void {
  if (from === undefined || until === undefined || lastDay(until) >= firstDay(from)) return;
  errors.push({ file, record, field: names[1], message: `${until} is before ${names[0]} ${from}` });
}

function checkLifespan(
  errors: DataError[],
  file: string,
  rel: Relation,
  actor: Actor,
  kind: RelationType['kind'] | undefined,
): void {
  const { from, until } = actor.exists ?? {};
  const name = excerpt(actor.id);
  // A partial date is consistent with a lifespan when any day it can mean falls inside it.
  if (from !== undefined && lastDay(rel.start) < firstDay(from)) {
    errors.push({
      file,
      record: rel.id,
      field: 'start',
      message: `${rel.start} is before ${name} existed (from ${from})`,
    });
  }
  if (until !== undefined) {
    if (firstDay(rel.start) > lastDay(until)) {
      errors.push({
        file,
        record: rel.id,
        field: 'start',
        message: `${rel.start} is after ${name} ceased to exist (until ${until})`,
      });
    } else if (rel.end !== undefined && firstDay(rel.end) > lastDay(until)) {
      errors.push({
        file,
        record: rel.id,
        field: 'end',
        message: `${rel.end} is after ${name} ceased to exist (until ${until})`,
      });
    } else if (rel.end === undefined && kind === 'state') {
      errors.push({
        file,
        record: rel.id,
        field: 'end',
        message: `is required: without it the relation is still in force, but ${name} ceased to exist (until ${until})`,
      });
    }
  }
}

function checkRelation(
  errors: DataError[],
  file: string,
  rel: Relation,
  actors: Record<string, Actor>,
  types: Record<string, RelationType>,
): void {
  const type = types[rel.type];
  if (!type) {
    errors.push({
      file,
      record: rel.id,
      field: 'type',
      message: `${quoted(rel.type)} is not a relation type in relation-types.json`,
    });
  }
  for (const field of ['source', 'target'] as const) {
    const actor = actors[rel[field]];
    if (!actor) {
      errors.push({
        file,
        record: rel.id,
        field,
        message: `${quoted(rel[field])} is not an actor in actors.json`,
      });
    } else if (field === 'source' || rel.target !== rel.source) {
      checkLifespan(errors, file, rel, actor, type?.kind);
    }
  }
  if (rel.source === rel.target) {
    errors.push({
      file,
      record: rel.id,
      field: 'target',
      message: `is the same actor as source (${excerpt(rel.source)}): a relation joins two different actors`,
    });
  }
  checkOrder(errors, file, rel.id, rel.start, rel.end, ['start', 'end']);
  if (rel.confirmed !== undefined) {
    if (rel.end !== undefined || type?.kind === 'event')
      errors.push({
        file,
        record: rel.id,
        field: 'confirmed',
        message: 'belongs only on a state without end (it says the state still held on that date)',
      });
    else checkOrder(errors, file, rel.id, rel.start, rel.confirmed, ['start', 'confirmed']);
  }
}

/** Record ids in these errors are whole; validateRecords cuts them to excerpts. */
export function checkReferences(records: Records): DataError[] {
  const errors: DataError[] = [];
  const { actors, views, relations } = records;
  actors.values.forEach((actor, i) => {
    const file = actors.files[i] ?? '';
    checkOrder(errors, file, actor.id, actor.exists?.from, actor.exists?.until, [
      'exists.from',
      'exists.until',
    ]);
    actor.names?.forEach((n, k) => {
      checkOrder(errors, file, actor.id, n.from, n.until, [
        `names[${k}].from`,
        `names[${k}].until`,
      ]);
    });
  });
  views.values.forEach((v, i) => {
    checkOrder(errors, views.files[i] ?? '', v.id, v.start, v.end, ['start', 'end']);
  });
  const actorById = indexById(actors.values);
  const typeById = indexById(records.relationTypes.values);
  relations.values.forEach((r, i) =>
    checkRelation(errors, relations.files[i] ?? '', r, actorById, typeById),
  );
  return errors;
}
