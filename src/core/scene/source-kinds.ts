// How the quality of sources is said to readers (contract 1.1 `kind`): the word beside each source
// and the count by kind, the same in tie details, actor details and the relations table. A source
// of kind `other` is called weak; one without a kind (contract 1.0 data) says so.
import { SOURCE_KINDS, type SourceKind } from '../data/vocabulary';

export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  primary: 'primary',
  scholarly: 'scholarly',
  reference: 'reference',
  press: 'press',
  other: 'weak source',
};

/** What a source without a kind is called. */
export const UNKNOWN_KIND_LABEL = 'kind not given';

interface SourceLike {
  readonly url: string;
  readonly kind?: SourceKind | undefined;
}

export function kindLabel(kind: SourceKind | undefined): string {
  return kind ? SOURCE_KIND_LABELS[kind] : UNKNOWN_KIND_LABEL;
}

export const isWeak = (source: { readonly kind?: SourceKind | undefined }): boolean =>
  source.kind === 'other';

export interface SourceCount {
  /** Distinct sources (by address). */
  readonly total: number;
  readonly weak: number;
  /** How many of each kind, strongest first, kinds with none left out; `undefined`: no kind given. */
  readonly byKind: readonly { readonly kind: SourceKind | undefined; readonly count: number }[];
}

/** Counts distinct sources (one address cited twice counts once) by kind. */
export function countSources(sources: Iterable<SourceLike>): SourceCount {
  const kindOf = new Map<string, SourceKind | undefined>();
  for (const s of sources) if (!kindOf.has(s.url)) kindOf.set(s.url, s.kind);
  const kinds = [...kindOf.values()];
  const byKind = [...SOURCE_KINDS, undefined]
    .map((kind) => ({ kind, count: kinds.filter((k) => k === kind).length }))
    .filter((k) => k.count > 0);
  return {
    total: kindOf.size,
    weak: kinds.filter((k) => k === 'other').length,
    byKind,
  };
}

/** "3 sources", "1 source", with ", 1 weak" when some are weak. */
export function sourceCountWords(count: SourceCount): string {
  const total = `${count.total} source${count.total === 1 ? '' : 's'}`;
  return count.weak ? `${total}, ${count.weak} weak` : total;
}

/** "3 primary", "2 weak sources", "1 without a kind": one part a kind, strongest first. */
export function sourceKindParts(
  count: SourceCount,
): { readonly kind: SourceKind | undefined; readonly text: string }[] {
  return count.byKind.map(({ kind, count: n }) => ({
    kind,
    text:
      kind === 'other'
        ? `${n} weak source${n === 1 ? '' : 's'}`
        : kind === undefined
          ? `${n} without a kind`
          : `${n} ${SOURCE_KIND_LABELS[kind]}`,
  }));
}

/** "12 sources: 3 primary, 5 reference, 2 press, 2 weak sources" (the kinds strongest first). */
export function sourceKindWords(count: SourceCount): string {
  const parts = sourceKindParts(count).map((p) => p.text);
  const total = `${count.total} source${count.total === 1 ? '' : 's'}`;
  return parts.length ? `${total}: ${parts.join(', ')}` : total;
}
