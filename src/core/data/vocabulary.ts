// The closed vocabularies of contract 1.1 that code reads at run time: the layers of relation
// types and the kinds of source. Kept apart from schema.ts so that the page can use them without
// loading zod.

/** Kinds of source (contract 1.1), strongest first; `other` is shown to readers as weak. */
export const SOURCE_KINDS = ['primary', 'scholarly', 'reference', 'press', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The layers a relation type belongs to (contract 1.1); a type without one is `diplomacy`. */
export const LAYERS = ['security', 'diplomacy', 'economy', 'votes'] as const;
export type Layer = (typeof LAYERS)[number];
