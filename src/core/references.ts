// Checks that span records and files: duplicate ids, references to actors and types,
// date order, and relations outside an actor's lifespan.
import { firstDay, lastDay } from './dates';
import type { DataError } from './errors';
import type { Actor, FileKind, Relation, RelationType, View } from './schema';
import { indexById } from './dataset';

export interface Located<T> {
  readonly file: string;
  readonly index: number;
  readonly value: T;
}

export interface Records {
  actors: Located<Actor>[];
  relationTypes: Located<RelationType>[];
  relations: Located<Relation>[];
  views: Located<View>[];
}

export interface SeenId {
  readonly kind: FileKind;
  readonly file: string;
  readonly id: string;
}

export function checkDuplicates(ids: readonly SeenId[]): DataError[] {
  const errors: DataError[] = [];
  const first = new Map<string, SeenId>();
  for (const seen of ids) {
    const key = `${seen.kind}\u0000${seen.id}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, seen);
      continue;
    }
    const where = earlier.file === seen.file ? 'earlier in this file' : `in ${earlier.file}`;
    errors.push({
      file: seen.file,
      record: seen.id,
      field: 'id',
      message: `"${seen.id}" is already used ${where}`,
    });
  }
  return errors;
}

function checkOrder(
  file: string,
  record: string,
  from: string | undefined,
  until: string | undefined,
  names: [string, string],
): DataError[] {
  if (from === undefined || until === undefined || lastDay(until) >= firstDay(from)) return [];
  return [{ file, record, field: names[1], message: `${until} is before ${names[0]} ${from}` }];
}

function checkLifespan(
  r: Located<Relation>,
  actor: Actor,
  kind: RelationType['kind'] | undefined,
): DataError[] {
  const rel = r.value;
  const errors: DataError[] = [];
  const { from, until } = actor.exists ?? {};
  // A partial date is consistent with a lifespan when any day it can mean falls inside it.
  if (from !== undefined && lastDay(rel.start) < firstDay(from)) {
    errors.push({
      file: r.file,
      record: rel.id,
      field: 'start',
      message: `${rel.start} is before ${actor.id} existed (from ${from})`,
    });
  }
  if (until !== undefined) {
    if (firstDay(rel.start) > lastDay(until)) {
      errors.push({
        file: r.file,
        record: rel.id,
        field: 'start',
        message: `${rel.start} is after ${actor.id} ceased to exist (until ${until})`,
      });
    } else if (rel.end !== undefined && firstDay(rel.end) > lastDay(until)) {
      errors.push({
        file: r.file,
        record: rel.id,
        field: 'end',
        message: `${rel.end} is after ${actor.id} ceased to exist (until ${until})`,
      });
    } else if (rel.end === undefined && kind === 'state') {
      errors.push({
        file: r.file,
        record: rel.id,
        field: 'end',
        message: `is required: without it the relation is still in force, but ${actor.id} ceased to exist (until ${until})`,
      });
    }
  }
  return errors;
}

function checkRelation(
  r: Located<Relation>,
  actors: Record<string, Actor>,
  types: Record<string, RelationType>,
): DataError[] {
  const rel = r.value;
  const errors: DataError[] = [];
  const type = types[rel.type];
  if (!type) {
    errors.push({
      file: r.file,
      record: rel.id,
      field: 'type',
      message: `"${rel.type}" is not a relation type in relation-types.json`,
    });
  }
  for (const field of ['source', 'target'] as const) {
    const actor = actors[rel[field]];
    if (!actor) {
      errors.push({
        file: r.file,
        record: rel.id,
        field,
        message: `"${rel[field]}" is not an actor in actors.json`,
      });
    } else if (field === 'source' || rel.target !== rel.source) {
      errors.push(...checkLifespan(r, actor, type?.kind));
    }
  }
  if (rel.source === rel.target) {
    errors.push({
      file: r.file,
      record: rel.id,
      field: 'target',
      message: `is the same actor as source (${rel.source}): a relation joins two different actors`,
    });
  }
  errors.push(...checkOrder(r.file, rel.id, rel.start, rel.end, ['start', 'end']));
  if (rel.confirmed !== undefined) {
    if (rel.end !== undefined || type?.kind === 'event')
      errors.push({
        file: r.file,
        record: rel.id,
        field: 'confirmed',
        message: 'belongs only on a state without end (it says the state still held on that date)',
      });
    else
      errors.push(...checkOrder(r.file, rel.id, rel.start, rel.confirmed, ['start', 'confirmed']));
  }
  return errors;
}

export function checkReferences(records: Records): DataError[] {
  const errors: DataError[] = [];
  for (const a of records.actors) {
    const actor = a.value;
    errors.push(
      ...checkOrder(a.file, actor.id, actor.exists?.from, actor.exists?.until, [
        'exists.from',
        'exists.until',
      ]),
    );
    actor.names?.forEach((n, i) => {
      errors.push(
        ...checkOrder(a.file, actor.id, n.from, n.until, [`names[${i}].from`, `names[${i}].until`]),
      );
    });
  }
  for (const v of records.views) {
    errors.push(...checkOrder(v.file, v.value.id, v.value.start, v.value.end, ['start', 'end']));
  }
  const actors = indexById(records.actors.map((a) => a.value));
  const types = indexById(records.relationTypes.map((t) => t.value));
  for (const r of records.relations) errors.push(...checkRelation(r, actors, types));
  return errors;
}
