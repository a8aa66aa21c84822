import { describe, expect, it } from 'vitest';
import {
  countSources,
  isWeak,
  kindLabel,
  sourceCountWords,
  sourceKindWords,
} from '../../src/core/scene/source-kinds';

const src = (url: string, kind?: 'primary' | 'scholarly' | 'reference' | 'press' | 'other') => ({
  url: `https://example.org/${url}`,
  ...(kind ? { kind } : {}),
});

describe('source kinds', () => {
  it('calls a source of kind other weak, and says when no kind is given', () => {
    expect(kindLabel('other')).toBe('weak source');
    expect(kindLabel('primary')).toBe('primary');
    expect(kindLabel(undefined)).toBe('kind not given');
    expect(isWeak(src('a', 'other'))).toBe(true);
    expect(isWeak(src('a', 'press'))).toBe(false);
    expect(isWeak(src('a'))).toBe(false);
  });

  it('counts distinct sources by kind, strongest first', () => {
    const count = countSources([
      src('a', 'press'),
      src('b', 'other'),
      src('c', 'primary'),
      src('a', 'press'),
      src('d'),
      src('e', 'press'),
    ]);
    expect(count.total).toBe(5);
    expect(count.weak).toBe(1);
    expect(count.byKind).toEqual([
      { kind: 'primary', count: 1 },
      { kind: 'press', count: 2 },
      { kind: 'other', count: 1 },
      { kind: undefined, count: 1 },
    ]);
    expect(sourceCountWords(count)).toBe('5 sources, 1 weak');
    expect(sourceKindWords(count)).toBe(
      '5 sources: 1 primary, 2 press, 1 weak source, 1 without a kind',
    );
  });

  it('says one source in the singular and leaves out weak when there is none', () => {
    const count = countSources([src('a', 'scholarly')]);
    expect(sourceCountWords(count)).toBe('1 source');
    expect(sourceKindWords(count)).toBe('1 source: 1 scholarly');
    expect(sourceKindWords(countSources([]))).toBe('0 sources');
  });
});
