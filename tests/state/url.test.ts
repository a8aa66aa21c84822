import { describe, expect, it } from 'vitest';
import { defaultInputs, parseUrlState, serializeUrlState } from '../../src/state/url';
import { loadFixture } from '../fixtures/load-fixture';

const dataset = loadFixture('minimal');

describe('parseUrlState', () => {
  it('gives the default view for an empty query, with no notice', () => {
    expect(parseUrlState('', dataset)).toEqual({ inputs: defaultInputs(dataset), notices: [] });
    expect(defaultInputs(dataset).window).toEqual({ kind: 'view', id: 'early' });
  });

  it('reads every input', () => {
    const { inputs, notices } = parseUrlState(
      '?from=1960&to=1969&hideTypes=visit&hideActors=west&select=south~north&mode=diff&ref=late&edges=relations&size=betweenness&tab=table&score=sum&layers=votes,security&confidence=off',
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

  it('leaves defaults out so links stay short', () => {
    expect(serializeUrlState(defaultInputs(dataset), dataset)).toBe('?view=early');
  });
});
