// The words of the hover cards, read from the scene: an actor's name in its era, its camp and its
// strongest ties; a tie's score in words and the relations that weigh most; both eras in Diff.
import { describe, expect, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import type { Tie } from '../../src/core/analysis/ties';
import { loadDataset } from '../../src/core/data/load';
import {
  CARD_NAMES,
  actorWords,
  campWords,
  hoverWords,
  strengthWords,
  tieSummary,
  tieWords,
} from '../../src/core/scene/hover';
import { bearingCircleLayout } from '../../src/core/scene/layout';
import { buildScene, readyWindow, type SceneInput } from '../../src/core/scene/scene';
import { viewWindow } from '../../src/core/time/time';
import { SHIPPED_DATA } from '../../src/node/paths';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { loadFixture } from '../fixtures/load-fixture';

const loaded = loadDataset(readGraphDataFolder(SHIPPED_DATA));
if (!loaded.ok) throw new Error('invalid shipped data');
const dataset = loaded.dataset;
const windowOf = (id: string) => viewWindow(dataset.viewById[id]!);
const coldWar = readyWindow('Cold War', analyzeWindow(dataset, windowOf('cold-war')));
const y2022 = readyWindow('2022', analyzeWindow(dataset, windowOf('2022')));

function scene(over: Partial<SceneInput> = {}) {
  return buildScene({
    dataset,
    mode: 'single',
    current: y2022,
    reference: coldWar,
    positions: bearingCircleLayout(dataset.actors),
    edgeMode: 'ties',
    sizeBy: 'strength',
    selection: null,
    ...over,
  });
}

const tie = (score: number, positive = Math.max(score, 0), ambivalent = false): Tie => ({
  a: 'a',
  b: 'b',
  score,
  sign: Math.sign(score) as Tie['sign'],
  positive,
  negative: score - positive,
  ambivalent,
  relations: [],
});

describe('strengthWords', () => {
  it.each([
    [12, 12, 'strong cooperation'],
    [-6, 12, 'strong conflict'],
    [5.9, 12, 'moderate cooperation'],
    [-2.5, 12, 'moderate conflict'],
    [2.3, 12, 'mild cooperation'],
    [-0.1, 12, 'mild conflict'],
    [0, 12, 'no net tie'],
  ])('calls %d against a strongest tie of %d "%s"', (score, strongest, words) => {
    expect(strengthWords(score, strongest)).toBe(words);
  });

  it('reads the same at any scale: the words are relative to the strongest tie', () => {
    expect(strengthWords(-0.3, 0.5)).toBe(strengthWords(-30, 50));
  });
});

describe('tieSummary', () => {
  it('says the strength with the score', () => {
    expect(tieSummary(tie(-2.5), 25)).toBe('Mild conflict (−2.5)');
  });

  it('says an ambivalent tie has both parts, whatever its net score', () => {
    expect(tieSummary(tie(-1.4, 4, true), 12)).toBe(
      'Ambivalent: both cooperation (+4.0) and conflict (−5.4), net −1.4',
    );
  });
});

describe('hoverWords over an actor', () => {
  it('names the actor, its camp-mates and its three strongest ties by |score|', () => {
    const words = hoverWords(scene(), dataset, 'current', { kind: 'actor', id: 'PAK' });
    expect(words).toEqual({
      title: 'Pakistan',
      lines: ['Camp A, with Russia and China'],
      listTitle: 'Strongest ties',
      items: [
        'strong conflict with India (−23.8)',
        'strong conflict with Afghanistan (−23.4)',
        'strong cooperation with China (+14.8)',
      ],
      more: 'and 2 more ties',
    });
  });

  it('says when an actor hedges, and how little a switch would cost', () => {
    const words = hoverWords(scene(), dataset, 'current', { kind: 'actor', id: 'AFG' });
    expect(words?.lines).toEqual([
      'Camp B, with United States and India — hedging: switching camps would cost only 28% of its tie strength',
    ]);
  });

  it('uses the name and camps of the era of the panel pointed at', () => {
    const compare = scene({ mode: 'compare' });
    const then = hoverWords(compare, dataset, 'reference', { kind: 'actor', id: 'RUS' });
    const now = hoverWords(compare, dataset, 'current', { kind: 'actor', id: 'RUS' });
    expect(then?.title).toBe('Soviet Union');
    expect(then?.lines[0]).toBe('Camp B, with India and Afghanistan');
    expect(now?.title).toBe('Russia');
    expect(now?.lines[0]).toBe('Camp A, with Pakistan and China');
  });

  it('adds where the actor stood in the reference era on the changes panel', () => {
    const words = hoverWords(scene({ mode: 'diff' }), dataset, 'changes', {
      kind: 'actor',
      id: 'PAK',
    });
    expect(words?.lines).toEqual([
      'Camp A, with Russia and China',
      'Cold War, 1947–1991: Camp A, with United States and China',
    ]);
  });

  it('says "No tie in this window" for an actor with none, and lists nothing', () => {
    const minimal = loadFixture('minimal');
    const report = analyzeWindow(minimal, viewWindow(minimal.viewById['early']!));
    const camps = new Map([['west', 'unaligned' as const]]);
    expect(actorWords(report, camps, minimal, 'west')).toEqual({
      title: 'Westland',
      lines: ['No tie in this window'],
      listTitle: '',
      items: [],
      more: '',
    });
  });

  it('knows no card for an actor the window does not show', () => {
    expect(hoverWords(scene(), dataset, 'current', { kind: 'actor', id: 'nobody' })).toBeNull();
  });
});

describe('campWords', () => {
  it('says a camp of one is alone, and names the one bloc', () => {
    const name = (id: string) => id;
    const camps = new Map([['x', 'A' as const]]);
    expect(
      campWords({ camps: [['x'], ['y']], oneBloc: false, hedging: [] }, camps, 'x', name),
    ).toBe('Camp A, alone');
    const bloc = new Map([
      ['x', 'A' as const],
      ['y', 'A' as const],
    ]);
    expect(
      campWords({ camps: [['x', 'y'], []], oneBloc: true, hedging: [] }, bloc, 'x', name),
    ).toBe('Camp A, the one bloc, with y');
  });
});

describe('hoverWords over a tie', () => {
  it('names the pair, says its score in words and lists the relations that weigh most', () => {
    expect(hoverWords(scene(), dataset, 'current', { kind: 'tie', a: 'PAK', b: 'USA' })).toEqual({
      title: 'Pakistan – United States',
      lines: ['Mild conflict (−2.5)'],
      listTitle: 'Relations that weigh most',
      items: [
        '−3.3 Trump suspends security assistance (sanction)',
        '+0.9 F-16 sustainment package (arms transfer)',
        '−0.1 Salala border-post attack (border clash)',
      ],
      more: '',
    });
  });

  it('says an ambivalent tie is both, and counts the relations left off the card', () => {
    const words = hoverWords(scene({ mode: 'compare' }), dataset, 'reference', {
      kind: 'tie',
      a: 'RUS',
      b: 'CHN',
    });
    expect(words?.title).toBe('Soviet Union – China');
    expect(words?.lines).toEqual([
      'Ambivalent: both cooperation (+4.0) and conflict (−5.4), net −1.4',
    ]);
    expect(words?.items[0]).toBe('−3.9 Sino-Soviet split (rivalry)');
    expect(words?.items).toHaveLength(3);
    expect(words?.more).toBe('and 4 more relations');
  });

  it('gives the score in both eras on the changes panel', () => {
    const words = hoverWords(scene({ mode: 'diff' }), dataset, 'changes', {
      kind: 'tie',
      a: 'PAK',
      b: 'USA',
    });
    expect(words?.lines).toEqual([
      '2022: mild conflict (−2.5)',
      'Cold War, 1947–1991: strong cooperation (+12.5)',
    ]);
  });

  it('says when no relation between the two counts in the window', () => {
    const minimal = loadFixture('minimal');
    const report = analyzeWindow(minimal, viewWindow(minimal.viewById['early']!));
    expect(tieWords(report, minimal, 'west', 'north')).toEqual({
      title: 'Westland – Northland',
      lines: ['No relation counts in this window'],
      listTitle: '',
      items: [],
      more: '',
    });
  });
});

describe('hover cards on a large data set', () => {
  it('name a few camp-mates, then how many more', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `x${i}`);
    const camps = new Map(ids.map((id) => [id, 'A' as const]));
    const words = campWords({ camps: [ids, []], oneBloc: true, hedging: [] }, camps, 'x0', (id) =>
      id.toUpperCase(),
    );
    expect(words).toBe(
      `Camp A, the one bloc, with ${ids
        .slice(1, 1 + CARD_NAMES)
        .map((id) => id.toUpperCase())
        .join(', ')} and ${49 - CARD_NAMES} more`,
    );
  });
});
