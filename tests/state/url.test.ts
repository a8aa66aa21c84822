import { describe, expect, it } from 'vitest';
import type { ExplorerInputs } from '../../src/state/inputs';
import { defaultInputs, parseUrlState, QUOTE_LIMIT, serializeUrlState } from '../../src/state/url';
import { loadFixture } from '../fixtures/load-fixture';

const dataset = loadFixture('minimal');

describe('parseUrlState', () => {
  it('gives the default view for an empty query, with no notice', () => {
    expect(parseUrlState('', dataset)).toEqual({ inputs: defaultInputs(dataset), notices: [] });
    expect(defaultInputs(dataset).window).toEqual({ kind: 'view', id: 'early' });
  });

  it('reads every input', () => {
    const { inputs, notices } = parseUrlState(
      '?from=1960&to=1969&hideTypes=visit&hideActors=west&select=south~north&mode=diff&ref=late&edges=relations&layout=sides&size=betweenness&tab=table&score=sum&layers=votes,security&confidence=off',
      dataset,
    );
    expect(notices).toEqual([]);
    expect(inputs).toEqual({
      window: { kind: 'years', from: 1960, to: 1969 },
      hiddenTypes: ['visit'],
      hiddenActors: ['west'],
      selection: { kind: 'tie', a: 'north', b: 'south' },
      mode: 'diff',
      reference: 'late',
      edgeMode: 'relations',
      layout: 'sides',
      sizeBy: 'betweenness',
      tab: 'table',
      scoreMode: 'sum',
      layers: ['security', 'votes'],
      confidence: false,
    });
  });

  it.each([
    ['?view=nope', 'the link names an era "nope" that this data set does not have'],
    ['?from=1990&to=1980', 'the link\'s years "1990–1980" are not a window of years'],
    ['?from=19x0&to=1990', 'the link\'s years "19x0–1990" are not a window of years'],
    ['?hideTypes=visit,bogus', 'the link hides unknown relation types "bogus"'],
    [
      '?select=north~north',
      'the link selects "north~north", which is not an actor or a pair of actors here',
    ],
    [
      '?select=<script>',
      'the link selects "<script>", which is not an actor or a pair of actors here',
    ],
    ['?mode=3d', 'the link\'s mode "3d" is not one of single, compare, diff'],
    ['?layout=spiral', 'the link\'s layout "spiral" is not one of ring, sides'],
    ['?ref=nope', 'the link compares with an era "nope" that this data set does not have'],
  ])('falls back to defaults for %s, with a notice', (search, notice) => {
    const { inputs, notices } = parseUrlState(search, dataset);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(notice);
    expect(inputs.window).toEqual(
      search.includes('from') || search.includes('view')
        ? defaultInputs(dataset).window
        : inputs.window,
    );
  });

  it.each([
    ['-5', '10'],
    ['1e3', '2000'],
    ['+1000', '2000'],
    ['10000', '10001'],
    ['0x10', '20'],
    ['1.5', '2'],
    ['', '10'],
    ['١٩٦٠', '1970'],
  ])('refuses the years %s–%s, which are not plain years of the timeline', (from, to) => {
    const search = `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    const { inputs, notices } = parseUrlState(search, dataset);
    expect(inputs.window).toEqual(defaultInputs(dataset).window);
    expect(notices[0]).toContain('are not a window of years');
  });

  it.each([
    ['view', (junk: string) => `?view=${junk}`],
    ['years', (junk: string) => `?from=${junk}&to=1990`],
    ['hidden actors', (junk: string) => `?hideActors=${junk}`],
    ['hidden actors, many', (junk: string) => `?hideActors=${junk.split('').join(',')}`],
    ['selection', (junk: string) => `?select=${junk}`],
    ['mode', (junk: string) => `?mode=${junk}`],
    ['layers', (junk: string) => `?layers=${junk}`],
    ['reference', (junk: string) => `?ref=${junk}`],
  ])('quotes only an excerpt of a huge malformed %s', (_, link) => {
    const junk = 'x'.repeat(100_000);
    const { notices } = parseUrlState(link(junk), dataset);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('…');
    expect(notices[0]).not.toContain('x'.repeat(QUOTE_LIMIT + 1));
    expect(notices[0]?.length).toBeLessThan(QUOTE_LIMIT + 200);
  });

  it('quotes a short malformed value whole, and cuts a long one between characters', () => {
    expect(parseUrlState('?mode=3d', dataset).notices[0]).toContain('"3d"');
    const emoji = '🌍'.repeat(200);
    const notice = parseUrlState(`?select=${emoji}`, dataset).notices[0] ?? '';
    expect(notice).toContain(`"${'🌍'.repeat(QUOTE_LIMIT - 1)}…"`);
    expect(() => encodeURIComponent(notice)).not.toThrow(); // no half of a surrogate pair
  });

  it('keeps the readable part of a partly bad link', () => {
    const { inputs } = parseUrlState('?view=late&hideTypes=visit,bogus&mode=3d', dataset);
    expect(inputs.window).toEqual({ kind: 'view', id: 'late' });
    expect(inputs.hiddenTypes).toEqual(['visit']);
    expect(inputs.mode).toBe('single');
  });
});

describe('serializeUrlState', () => {
  it.each([
    '?view=early',
    '?view=late&select=north',
    '?from=1960&to=1969&hideTypes=rivalry,visit&select=north~south&mode=compare&ref=late',
    '?view=early&hideActors=west&edges=relations&size=negativeDegree&tab=table',
  ])('round-trips %s', (search) => {
    const { inputs, notices } = parseUrlState(search, dataset);
    expect(notices).toEqual([]);
    expect(serializeUrlState(inputs, dataset)).toBe(search);
  });

  it.each([
    [0, 0],
    [0, 9],
    [632, 661],
    [999, 1000],
    [1947, 2022],
    [9999, 9999],
  ])('writes the years %i–%i as plain integers and reads them back', (from, to) => {
    const inputs: ExplorerInputs = {
      ...defaultInputs(dataset),
      window: { kind: 'years', from, to },
    };
    const search = serializeUrlState(inputs, dataset);
    expect(search).toBe(`?from=${from}&to=${to}`);
    expect(parseUrlState(search, dataset)).toEqual({ inputs, notices: [] });
  });

  it('leaves defaults out so links stay short', () => {
    expect(serializeUrlState(defaultInputs(dataset), dataset)).toBe('?view=early');
  });
});
