// A pair of actors as one key ("PAK~RUS"): the id of the tie between them, whichever comes first.

export function tieId(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}
