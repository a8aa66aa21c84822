// An actor's name on a given day ("Soviet Union" in 1971, "Russia" in 2022).
import { firstDay, lastDay, type Day } from '../time/dates';
import type { Actor } from './schema';

export function nameOn(actor: Actor, day: Day): string {
  const entry = actor.names?.find(
    (n) =>
      (n.from === undefined || firstDay(n.from) <= day) &&
      (n.until === undefined || lastDay(n.until) >= day),
  );
  return entry?.name ?? actor.name;
}

/** Every name the actor has had, the current one first, without repeats. */
export function allNames(actor: Actor): string[] {
  return [...new Set([actor.name, ...(actor.names ?? []).map((n) => n.name)])];
}
