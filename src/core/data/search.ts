// Finding an actor by any of its names: "Soviet Union" finds RUS, "pak" finds Pakistan.
import { allNames } from './names';
import type { Actor } from './schema';

/** Lower case without accents, so "Türkiye" matches "turkiye". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

export interface ActorMatch {
  readonly actor: Actor;
  /** The name that matched (the current name when the id matched). */
  readonly matched: string;
}

/** Actors whose id or any name contains the query; those whose name starts with it first. */
export function findActors(actors: readonly Actor[], query: string): ActorMatch[] {
  const q = fold(query);
  if (q === '') return [];
  const scored: { match: ActorMatch; rank: number; order: number }[] = [];
  actors.forEach((actor, order) => {
    if (fold(actor.id) === q) {
      scored.push({ match: { actor, matched: actor.name }, rank: 0, order });
      return;
    }
    let best: { name: string; rank: number } | undefined;
    for (const name of allNames(actor)) {
      const folded = fold(name);
      const rank = folded === q ? 0 : folded.startsWith(q) ? 1 : folded.includes(q) ? 2 : 3;
      if (rank < 3 && (!best || rank < best.rank)) best = { name, rank };
    }
    if (best) scored.push({ match: { actor, matched: best.name }, rank: best.rank, order });
  });
  return scored.sort((x, y) => x.rank - y.rank || x.order - y.order).map((s) => s.match);
}
