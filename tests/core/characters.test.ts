import { describe, expect, it } from 'vitest';
import { excerpt, forbiddenCharacter, quoted } from '../../src/core/data/characters';
import { formatError } from '../../src/core/data/errors';
import { loadDataset } from '../../src/core/data/load';
import { actor, folder, relation, relationType, view } from '../builders';

describe('forbiddenCharacter', () => {
  it.each([
    ['a\u0000b', 'contains a control character U+0000 at position 2'],
    ['ab\u0001', 'contains a control character U+0001 at position 3'],
    ['\u0008', 'contains a control character U+0008 at position 1'],
    ['\u000B', 'contains a control character U+000B at position 1'],
    ['\u000C', 'contains a control character U+000C at position 1'],
    ['\u001B[32m', 'contains a control character U+001B at position 1'],
    ['x\u001F', 'contains a control character U+001F at position 2'],
    ['\uFFFE', 'contains the noncharacter U+FFFE at position 1'],
    ['\uFFFF', 'contains the noncharacter U+FFFF at position 1'],
    ['a\uD800', 'contains a lone surrogate U+D800 at position 2'],
    ['\uDC00a', 'contains a lone surrogate U+DC00 at position 1'],
    ['\uDBFF\uDBFF\uDC00', 'contains a lone surrogate U+DBFF at position 1'],
    // Position counts characters: the emoji before it is one, not two code units.
    ['😀\u0001', 'contains a control character U+0001 at position 2'],
  ])('refuses %j: %s', (text, message) => {
    expect(forbiddenCharacter(text)).toBe(
      `${message}; the exports (SVG, GEXF, GraphML) cannot hold it`,
    );
  });

  it.each([
    'plain',
    'tab\tnewline\ncarriage return\r',
    'delete \u007F and C1 \u0085\u009B (XML holds them)',
    'a pair 😀 and 𝄞',
    '\uD7FF\uE000\uFFFD',
    '',
  ])('accepts %j', (text) => {
    expect(forbiddenCharacter(text)).toBeUndefined();
  });

  it('answers within a second for 10 MB of text', () => {
    const text = `${'a😀'.repeat(3_000_000)}\u0001`;
    const started = performance.now();
    expect(forbiddenCharacter(text)).toContain('at position 6000001');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('excerpt and quoted', () => {
  it('keeps short text whole and cuts long text to 80 characters and an ellipsis', () => {
    expect(excerpt('short')).toBe('short');
    expect(excerpt('a'.repeat(80))).toBe('a'.repeat(80));
    expect(excerpt('a'.repeat(300_000))).toBe(`${'a'.repeat(80)}…`);
    expect(quoted('b'.repeat(100))).toBe(`"${'b'.repeat(80)}…"`);
  });

  it('never cuts a surrogate pair in half', () => {
    const cut = excerpt(`${'a'.repeat(79)}😀tail`);
    expect(cut).toBe(`${'a'.repeat(79)}…`);
    expect(forbiddenCharacter(cut)).toBeUndefined();
  });
});

describe('validation of text fields', () => {
  const bad = 'Bad\u0001text';
  const message = 'contains a control character U+0001 at position 4';
  it.each([
    ['actor name', folder({ actors: [actor({ name: bad }), actor({ id: 'south' })] }), 'name'],
    [
      'actor description',
      folder({ actors: [actor({ description: bad }), actor({ id: 'south' })] }),
      'description',
    ],
    [
      'a name over time',
      folder({ actors: [actor({ names: [{ name: bad }] }), actor({ id: 'south' })] }),
      'names[0].name',
    ],
    [
      'an actor source title',
      folder({
        actors: [
          actor({ sources: [{ title: bad, url: 'https://example.org' }] }),
          actor({ id: 'south' }),
        ],
      }),
      'sources[0].title',
    ],
    ['type label', folder({ relationTypes: [relationType({ label: bad })] }), 'label'],
    [
      'type description',
      folder({ relationTypes: [relationType({ description: bad })] }),
      'description',
    ],
    ['relation title', folder({ relations: [relation({ title: bad })] }), 'title'],
    ['relation summary', folder({ relations: [relation({ summary: bad })] }), 'summary'],
    ['relation disputed', folder({ relations: [relation({ disputed: bad })] }), 'disputed'],
    ['relation context', folder({ relations: [relation({ context: bad })] }), 'context'],
    [
      'source title',
      folder({ relations: [relation({ sources: [{ title: bad, url: 'https://example.org' }] })] }),
      'sources[0].title',
    ],
    [
      'source publisher',
      folder({
        relations: [
          relation({
            sources: [{ title: 'T', url: 'https://example.org', publisher: bad }],
          }),
        ],
      }),
      'sources[0].publisher',
    ],
    ['view label', folder({ views: [view({ label: bad })] }), 'label'],
    ['view description', folder({ views: [view({ description: bad })] }), 'description'],
  ])('refuses a control character in the %s, naming file, record and field', (_, files, field) => {
    const result = loadDataset(files);
    const errors = result.ok ? [] : result.errors.map(formatError);
    expect(errors.some((e) => e.includes(`#`) && e.includes(`: ${field} ${message}`))).toBe(true);
  });

  it('refuses a control character in a source URL, which the URL parser would let through', () => {
    const result = loadDataset(
      folder({
        relations: [relation({ sources: [{ title: 'T', url: 'https://example.org/a\u0001b' }] })],
      }),
    );
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([
      'relations/all.json#north-south-1955-pact: sources[0].url contains a control character U+0001 at position 22; the exports (SVG, GEXF, GraphML) cannot hold it',
    ]);
  });
});
