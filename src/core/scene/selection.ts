// What is selected: an actor, a tie (a pair of actors), or nothing. Shared by state and render.

export type Selection =
  | { readonly kind: 'actor'; readonly id: string }
  | { readonly kind: 'tie'; readonly a: string; readonly b: string }
  | null;
